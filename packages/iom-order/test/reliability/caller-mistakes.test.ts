import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, IomOrders } from '../../src/index.js';
import { examples } from '../contract/mock-client.js';

// Typical mistakes of a JavaScript caller, who has no compiler to catch them: each must stay local.
const order = examples.b2bOrder as unknown as Record<string, unknown>;
const invoiceAddress = order.invoiceAddress as Record<string, unknown>;
const withInvoiceLocation = (location: unknown) => ({ ...order, invoiceAddress: { ...invoiceAddress, location } });
const street = invoiceAddress.location as Record<string, unknown>;
const packstation = examples.b2cOrder.shippingBuckets[0]?.shippingAddress.location;
const any = (value: unknown) => value as never;
const { shopOrderUpdateDate: _, ...changedOrder } = examples.changeRequest.changeRequest as Record<string, unknown>;

const mistakes: [string, (client: IomOrders) => Promise<unknown>, string][] = [
  ['orders.create({})', (c) => c.orders.create(any({})), 'order.customerData'],
  ['a Packstation as invoice address', (c) => c.orders.create(any(withInvoiceLocation(packstation))), 'order.invoiceAddress.location.type'],
  ['an unknown location type', (c) => c.orders.create(any(withInvoiceLocation({ ...street, type: 'AddressLocationMoon' }))), 'order.invoiceAddress.location.type'],
  ['a location without type', (c) => c.orders.create(any(withInvoiceLocation({ ...street, type: undefined }))), 'order.invoiceAddress.location.type'],
  ['a 51-character shopOrderNumber', (c) => c.orders.create(any({ ...order, shopOrderNumber: 'x'.repeat(51) })), 'order.shopOrderNumber'],
  ["an unknown filter { customer: 'C-1' } (would match every order)", (c) => c.orderStates.search(any({ customer: 'C-1' })), 'options.customer'],
  ["orderBy: 'price'", (c) => c.orderStates.search({ orderBy: any('price') }), 'orderBy'],
  ["sortDirection: 'desc'", (c) => c.orderStates.search({ sortDirection: any('desc') }), 'sortDirection'],
  ['limit: 2 ** 31 on an int32', (c) => c.orderStates.search({ limit: 2 ** 31 }), 'limit'],
  ['statuses as a string, not a list', (c) => c.orderStates.search({ statuses: any('STATE_DISPATCHED') }), 'statuses'],
  ['a change request without shopOrderUpdateDate', (c) => c.changeRequests.create('B2B-2024-000731', any({ ...examples.changeRequest, changeRequest: changedOrder })), 'request.changeRequest.shopOrderUpdateDate'],
];

let local = 0;

describe('mistakes a JavaScript caller makes stay local', () => {
  it.each(mistakes)('%s', async (_, call, argument) => {
    const sent: string[] = [];
    const client = new IomOrders({
      baseUrl: 'http://127.0.0.1:9/rest/order-service',
      shopId: 1000,
      auth: { token: 'header.payload.signature' },
      fetch: async (url) => {
        sent.push(url);
        return new Response(null, { status: 201, headers: { location: `${url}/x` } });
      },
    });
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(sent).toEqual([]);
    local++;
  });

  afterAll(() => console.log(`JavaScript caller mistakes kept local (nothing sent): ${local} of ${mistakes.length}`));
});
