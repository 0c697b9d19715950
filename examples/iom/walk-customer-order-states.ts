import type { IomOrders } from '@shopclients/iom-order';
import { isMain, runIomExample } from '../standalone.js';

export interface OrderStateSummary {
  shopOrderNumber: string;
  customer: string | undefined;
  createdAt: Date;
  status: string; // e.g. STATE_DISPATCHED, STATE_RETURNED
  positions: { product: string; status: string }[];
}

/** Lists the state of every order of the given customers, oldest first, however many pages that takes. */
export async function walkCustomerOrderStates(iom: IomOrders, shopCustomerNumbers: string[]): Promise<OrderStateSummary[]> {
  const summaries: OrderStateSummary[] = [];
  // `iterate` fetches the next page of `limit` states only when the previous one is used up.
  for await (const state of iom.orderStates.iterate({ shopCustomerNumbers, orderBy: 'shopOrderCreationDate', sortDirection: 'ASC', limit: 50 })) {
    summaries.push({
      shopOrderNumber: state.shopOrderNumber,
      customer: state.customerData.shopCustomerNumber,
      createdAt: new Date(state.shopOrderCreationDate),
      status: state.status,
      positions: state.shippingBuckets.flatMap((bucket) => bucket.positions.map((position) => ({ product: position.product.number, status: position.status }))),
    });
  }
  return summaries;
}

// npx tsx examples/iom/walk-customer-order-states.ts [customer number]
if (isMain(import.meta)) {
  const customer = process.argv[2] ?? process.env.IOM_CUSTOMER_NUMBER?.trim() ?? 'C-318204';
  await runIomExample('walkCustomerOrderStates', false, (iom) => walkCustomerOrderStates(iom, [customer]));
}
