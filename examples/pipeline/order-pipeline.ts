// A small order pipeline of a shop that sells on prepayment: the order goes to Komfortkasse, which
// watches for the customer's bank transfer; once it is paid, the order is handed to IOM for
// fulfilment; a return is refunded through Komfortkasse. test/order-pipeline.test.ts tests it
// against the stateful fakes of both APIs (`@shopclients/<api>/testing`).
import { type IomOrders, NotFoundError, type OrderInput } from '@shopclients/iom-order';
import type { Komfortkasse, Order, Refund } from '@shopclients/komfortkasse';

/** What the shop knows of an order: the IOM order, and the total the customer has to transfer. */
export interface ShopOrder {
  iomOrder: OrderInput;
  total: number;
  customer: { lastName: string; email: string };
}

/** Step 1: the order is placed; Komfortkasse is told to expect the prepayment. */
export async function registerPrepayment(komfortkasse: Komfortkasse, order: ShopOrder): Promise<Order> {
  return komfortkasse.orders.submit(order.iomOrder.shopOrderNumber, {
    date: new Date(order.iomOrder.shopOrderCreationDate),
    type: 'PREPAYMENT',
    amount: order.total,
    currency: order.iomOrder.sales.currencyCode,
    customerEmail: order.customer.email,
    billing: { lastName: order.customer.lastName, countryCode: 'DE' },
  });
}

/**
 * Step 2, run on a schedule: every order Komfortkasse reports PAID is handed to IOM, once. An order
 * IOM already has is skipped, so a run that failed halfway (or whose create answer was lost) is
 * simply run again. Returns the numbers handed over by this run.
 */
export async function handOverPaidOrders(komfortkasse: Komfortkasse, iom: IomOrders, orders: ReadonlyMap<string, ShopOrder>): Promise<string[]> {
  const handedOver: string[] = [];
  for (const paid of await komfortkasse.orders.list({ paymentStatus: ['PAID'] })) {
    const order = orders.get(paid.number);
    if (!order || (await existsInIom(iom, paid.number))) continue;
    await iom.orders.create(order.iomOrder);
    handedOver.push(paid.number);
  }
  return handedOver;
}

async function existsInIom(iom: IomOrders, shopOrderNumber: string): Promise<boolean> {
  try {
    await iom.orders.get(shopOrderNumber);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/** Step 3: a return arrived; the money goes back on the next day, under the return's number. */
export async function refundReturn(komfortkasse: Komfortkasse, orderNumber: string, returnNumber: string, amount: number, today: Date): Promise<Refund> {
  const tomorrow = new Date(today.getTime() + 24 * 60 * 60 * 1000);
  return komfortkasse.refunds.create(orderNumber, { externalReference: returnNumber, amount, currency: 'EUR', plannedDate: tomorrow });
}
