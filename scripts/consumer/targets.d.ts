// What every consumer is given: the base URLs of the Prism mocks the consumer test started.
interface ConsumerTargets {
  readonly komfortkasse: string;
  readonly iomOrder: string;
}
