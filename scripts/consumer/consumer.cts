// A CommonJS consumer of the published tarballs: strict types, both clients, against Prism mocks.
import { IomOrders, NotFoundError as IomNotFoundError } from '@shopclients/iom-order';
import type { OrderStatePage } from '@shopclients/iom-order-types';
import { Komfortkasse, ValidationError } from '@shopclients/komfortkasse';
import type { Order } from '@shopclients/komfortkasse-types';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`CJS consumer: ${what}`);
};

async function main(komfortkasseUrl: string, iomUrl: string): Promise<void> {
  const komfortkasse = new Komfortkasse({ apiKey: 'consumer-test-key', baseUrl: komfortkasseUrl, maxRetries: 0 });
  const order: Order = await komfortkasse.orders.get('10001');
  check(order.number === '10001', 'orders.get returns the order');
  const invalid = await komfortkasse.orders.get('10001', { headers: { Prefer: 'code=400' } }).catch((error: unknown) => error);
  check(invalid instanceof ValidationError, 'a 400 is a ValidationError');

  const iom = new IomOrders({ baseUrl: iomUrl, shopId: '1001', auth: { token: 'consumer-token' }, maxRetries: 0 });
  const page: OrderStatePage = await iom.orderStates.search({ limit: 5 });
  check(Array.isArray(page.data), 'orderStates.search returns a page');
  const gone = await iom.orders.get('4711', { headers: { Prefer: 'code=404' } }).catch((error: unknown) => error);
  check(gone instanceof IomNotFoundError, 'a 404 is a NotFoundError');

  console.log(`CJS consumer on Node ${process.versions.node}: ok`);
}

main(process.argv[2] as string, process.argv[3] as string).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
