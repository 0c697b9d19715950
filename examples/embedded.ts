// The target the examples use when the environment names no server: for now a Prism mock of our spec
// on a free loopback port. This is the one place that chooses it, for `pnpm examples` (the vitest
// global setup) and for an example run on its own alike.
import { startPrismMock, specPath } from '@shopclients/testkit';

export interface EmbeddedTarget {
  url: string;
  close(): Promise<void>;
}

export async function startEmbeddedTarget(api: 'komfortkasse' | 'iom-order'): Promise<EmbeddedTarget> {
  return startPrismMock(specPath(api));
}
