// A refund whose answer is lost is read back by its externalReference; the read-back counts only if
// it is this request's refund (issue: a 50 EUR refund must not "succeed" as the stored 5 EUR one).
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError, KeyConflictError, Komfortkasse, OutcomeUnknownError } from '../../src/index.js';
import { type FakeKomfortkasse, createFakeKomfortkasse } from '../../src/testing/index.js';

const NOW = '2030-03-10T09:00:00Z';
const order = {
  date: '10-03-2030',
  type: 'INVOICE' as const,
  amount: 80,
  currency: 'EUR',
  billing: { firstName: 'Max', lastName: 'Mustermann', countryCode: 'DE' },
};
const refund = (amount: number) => ({ externalReference: 'R-1', amount, currency: 'EUR', plannedDate: '20-03-2030' });

let fake: FakeKomfortkasse;
afterEach(() => expect(fake.specViolations).toEqual([]));

async function setup() {
  fake = createFakeKomfortkasse({ now: NOW });
  const client = new Komfortkasse({
    apiKey: fake.apiKey,
    baseUrl: fake.baseUrl,
    fetch: fake.fetch,
    maxRetries: 3,
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
  });
  await client.orders.submit('1001', order);
  return client;
}
const refundCalls = () => fake.calls.filter((call) => call.operationId !== 'submitOrder').map((call) => `${call.operationId} ${call.outcome}`);

describe('refunds.create whose answer is lost', () => {
  it('the same refund under the reference resolves, reconciled', async () => {
    const client = await setup();
    fake.failNext('lose-answer', { operation: 'createRefund' });
    await expect(client.refunds.create('1001', refund(50))).resolves.toMatchObject({ ...refund(50), reconciled: true });
    expect(fake.order('1001')?.refunds).toHaveLength(1);
  });

  it('50 EUR where the shop already used the reference for 5 EUR: KeyConflictError, nothing refunded, nothing sent again', async () => {
    const client = await setup();
    await client.refunds.create('1001', refund(5));
    fake.failNext('lose-answer', { operation: 'createRefund' });
    const error = (await client.refunds.create('1001', refund(50)).catch((e: unknown) => e)) as KeyConflictError;
    expect(error).toBeInstanceOf(KeyConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'createRefund: a different resource already holds externalReference "R-1"; nothing was created by this call (amount sent 50, found 5)',
    );
    expect(error.differences).toEqual([{ field: 'amount', sent: 50, found: 5 }]);
    expect(fake.order('1001')?.refunds?.map((stored) => stored.amount)).toEqual([5]);
    expect(refundCalls()).toEqual(['createRefund 200', 'createRefund lose-answer', 'getOrder 200']);
  });

  it('a proxy’s HTML 404 on the read-back is not "no such refund": the outcome stays unknown and the refund is not sent again', async () => {
    fake = createFakeKomfortkasse({ now: NOW });
    const sent: string[] = [];
    const client = new Komfortkasse({
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      maxRetries: 3,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
      fetch: async (url, init) => {
        sent.push(`${init.method} ${new URL(url).pathname}`);
        if (init.method === 'POST') throw new TypeError('fetch failed');
        return new Response('<html><body>404 Not Found</body></html>', { status: 404, headers: { 'content-type': 'text/html' } });
      },
    });
    await expect(client.refunds.create('1001', refund(50))).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(sent).toEqual(['POST /api/v2/order/1001/refund', 'GET /api/v2/order/1001']);
  });

  it('the API’s own 404 (unknown order, as the reference documents) means no refund: read again, then sent again', async () => {
    const client = await setup();
    fake.failNext('reset', { operation: 'createRefund' });
    fake.failNext({ status: 404 }, { operation: 'getOrder', times: 2 });
    await expect(client.refunds.create('1001', refund(50))).resolves.toMatchObject({ externalReference: 'R-1', amount: 50 });
    expect(refundCalls()).toEqual(['createRefund reset', 'getOrder 404', 'getOrder 404', 'createRefund 200']);
  });
});
