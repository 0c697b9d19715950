// `@shopclients/iom-order/testing`: a stateful in-memory IOM Order API for your tests.
export { type FakeIom, type FakeIomAuth, type FakeIomOptions, type ShopOption, createFakeIom } from './fake.js';
export type { OperationId } from '@shopclients/iom-order-types/validators';
export type { FakeCallRecord, Fault, FaultOptions, ListeningFake, SpecViolation } from '@shopclients/core/testing';
