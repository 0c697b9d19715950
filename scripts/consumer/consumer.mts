// An ESM consumer of the published tarballs: strict types, both clients, against Prism mocks.
import { IomOrders, NotFoundError as IomNotFoundError } from '@shopclients/iom-order';
import type { OrderStatePage } from '@shopclients/iom-order-types';
import { Komfortkasse, NotFoundError, ValidationError } from '@shopclients/komfortkasse';
import type { Order } from '@shopclients/komfortkasse-types';

const [komfortkasseUrl, iomUrl] = process.argv.slice(2) as [string, string];
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`ESM consumer: ${what}`);
};

const komfortkasse = new Komfortkasse({ apiKey: 'consumer-test-key', baseUrl: komfortkasseUrl, maxRetries: 0 });
const order: Order = await komfortkasse.orders.get('10001');
check(order.number === '10001' && typeof order.paymentStatus === 'string', 'orders.get returns the order');
const missing = await komfortkasse.orders.get('10001', { headers: { Prefer: 'code=400' } }).catch((error: unknown) => error);
check(missing instanceof ValidationError && missing.status === 400, 'a 400 is a ValidationError');
check(!(missing instanceof NotFoundError), 'error classes are distinct');

const iom = new IomOrders({ baseUrl: iomUrl, shopId: 1001, auth: { username: 'consumer', password: 'consumer-password' }, maxRetries: 0 });
const page: OrderStatePage = await iom.orderStates.search({ statuses: ['STATE_DISPATCHED'], limit: 10 });
check(typeof page.meta?.totalCount === 'number', 'orderStates.search returns a page');
const gone = await iom.orders.get('4711', { headers: { Prefer: 'code=404' } }).catch((error: unknown) => error);
check(gone instanceof IomNotFoundError && gone.status === 404, 'a 404 is a NotFoundError');

console.log(`ESM consumer on Node ${process.versions.node}: ok`);
