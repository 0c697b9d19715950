// A strict consumer of @shopclients/komfortkasse as installed from its tarball, run against a Prism mock.
// Every runtime of the consumer test runs it (ESM, and compiled as CommonJS on Node): it uses no
// runtime-specific API, only the package and `fetch`.
import { Komfortkasse, NotFoundError, ValidationError } from '@shopclients/komfortkasse';
import type { Order } from '@shopclients/komfortkasse-types';

export default async function consume(targets: ConsumerTargets): Promise<void> {
  const komfortkasse = new Komfortkasse({ apiKey: 'consumer-test-key', baseUrl: targets.komfortkasse, maxRetries: 0 });
  const order: Order = await komfortkasse.orders.get('10001');
  check(order.number === '10001' && typeof order.paymentStatus === 'string', 'orders.get returns the order');
  const invalid = await komfortkasse.orders.get('10001', { headers: { Prefer: 'code=400' } }).catch((error: unknown) => error);
  check(invalid instanceof ValidationError && invalid.status === 400, 'a 400 is a ValidationError');
  check(!(invalid instanceof NotFoundError), 'error classes are distinct');
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`komfortkasse consumer: ${what}`);
}
