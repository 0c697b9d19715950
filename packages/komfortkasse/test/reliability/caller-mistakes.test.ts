import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, Komfortkasse } from '../../src/index.js';
import { API_KEY, examples } from '../contract/mock-client.js';

// Typical mistakes of a JavaScript caller, who has no compiler to catch them: each must stay local.
const order = examples.order as unknown as Record<string, unknown>;
const without = (key: string) => Object.fromEntries(Object.entries(order).filter(([name]) => name !== key));
const any = (value: unknown) => value as never;

const mistakes: [string, (client: Komfortkasse) => Promise<unknown>, string][] = [
  ['an order without type', (c) => c.orders.submit('1', any(without('type'))), 'order.type'],
  ['an order without billing', (c) => c.orders.submit('1', any(without('billing'))), 'order.billing'],
  ['an order without currency', (c) => c.orders.submit('1', any(without('currency'))), 'order.currency'],
  ["type 'invoice' in lower case", (c) => c.orders.submit('1', any({ ...order, type: 'invoice' })), 'order.type'],
  ["type 'PAYPAL'", (c) => c.orders.submit('1', any({ ...order, type: 'PAYPAL' })), 'order.type'],
  ['billing without countryCode', (c) => c.orders.submit('1', any({ ...order, billing: { lastName: 'Muster' } })), 'order.billing.countryCode'],
  ["paymentStatus ['PAYED']", (c) => c.orders.list({ paymentStatus: any(['PAYED']) }), 'paymentStatus[0]'],
  ["an unknown filter { customer: 'C-1' } (would list every order)", (c) => c.orders.list(any({ customer: 'C-1' })), 'options.customer'],
  ["include: ['everything']", (c) => c.orders.get('1', { include: any(['everything']) }), 'include[0]'],
  ['a refund planned in the past', (c) => c.refunds.create('1', { ...examples.refund, plannedDate: '01-05-2018' }), 'refund.plannedDate'],
  ['a refund without externalReference', (c) => c.refunds.create('1', any({ ...examples.refund, externalReference: undefined })), 'refund.externalReference'],
];

let local = 0;

describe('mistakes a JavaScript caller makes stay local', () => {
  it.each(mistakes)('%s', async (_, call, argument) => {
    const sent: string[] = [];
    const client = new Komfortkasse({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9/api/v2',
      fetch: async (url) => {
        sent.push(url);
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
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
