import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  Komfortkasse,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  parsePaymentStatusWebhook,
} from '../../src/index.js';
import { type FakeKomfortkasse, createFakeKomfortkasse } from '../../src/testing/index.js';

const NOW = '2030-03-10T09:00:00Z';
const order = {
  date: '10-03-2030',
  type: 'INVOICE' as const,
  amount: 40,
  currency: 'EUR',
  billing: { firstName: 'Max', lastName: 'Mustermann', countryCode: 'DE' },
};

let fake: FakeKomfortkasse;
function setup(options: Parameters<typeof createFakeKomfortkasse>[0] = {}) {
  fake = createFakeKomfortkasse({ now: NOW, ...options });
  const client = new Komfortkasse({ apiKey: fake.apiKey, baseUrl: fake.baseUrl, fetch: fake.fetch, maxRetries: 0 });
  return { fake, client };
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

afterEach(() => {
  // Every answer the fake gave passed the spec's checks.
  expect(fake.specViolations).toEqual([]);
});

describe('orders', () => {
  it('get returns what submit stored; a resubmit updates it and initialDunningLevel counts only at creation', async () => {
    const { client } = setup();
    const created = await client.orders.submit('1001', { ...order, initialDunningLevel: 1 });
    expect(created).toMatchObject({ ...order, number: '1001', paymentStatus: 'UNPAID', dunningLevel: 1, referenceNumber: expect.any(String) });
    expect(created.amountPaid).toBeUndefined();
    await client.orders.submit('1001', { ...order, amount: 45.5, customerEmail: 'max@example.org', initialDunningLevel: 3 });
    const read = await client.orders.get('1001');
    expect(read).toMatchObject({
      amount: 45.5,
      customerEmail: 'max@example.org',
      dunningLevel: 1,
      initialDunningLevel: 1,
      referenceNumber: created.referenceNumber,
    });
  });

  it('submitMany upserts every order and answers them as stored', async () => {
    const { client } = setup();
    await client.orders.submit('1', order);
    const stored = await client.orders.submitMany([
      { ...order, number: '1', amount: 10 },
      { ...order, number: '2' },
    ]);
    expect(stored.map((o) => [o.number, o.amount, o.paymentStatus])).toEqual([
      ['1', 10, 'UNPAID'],
      ['2', 40, 'UNPAID'],
    ]);
    expect(fake.order('1')?.amount).toBe(10);
  });

  it('cancel, remove, setPaid and setUnpaid set the documented statuses', async () => {
    const { client } = setup();
    await client.orders.submitMany(['a', 'b', 'c'].map((number) => ({ ...order, number })));
    await expect(client.orders.cancel('a')).resolves.toMatchObject({ paymentStatus: 'CANCELLED' });
    await expect(client.orders.remove('b')).resolves.toMatchObject({ paymentStatus: 'DISAPPEARED' });
    await expect(client.orders.setPaid('c')).resolves.toMatchObject({ paymentStatus: 'PAID', amountPaid: 0 });
    fake.customerPays('c', { amount: 5 }); // a payment does not undo a manual paid mark
    expect(fake.order('c')?.paymentStatus).toBe('PAID');
    await expect(client.orders.setUnpaid('c')).resolves.toMatchObject({ paymentStatus: 'PAID_PARTIAL', amountPaid: 5 });
  });

  it('an unknown order is a NotFoundError naming it, as the official reference documents for every operation', async () => {
    const { client } = setup();
    await expect(failure(client.orders.cancel('nope'))).resolves.toBeInstanceOf(NotFoundError);
    const error = await failure(client.orders.get('nope'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: { error: 'Order not found: nope' } });
    await expect(failure(client.orders.paymentImage('nope'))).resolves.toBeInstanceOf(NotFoundError);
  });

  it('serves an order’s payment image as PNG bytes', async () => {
    const { client } = setup();
    await client.orders.submit('10001', order);
    const image = await client.orders.paymentImage('10001', { type: 'PAYMENTSLIP' });
    expect(image.type).toBe('PAYMENTSLIP');
    expect(image.format).toBe('png');
    expect([...image.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('sync marks open orders missing from the list LEGACY and returns how many', async () => {
    const { client } = setup();
    await client.orders.submitMany(['1', '2', '3', '4'].map((number) => ({ ...order, number })));
    await client.orders.cancel('4');
    fake.customerPays('3');
    await expect(client.orders.sync(['1'], { isCompleteList: true })).resolves.toBe(1);
    expect(['1', '2', '3', '4'].map((number) => fake.order(number)?.paymentStatus)).toEqual(['UNPAID', 'LEGACY', 'PAID', 'CANCELLED']);
  });
});

describe('payments', () => {
  it('a customer pays in two parts: PAID_PARTIAL, then PAID, with postings and the webhook payload', async () => {
    const { client } = setup();
    await client.orders.submit('1001', order);
    const first = fake.customerPays('1001', { amount: 15 });
    expect(first.order).toMatchObject({ paymentStatus: 'PAID_PARTIAL', amountPaid: 15 });
    expect(parsePaymentStatusWebhook(first.webhook.body)).toEqual(first.order);
    fake.clock.advance({ days: 2 });
    const second = fake.customerPays('1001');
    expect(second.posting).toMatchObject({ amount: 25, postingDate: '12-03-2030', reference: first.order.referenceNumber });
    expect(parsePaymentStatusWebhook(second.webhook.body)).toMatchObject({ number: '1001', paymentStatus: 'PAID', amountPaid: 40 });

    const paid = await client.orders.list({ paymentStatus: ['PAID'], include: ['postings'] });
    expect(paid.map((o) => o.number)).toEqual(['1001']);
    expect(paid[0]?.postings?.map((p) => p.amount)).toEqual([15, 25]);
    expect(paid[0]?.hasBankDetailsForRefund).toBe(true);
  });

  it('list filters by age on the fake clock, by status and by the latest posting day', async () => {
    const { client } = setup();
    await client.orders.submit('old', { ...order, date: '01-01-2030' });
    await client.orders.submit('new', order);
    fake.customerPays('new', { amount: 1 });
    expect((await client.orders.list({ maxAge: 30 })).map((o) => o.number)).toEqual(['new']);
    expect((await client.orders.list()).map((o) => o.number)).toEqual(['old', 'new']);
    expect((await client.orders.list({ minPostingDate: '11-03-2030' })).map((o) => o.number)).toEqual([]);
    expect((await client.orders.list({ minPostingDate: '10-03-2030' })).map((o) => o.number)).toEqual(['new']);
    fake.clock.advance({ days: 200 });
    expect(await client.orders.list()).toEqual([]);
    const notDays = await fake.fetch(`${fake.baseUrl}/orders?maxAge=soon`, { headers: { 'X-Komfortkasse-API-Key': fake.apiKey } });
    expect([notDays.status, await notDays.json()]).toEqual([400, { error: 'Invalid request: maxAge must be a number of days, got "soon"' }]);
  });

  it('postings are listed by creation day and account, with their orders on request', async () => {
    const { client } = setup();
    await client.orders.submit('1001', order);
    fake.customerPays('1001', { amount: 10 });
    fake.clock.advance({ days: 1 });
    fake.customerPays('1001', { amount: 30 });
    expect((await client.postings.list()).map((p) => p.amount)).toEqual([10, 30]);
    expect((await client.postings.list({ createdMin: '11-03-2030' })).map((p) => p.amount)).toEqual([30]);
    expect((await client.postings.list({ createdMax: '11-03-2030' })).map((p) => p.amount)).toEqual([10]);
    expect(await client.postings.list({ iban: 'DE00000000000000000000' })).toEqual([]);
    const [withOrder] = await client.postings.list({ includeOrders: true, createdMin: '11-03-2030' });
    expect(withOrder?.orders?.[0]).toMatchObject({ number: '1001', paymentStatus: 'PAID' });
  });
});

describe('refunds and invoices', () => {
  it('a refund waits for bank details, is unique by reference, must be planned ahead, and once executed refunds the order', async () => {
    const { client } = setup();
    await client.orders.submit('1001', order);
    const refund = { externalReference: 'RMA-1', amount: 40, currency: 'EUR', plannedDate: '12-03-2030' };
    await expect(client.refunds.create('1001', refund)).resolves.toMatchObject({ ...refund, status: 'BANKDETAILS_MISSING', executionDate: null });
    const reused = await failure(client.refunds.create('1001', refund));
    expect(reused).toBeInstanceOf(ValidationError);
    expect((reused as ValidationError).message).toContain('RMA-1 is already used');
    const past = await failure(client.refunds.create('1001', { ...refund, externalReference: 'RMA-2', plannedDate: '10-03-2030' }));
    expect((past as ValidationError).body).toEqual({ error: 'plannedDate must lie in the future (today is 10-03-2030), got 10-03-2030' });

    fake.customerPays('1001');
    expect(fake.customerProvidesBankDetails('1001').map((r) => r.status)).toEqual(['NEW']);
    await expect(client.refunds.create('1001', { ...refund, externalReference: 'RMA-3', amount: 5 })).resolves.toMatchObject({ status: 'NEW' });
    const { order: refunded, webhook } = fake.executeRefund('1001', 'RMA-3');
    expect(refunded).toMatchObject({ paymentStatus: 'REFUNDED_PARTIAL', amountPaid: 35 });
    expect(parsePaymentStatusWebhook(webhook.body).paymentStatus).toBe('REFUNDED_PARTIAL');
    fake.executeRefund('1001', 'RMA-1');
    expect(fake.order('1001')).toMatchObject({ paymentStatus: 'REFUNDED', amountPaid: -5 });
  });

  it('an invoice upload is recorded once per invoice number', async () => {
    const { client } = setup();
    await client.orders.submit('1001', order);
    await client.invoices.upload('1001', 'R-1', new Uint8Array([37, 80, 68, 70]));
    await client.invoices.upload('1001', 'R-1', new Uint8Array([1, 2]), { filename: 'again.pdf' });
    expect(fake.invoices('1001')).toEqual([{ invoiceNumber: 'R-1', filename: 'R-1.pdf', contentType: 'application/pdf', size: 4 }]);
    await expect(failure(client.invoices.upload('nope', 'R-1', new Uint8Array([1])))).resolves.toBeInstanceOf(NotFoundError);
  });
});

describe('credentials and requests', () => {
  it('a wrong or missing API key is a 401 in the API shape', async () => {
    const { client } = setup({ apiKey: 'right' });
    const wrong = new Komfortkasse({ apiKey: 'wrong', baseUrl: fake.baseUrl, fetch: fake.fetch });
    await expect(failure(wrong.orders.get('1'))).resolves.toMatchObject({ status: 401, body: { error: 'Invalid API key' } });
    const none = await fake.fetch(`${fake.baseUrl}/orders`);
    expect([none.status, await none.json()]).toEqual([401, { error: 'API Key missing' }]);
    await expect(client.orders.list()).resolves.toEqual([]);
    expect(fake.calls.map((call) => [call.operationId, call.outcome])).toEqual([
      ['getOrder', 401],
      ['readOrders', 401],
      ['readOrders', 200],
    ]);
  });

  it('a request outside the API gets a 404 naming it', async () => {
    setup();
    const response = await fake.fetch(`${fake.baseUrl}/nothing`, { headers: { 'X-Komfortkasse-API-Key': fake.apiKey } });
    expect([response.status, await response.json()]).toEqual([404, { error: 'No such API operation: GET /nothing' }]);
  });
});

describe('faults on demand', () => {
  it('429 with Retry-After, then 503: a safe call is retried through both', async () => {
    setup();
    const client = new Komfortkasse({ apiKey: fake.apiKey, baseUrl: fake.baseUrl, fetch: fake.fetch, maxRetries: 2, retry: { initialDelayMs: 1 } });
    fake.failNext({ status: 429, retryAfter: 0 });
    fake.failNext({ status: 503 }, { operation: 'readOrders' });
    await expect(client.orders.list()).resolves.toEqual([]);
    expect(fake.calls.map((call) => call.outcome)).toEqual([429, 503, 200]);
  });

  it('a planned status is the typed error with the header', async () => {
    const { client } = setup();
    fake.failNext({ status: 429, retryAfter: 1 });
    const limited = await failure(client.orders.list());
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).headers.get('retry-after')).toBe('1');
    fake.failNext({ status: 500 }, { operation: 'getOrder', times: 2 });
    await expect(failure(client.orders.list())).resolves.toBeUndefined();
    await expect(failure(client.orders.get('1'))).resolves.toBeInstanceOf(ServerError);
    await expect(failure(client.orders.get('1'))).resolves.toBeInstanceOf(ServerError);
  });

  it('reset, stall, and an answer lost after the refund was stored (read back by the client)', async () => {
    const { client } = setup();
    await client.orders.submit('1001', order);
    fake.failNext('reset');
    await expect(failure(client.orders.get('1001'))).resolves.toBeInstanceOf(ConnectionError);
    fake.failNext('stall');
    await expect(failure(client.orders.get('1001', { timeout: 50 }))).resolves.toBeInstanceOf(TimeoutError);
    fake.failNext('lose-answer', { operation: 'createRefund' });
    const refund = { externalReference: 'RMA-9', amount: 5, currency: 'EUR', plannedDate: '20-03-2030' };
    // The refund was stored before the answer was lost: the client reads it back by its reference.
    await expect(client.refunds.create('1001', refund)).resolves.toMatchObject({ externalReference: 'RMA-9', status: 'BANKDETAILS_MISSING' });
    expect(fake.order('1001')?.refunds).toHaveLength(1);
    expect(fake.calls.filter((call) => call.operationId === 'createRefund').map((call) => call.outcome)).toEqual(['lose-answer']);
    await expect(failure(client.refunds.create('1001', refund))).resolves.toBeInstanceOf(ValidationError);
  });
});

describe('listen', () => {
  it('serves the same state over HTTP on 127.0.0.1', async () => {
    setup();
    const server = await fake.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2$/);
      const client = new Komfortkasse({ apiKey: fake.apiKey, baseUrl: server.url, maxRetries: 0 });
      await client.orders.submit('1001', order);
      fake.customerPays('1001');
      await expect(client.orders.get('1001')).resolves.toMatchObject({ paymentStatus: 'PAID' });
      await expect(failure(new Komfortkasse({ apiKey: 'x', baseUrl: server.url }).orders.get('1001'))).resolves.toBeInstanceOf(AuthenticationError);
      fake.failNext('reset');
      await expect(failure(client.orders.get('1001'))).resolves.toBeInstanceOf(ConnectionError);
      fake.failNext('stall');
      await expect(failure(client.orders.get('1001', { timeout: 100 }))).resolves.toBeInstanceOf(TimeoutError);
    } finally {
      await server.close();
    }
  });
});
