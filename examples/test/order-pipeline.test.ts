// Tests the order pipeline of pipeline/order-pipeline.ts the way a shop would in its own CI: against
// the stateful fakes that ship with the clients, with no account, no network and no port.
import { IomOrders } from '@shopclients/iom-order';
import { createFakeIom } from '@shopclients/iom-order/testing';
import { Komfortkasse, parsePaymentStatusWebhook } from '@shopclients/komfortkasse';
import { createFakeKomfortkasse } from '@shopclients/komfortkasse/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { b2bOrder } from '../iom/create-b2b-order.js';
import { type ShopOrder, handOverPaidOrders, refundReturn, registerPrepayment } from '../pipeline/order-pipeline.js';

const NOW = new Date('2030-03-10T09:00:00Z');
const fakes: { specViolations: readonly unknown[] }[] = [];
// Both fakes are held to the spec: any answer that broke it fails the test.
afterEach(() => expect(fakes.splice(0).flatMap((fake) => fake.specViolations)).toEqual([]));

function shop() {
  const komfortkasseFake = createFakeKomfortkasse({ now: NOW });
  const iomFake = createFakeIom({ now: NOW });
  fakes.push(komfortkasseFake, iomFake);
  const komfortkasse = new Komfortkasse({ apiKey: komfortkasseFake.apiKey, baseUrl: komfortkasseFake.baseUrl, fetch: komfortkasseFake.fetch });
  const iom = new IomOrders({ baseUrl: iomFake.baseUrl, auth: iomFake.auth, shopId: iomFake.shopId, fetch: iomFake.fetch });
  const orders = new Map<string, ShopOrder>(
    ['P-1', 'P-2'].map((number) => [
      number,
      { iomOrder: b2bOrder(number, NOW), total: 1350.65, customer: { lastName: 'Brandt', email: 'lena@nordwerk.example' } },
    ]),
  );
  return { komfortkasseFake, iomFake, komfortkasse, iom, orders };
}

describe('order pipeline against the fakes', () => {
  it('only a fully paid order reaches IOM, and only once', async () => {
    const { komfortkasseFake, iomFake, komfortkasse, iom, orders } = shop();
    for (const order of orders.values()) await registerPrepayment(komfortkasse, order);
    expect(await handOverPaidOrders(komfortkasse, iom, orders)).toEqual([]);

    komfortkasseFake.customerPays('P-1');
    komfortkasseFake.customerPays('P-2', { amount: 500 }); // PAID_PARTIAL: not yet
    expect(await handOverPaidOrders(komfortkasse, iom, orders)).toEqual(['P-1']);
    expect(await handOverPaidOrders(komfortkasse, iom, orders)).toEqual([]);
    expect(iomFake.order('P-1')).toEqual(orders.get('P-1')?.iomOrder);
    expect(iomFake.order('P-2')).toBeUndefined();
    expect(iomFake.calls.filter((call) => call.operationId === 'createOrder')).toHaveLength(1);
  });

  it('the payment webhook carries the status the pipeline polls for', async () => {
    const { komfortkasseFake, komfortkasse, orders } = shop();
    await registerPrepayment(komfortkasse, orders.get('P-1') as ShopOrder);
    const { webhook } = komfortkasseFake.customerPays('P-1');
    expect(parsePaymentStatusWebhook(webhook.body)).toMatchObject({ number: 'P-1', paymentStatus: 'PAID', amountPaid: 1350.65 });
  });

  it('a hand-over whose IOM answer was lost is read back, not sent twice; the next run has nothing to do', async () => {
    const { komfortkasseFake, iomFake, komfortkasse, iom, orders } = shop();
    await registerPrepayment(komfortkasse, orders.get('P-1') as ShopOrder);
    komfortkasseFake.customerPays('P-1');
    iomFake.failNext('lose-answer', { operation: 'createOrder' });
    expect(await handOverPaidOrders(komfortkasse, iom, orders)).toEqual(['P-1']);
    expect(await handOverPaidOrders(komfortkasse, iom, orders)).toEqual([]);
    expect(iomFake.order('P-1')).toBeDefined();
    expect(iomFake.calls.filter((call) => call.operationId === 'createOrder')).toHaveLength(1);
  });

  it('a return is refunded once the customer paid, and the order ends REFUNDED', async () => {
    const { komfortkasseFake, komfortkasse, orders } = shop();
    await registerPrepayment(komfortkasse, orders.get('P-1') as ShopOrder);
    komfortkasseFake.customerPays('P-1');
    const refund = await refundReturn(komfortkasse, 'P-1', 'RMA-1', 1350.65, komfortkasseFake.clock.now());
    expect(refund).toMatchObject({ externalReference: 'RMA-1', plannedDate: '11-03-2030', status: 'NEW' });
    komfortkasseFake.clock.advance({ days: 1 });
    komfortkasseFake.executeRefund('P-1', 'RMA-1');
    await expect(komfortkasse.orders.get('P-1')).resolves.toMatchObject({ paymentStatus: 'REFUNDED', amountPaid: 0 });
  });
});
