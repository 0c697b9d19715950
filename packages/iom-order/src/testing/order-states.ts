import type { LatestOrderStatePage, Order, OrderState, OrderStatePage } from '@shopclients/iom-order-types';

/** An order of the fake with what IOM's processing did to it. */
export interface StoredIomOrder {
  order: Order;
  status: string;
  /** Status of each position, by position number (positions without a number by their index in the order). */
  positionStatuses: Map<number, string>;
  /** Creation sequence, for a stable order among equal sort keys. */
  readonly sequence: number;
  /** The modification cursor of the order's latest change (what the change feed pages by). */
  cursor: bigint;
  /** When the order was last changed (created, moved on by IOM, changed by a change request). */
  modifiedAt: string;
}

const SORT_KEYS: Record<string, (stored: StoredIomOrder) => string> = {
  shopOrderNumber: (stored) => stored.order.shopOrderNumber,
  shopCustomerNumber: (stored) => stored.order.customerData.shopCustomerNumber ?? '',
  shopOrderCreationDate: (stored) => new Date(stored.order.shopOrderCreationDate).toISOString(),
  // The docs do not say what `id` sorts by; the fake takes the order in which it stored the orders.
  id: (stored) => String(stored.sequence).padStart(12, '0'),
};

/** The order-state search over the stored orders: ANY value of a list filter, AND between filters. */
export function searchOrderStates(orders: readonly StoredIomOrder[], query: Record<string, unknown>): OrderStatePage {
  const any = (name: string, values: (stored: StoredIomOrder) => (string | undefined)[]) => {
    const wanted = query[name];
    if (!Array.isArray(wanted)) return () => true;
    return (stored: StoredIomOrder) => values(stored).some((value) => value !== undefined && wanted.includes(value));
  };
  const filters = [
    any('shopOrderNumbers', (stored) => [stored.order.shopOrderNumber]),
    any('shopCustomerNumbers', (stored) => [stored.order.customerData.shopCustomerNumber]),
    any('productNumbers', (stored) => stored.order.shippingBuckets.flatMap((bucket) => bucket.positions.map((position) => position.product.number))),
    any('statuses', (stored) => [stored.status]),
    any('emails', (stored) => [
      stored.order.invoiceAddress.contact?.email,
      ...stored.order.shippingBuckets.map((bucket) => bucket.shippingAddress.contact?.email),
    ]),
    (stored: StoredIomOrder) => {
      const day = new Date(stored.order.shopOrderCreationDate).toISOString().slice(0, 10);
      const from = query['shopOrderCreationDate[gte]'];
      const to = query['shopOrderCreationDate[lte]'];
      return (typeof from !== 'string' || day >= from) && (typeof to !== 'string' || day <= to);
    },
  ];
  const key = SORT_KEYS[typeof query.orderBy === 'string' ? query.orderBy : ''] ?? SORT_KEYS.shopOrderCreationDate;
  const direction = query.sortDirection === 'DESC' ? -1 : 1;
  const matching = orders
    .filter((stored) => filters.every((filter) => filter(stored)))
    .sort((a, b) => direction * (compare(key!(a), key!(b)) || a.sequence - b.sequence));
  const offset = typeof query.offset === 'number' ? query.offset : 0;
  const limit = typeof query.limit === 'number' ? query.limit : 50;
  return { data: matching.slice(offset, offset + limit).map(orderState), meta: { totalCount: matching.length } };
}

/** Which orders the change feed answers after a point: a cursor, or a time. */
export type ModifiedSince = { minCursor: bigint; inclusive: boolean } | { modifiedSince: string };

/**
 * The latest state of each order changed after `since`, oldest change first, `limit` of them, with
 * the counts and the page's lowest and highest cursor as the vendor describes them.
 */
export function modifiedOrderStates(orders: readonly StoredIomOrder[], since: ModifiedSince, limit: number): LatestOrderStatePage {
  const after =
    'minCursor' in since
      ? (stored: StoredIomOrder) => (since.inclusive ? stored.cursor >= since.minCursor : stored.cursor > since.minCursor)
      : (stored: StoredIomOrder) => Date.parse(stored.modifiedAt) >= Date.parse(since.modifiedSince);
  const matching = orders.filter(after).sort((a, b) => (a.cursor < b.cursor ? -1 : a.cursor > b.cursor ? 1 : 0));
  const page = matching.slice(0, limit);
  const first = page[0];
  const last = page.at(-1);
  return {
    data: page.map(orderState),
    meta: {
      totalCount: matching.length,
      pageSize: page.length,
      ...(first && last ? { minCursor: Number(first.cursor), maxCursor: Number(last.cursor) } : {}),
    },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An order as the order-state search shows it: the order, its status, and each position's status. */
export function orderState(stored: StoredIomOrder): OrderState {
  const { shippingBuckets, ...order } = stored.order;
  let index = 0;
  return {
    ...order,
    status: stored.status,
    shippingBuckets: shippingBuckets.map((bucket) => {
      const { positions, ...rest } = bucket;
      return {
        ...rest,
        positions: positions.map((position) => {
          const { quantity, sum, unitPrice, shipping, ...described } = position;
          const key = position.number ?? index;
          index++;
          return {
            ...described,
            status: stored.positionStatuses.get(key) ?? stored.status,
            ordered: { quantity, sum, shipping, ...(unitPrice === undefined ? {} : { unitPrice }) },
          };
        }),
      };
    }),
  } as OrderState;
}
