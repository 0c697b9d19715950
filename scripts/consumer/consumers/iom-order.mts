// A strict consumer of @shopclients/iom-order as installed from its tarball, run against a Prism mock.
// Every runtime of the consumer test runs it (ESM, and compiled as CommonJS on Node): it uses no
// runtime-specific API, only the package and `fetch`.
import { IomOrders, NotFoundError } from '@shopclients/iom-order';
import type { OrderStatePage } from '@shopclients/iom-order-types';

export default async function consume(targets: ConsumerTargets): Promise<void> {
  const basic = new IomOrders({ baseUrl: targets.iomOrder, shopId: 1001, auth: { username: 'consumer', password: 'consumer-password' }, maxRetries: 0 });
  const page: OrderStatePage = await basic.orderStates.search({ statuses: ['STATE_DISPATCHED'], limit: 10 });
  check(typeof page.meta?.totalCount === 'number', 'orderStates.search returns a page');

  const bearer = new IomOrders({ baseUrl: targets.iomOrder, shopId: '1001', auth: { token: 'consumer-token' }, maxRetries: 0 });
  const gone = await bearer.orders.get('4711', { headers: { Prefer: 'code=404' } }).catch((error: unknown) => error);
  check(gone instanceof NotFoundError && gone.status === 404, 'a 404 is a NotFoundError');
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`iom-order consumer: ${what}`);
}
