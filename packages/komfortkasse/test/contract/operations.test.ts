import { startTestServer } from '@shopclients/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  type ApiError,
  ApiPromise,
  AuthenticationError,
  type BulkOrderSubmission,
  InvalidArgumentError,
  Komfortkasse,
  type KomfortkasseOptions,
  NotFoundError,
  RequestValidationError,
  ResponseValidationError,
  type SubmitAllProgress,
  SyncRefusedError,
  ValidationError,
  type ValidationReport,
} from '../../src/index.js';
import { API_KEY, callEveryOperation, contractClient, examples, fakeClient, futureDay, mockClient, prefer, spec, type Target, TARGETS } from './mock-client.js';

const JSON_TYPE = 'application/json';

/**
 * What a call should return on each target: Prism answers with the spec's example; the fake
 * answers with the stateful truth, i.e. what was sent plus what Komfortkasse sets.
 */
const onTarget = (target: Target, prism: unknown, fake: unknown) => (target === 'prism' ? prism : fake);
const stored = (number: string, order: object, extra: object = {}) =>
  expect.objectContaining({ ...order, number, referenceNumber: expect.any(String), dunningLevel: 0, ...extra });

describe.each(TARGETS)('Komfortkasse orders against %s', (target) => {
  it('paymentImage asks for the image type and resolves with the PNG decoded from Base64', async () => {
    const { client, recorder } = await contractClient(target, { orders: ['10001'] });
    const image = await client.orders.paymentImage('10001', { type: 'QRCODE' });
    const sent = recorder.only();
    expect(sent.method).toBe('GET');
    expect(sent.url.pathname).toBe('/image/10001');
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({ type: 'QRCODE' });
    expect(sent.headers.get('x-komfortkasse-api-key')).toBe(API_KEY);
    expect(sent.headers.get('accept')).toBe(JSON_TYPE);
    expect(image.type).toBe('QRCODE');
    expect(image.format).toBe('png');
    // The PNG signature, decoded from the Base64 of the answer (the spec's example on Prism, the fake's own image).
    expect([...image.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('submit sends the order with the key and include flags, and returns the stored order', async () => {
    const { client, recorder } = await contractClient(target);
    const order = await client.orders.submit('10001', examples.order, { include: ['postings', 'refunds'] });
    expect(order).toEqual(
      onTarget(target, spec.responseExample('submitOrder', 200), stored('10001', examples.order, { paymentStatus: 'UNPAID', postings: [], refunds: [] })),
    );
    const sent = recorder.only();
    expect(sent.method).toBe('POST');
    expect(sent.url.pathname).toBe('/order/10001');
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({ includePostings: 'true', includeRefunds: 'true' });
    expect(sent.headers.get('x-komfortkasse-api-key')).toBe(API_KEY);
    expect(sent.headers.get('content-type')).toBe(JSON_TYPE);
    expect(sent.headers.get('user-agent')).toMatch(/^@shopclients\/komfortkasse\/\d+\.\d+\.\d+/);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.order);
  });

  it('submit turns Dates into dd-MM-yyyy (Berlin calendar day) and rounds the amount to cents', async () => {
    const { client, recorder } = await contractClient(target);
    const order = await client.orders.submit('10001', {
      ...examples.order,
      date: new Date('2018-04-24T22:30:00Z'), // already 25 April in Berlin
      dueDate: '2018-05-09',
      amount: 22.375,
    });
    expect(JSON.parse(recorder.only().body ?? '')).toMatchObject({ date: '25-04-2018', dueDate: '09-05-2018', amount: 22.38 });
    if (target === 'fake') expect(order).toMatchObject({ date: '25-04-2018', dueDate: '09-05-2018', amount: 22.38 });
  });

  it('submit percent-encodes an order number with slash, space and hash', async () => {
    const { client, recorder, fake } = await contractClient(target);
    await client.orders.submit('eBay/123 #7', examples.order);
    expect(recorder.only().url.pathname).toBe('/order/eBay%2F123%20%237');
    if (fake) expect(fake.order('eBay/123 #7')?.number).toBe('eBay/123 #7');
  });

  it('submitMany sends the list with each order number and returns the stored orders', async () => {
    const { client, recorder } = await contractClient(target);
    const orders = await client.orders.submitMany(examples.orders);
    expect(orders).toEqual(
      onTarget(
        target,
        spec.responseExample('submitOrders', 200),
        examples.orders.map((order) => stored(order.number, order, { paymentStatus: 'UNPAID' })),
      ),
    );
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/orders']);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.orders);
  });

  it('get reads one order', async () => {
    const { client, recorder } = await contractClient(target, { orders: ['10001'] });
    const order = await client.orders.get('10001');
    expect(order).toEqual(onTarget(target, spec.responseExample('getOrder', 200), stored('10001', examples.order, { paymentStatus: 'UNPAID' })));
    if (target === 'fake') expect(order.postings).toBeUndefined(); // getOrder declares no include flags
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.body]).toEqual(['GET', '/order/10001', undefined]);
    expect(sent.headers.has('content-type')).toBe(false);
  });

  it('list sends the filters, the status list comma-separated', async () => {
    const { client, recorder, fake } = await contractClient(target, { orders: ['10001', '10002'] });
    if (fake) {
      fake.clock.advance({ days: 4 }); // 2 May: a posting on or after minPostingDate
      fake.customerPays('10001');
      recorder.reset();
    }
    const orders = await client.orders.list({
      maxAge: 30,
      paymentStatus: ['PAID', 'PAID_PARTIAL'],
      minPostingDate: '01-05-2018',
      include: ['paymentReminders'],
    });
    expect(orders).toEqual(
      onTarget(target, spec.responseExample('readOrders', 200), [
        stored('10001', examples.order, { paymentStatus: 'PAID', amountPaid: 22.38, paymentReminders: [] }),
      ]),
    );
    const sent = recorder.only();
    expect(sent.url.pathname).toBe('/orders');
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({
      maxAge: '30',
      paymentStatus: 'PAID,PAID_PARTIAL',
      minPostingDate: '01-05-2018',
      includePaymentReminders: 'true',
    });
  });

  it.each([
    ['cancel', 'cancelOrder', '/order/10001/cancel', 'CANCELLED'],
    ['setUnpaid', 'setOrderUnpaid', '/order/10001/setunpaid', 'UNPAID'],
    ['setPaid', 'setOrderPaid', '/order/10001/setpaid', 'PAID'],
  ] as const)('%s posts without a body and returns the documented result', async (method, operationId, path, status) => {
    const { client, recorder } = await contractClient(target, { orders: ['10001'] });
    await expect(client.orders[method]('10001')).resolves.toEqual(
      onTarget(target, spec.responseExample(operationId, 200), stored('10001', examples.order, { paymentStatus: status })),
    );
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.body]).toEqual(['POST', path, undefined]);
  });

  it('remove posts to /order/remove/{n} with include flags and returns the DISAPPEARED order', async () => {
    const { client, recorder } = await contractClient(target, { orders: ['10001'] });
    const order = await client.orders.remove('10001', { include: ['collectionHistory'] });
    expect(order).toEqual(
      onTarget(target, spec.responseExample('removeOrder', 200), stored('10001', examples.order, { paymentStatus: 'DISAPPEARED', collectionHistory: [] })),
    );
    expect(order.paymentStatus).toBe('DISAPPEARED');
    const sent = recorder.only();
    expect(sent.url.pathname).toBe('/order/remove/10001');
    expect(sent.url.searchParams.get('includeCollectionHistory')).toBe('true');
  });

  it('sync sends the complete list and returns how many orders became LEGACY', async () => {
    // On the fake, 10003 is open and missing from the list: it is the one retired.
    const { client, recorder, fake } = await contractClient(target, { orders: ['10001', '10003'] });
    await expect(client.orders.sync(examples.openOrderNumbers, { isCompleteList: true })).resolves.toBe(
      onTarget(target, spec.responseExample('syncOrders', 200), 1),
    );
    if (fake) expect([fake.order('10001')?.paymentStatus, fake.order('10003')?.paymentStatus]).toEqual(['UNPAID', 'LEGACY']);
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/ordersync']);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.openOrderNumbers);
  });
});

describe.each(TARGETS)('Komfortkasse invoices, refunds and postings against %s', (target) => {
  it('invoices.upload sends one multipart part `file` with the PDF bytes', async () => {
    const { client, recorder, fake } = await contractClient(target, { orders: ['10001'] });
    await expect(client.invoices.upload('10001', '100072533', new TextEncoder().encode('%PDF-1.7 test'))).resolves.toBeUndefined();
    if (fake) expect(fake.invoices('10001')).toEqual([{ invoiceNumber: '100072533', filename: '100072533.pdf', contentType: 'application/pdf', size: 13 }]);
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/order/10001/invoice/100072533']);
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toContain('Content-Disposition: form-data; name="file"; filename="100072533.pdf"');
    expect(sent.body).toContain('Content-Type: application/pdf');
    expect(sent.body).toContain('%PDF-1.7 test');
  });

  it('refunds.create sends the refund with plannedDate as dd-MM-yyyy and returns it', async () => {
    const { client, recorder } = await contractClient(target, { orders: ['10001'] });
    // Noon UTC of a day 30 days ahead is that same day in Berlin.
    const planned = new Date(`${futureDay().split('-').reverse().join('-')}T12:00:00Z`);
    const refund = await client.refunds.create('10001', { ...examples.refund, plannedDate: planned });
    expect(refund).toEqual(
      onTarget(target, spec.responseExample('createRefund', 200), {
        ...examples.refund,
        id: expect.any(String),
        referenceNumber: expect.stringMatching(/^KKBT/),
        executionDate: null,
        status: 'BANKDETAILS_MISSING', // no payment yet, so no bank details
      }),
    );
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/order/10001/refund']);
    expect(JSON.parse(sent.body ?? '')).toEqual({ ...examples.refund, plannedDate: futureDay() });
  });

  it('postings.list sends the date range and filters', async () => {
    const { client, recorder, fake } = await contractClient(target, { orders: ['10001'] });
    if (fake) {
      fake.clock.set('2018-05-14T10:00:00Z');
      fake.customerPays('10001', { originator: 'Max Mustermann' });
    }
    const postings = await client.postings.list({
      createdMin: new Date('2018-05-01T12:00:00Z'),
      createdMax: '2018-06-01',
      includeOrders: true,
      iban: 'DE02120300000000202051',
    });
    expect(postings).toEqual(
      onTarget(target, spec.responseExample('readPostings', 200), [
        expect.objectContaining({
          amount: 22.38,
          currency: 'EUR',
          postingDate: '14-05-2018',
          originator: 'Max Mustermann',
          orders: [stored('10001', examples.order, { paymentStatus: 'PAID', amountPaid: 22.38 })],
        }),
      ]),
    );
    expect(Object.fromEntries(recorder.only().url.searchParams)).toEqual({
      createdMin: '01-05-2018',
      createdMax: '01-06-2018',
      includeOrders: 'true',
      iban: 'DE02120300000000202051',
    });
  });
});

describe('errors', () => {
  const ERROR_CLASSES: Record<number, typeof ApiError> = { 400: ValidationError, 401: AuthenticationError, 404: NotFoundError };

  describe('every Komfortkasse operation', () => {
    it('is reachable through the client', () => {
      expect(Object.keys(callEveryOperation).sort()).toEqual(spec.operationIds().sort());
      expect(spec.operationIds()).toHaveLength(13);
    });

    const cases = spec.operationIds().flatMap((operationId) =>
      spec
        .statuses(operationId)
        .filter((status) => status >= 400)
        .map((status) => [operationId, status] as const),
    );

    it.each(cases)('%s: a documented %i arrives as its error class with the example body (Prism)', async (operationId, status) => {
      const { client } = mockClient();
      const call = callEveryOperation[operationId];
      if (!call) throw new Error(`no call for ${operationId}`);
      const error = await call(client, prefer(status)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ERROR_CLASSES[status]);
      expect(error).toMatchObject({ status, operation: operationId, body: spec.responseExample(operationId, status) });
    });

    it.each(cases)('%s: a documented %i arrives as its error class with the API error body (fake, status planned)', async (operationId, status) => {
      const { client, fake } = await fakeClient({ orders: ['10001'] });
      fake.failNext({ status }, { operation: operationId as never });
      const call = callEveryOperation[operationId];
      if (!call) throw new Error(`no call for ${operationId}`);
      const error = await call(client, { headers: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ERROR_CLASSES[status]);
      expect(error).toMatchObject({ status, operation: operationId, body: { error: expect.any(String) } });
      expect(fake.calls.at(-1)).toMatchObject({ operationId, outcome: status });
    });
  });

  describe('requests the spec rejects', () => {
    it('an order with an unknown payment type is refused before sending, naming the field and the allowed values', async () => {
      const { client, recorder } = mockClient();
      const error = await client.orders.submit('10001', { ...examples.order, type: 'BARTER' as never }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ argument: 'order.type', issues: [{ argument: 'order.type', rule: 'enum', path: ['body', 'type'] }] });
      expect((error as Error).message).toMatch(/`order\.type` must be one of: INVOICE, PREPAYMENT, COD, OTHER \(got "BARTER"\)/);
      expect(recorder.requests).toHaveLength(0);
    });

    it('with validateRequests off, the same order reaches the mock, which rejects it as a ValidationError', async () => {
      const { client, recorder } = mockClient({ validateRequests: false });
      const error = await client.orders.submit('10001', { ...examples.order, type: 'BARTER' as never }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).status).toBe(400);
      expect(JSON.parse(recorder.only().body ?? '').type).toBe('BARTER');
    });

    it('with validateRequests off, the fake rejects it in the API shape naming the field, and stores nothing', async () => {
      const { client, recorder, fake } = await fakeClient({}, { validateRequests: false });
      const error = await client.orders.submit('10001', { ...examples.order, type: 'BARTER' as never }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).body).toEqual({ error: 'Invalid request: type must be one of: INVOICE, PREPAYMENT, COD, OTHER (got "BARTER")' });
      expect((error as Error).message).toContain('type must be one of: INVOICE, PREPAYMENT, COD, OTHER');
      expect(JSON.parse(recorder.only().body ?? '').type).toBe('BARTER');
      expect(fake.order('10001')).toBeUndefined();
    });
  });

  describe.each(TARGETS)('authentication against %s', (target) => {
    it('a request that reaches the API without the key gets an AuthenticationError', async () => {
      const { client, recorder } = await contractClient(
        target,
        {},
        {
          middleware: [{ onRequest: ({ request }) => (request.headers.delete('X-Komfortkasse-API-Key'), request) }],
        },
      );
      const error = await client.orders.get('10001').catch((e: unknown) => e);
      expect(recorder.only().headers.has('x-komfortkasse-api-key')).toBe(false);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, body: { error: 'API Key missing' } });
    });
  });

  describe('authentication', () => {
    it('a client without an API key is refused before anything is sent', () => {
      expect(() => new Komfortkasse({ apiKey: '' })).toThrow(InvalidArgumentError);
      expect(() => new Komfortkasse({} as never)).toThrow(/apiKey/);
    });

    it('the fake refuses a wrong key with a 401 in the API shape', async () => {
      const { client, fake } = await fakeClient({}, { apiKey: `${API_KEY}-wrong` });
      const error = await client.orders.get('10001').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, body: { error: 'Invalid API key' } });
      expect(fake.calls).toHaveLength(1);
    });
  });

  describe('arguments refused before sending', () => {
    it.each([
      ['empty order number', (c: Komfortkasse) => c.orders.get(''), 'orderNumber'],
      ['dot-dot order number', (c: Komfortkasse) => c.orders.get('..'), 'orderNumber'],
      ['impossible date', (c: Komfortkasse) => c.orders.submit('1', { ...examples.order, date: '31-02-2026' }), 'order.date'],
      ['invalid Date', (c: Komfortkasse) => c.orders.submit('1', { ...examples.order, date: new Date('x') }), 'order.date'],
      ['NaN amount', (c: Komfortkasse) => c.orders.submit('1', { ...examples.order, amount: Number.NaN }), 'order.amount'],
      ['Infinity refund', (c: Komfortkasse) => c.refunds.create('1', { ...examples.refund, amount: Infinity }), 'refund.amount'],
      ['bulk order without number', (c: Komfortkasse) => c.orders.submitMany([{ ...examples.order } as never]), 'orders[0].number'],
      ['unknown include', (c: Komfortkasse) => c.orders.remove('1', { include: ['bogus' as never] }), 'include[0]'],
      ['sync without acknowledgement', (c: Komfortkasse) => c.orders.sync(['1'], {} as never), 'options.isCompleteList'],
      ['sync of an empty list', (c: Komfortkasse) => c.orders.sync([], { isCompleteList: true }), 'orderNumbers'],
      ['empty invoice file', (c: Komfortkasse) => c.invoices.upload('1', '2', new Uint8Array()), 'file'],
    ])('%s', async (_, call, argument) => {
      const { client, recorder } = mockClient();
      const error = await call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
      expect(recorder.requests).toHaveLength(0);
    });
  });
});

describe('real-world requests', () => {
  // What an independent client sends that the reference pages do not show, accepted by the spec because it is
  // harmless (specs/komfortkasse/DIFFERENCES.md). Each case is sent to the Prism mock, which validates the request.
  describe('Komfortkasse: what independent clients send beyond the reference pages', () => {
    it('get sends the include flags that komfortkasse-php sends on Get Order Details, and returns the order', async () => {
      const { client, recorder } = mockClient();
      // oscar-team/komfortkasse-php, src/Requests/GetOrderDetails.php: includePostings, includeCollectionHistory,
      // includePaymentReminders as query parameters of GET /v2/order/{orderNumber}.
      const order = await client.orders.get('10001', { include: ['postings', 'collectionHistory', 'paymentReminders'] });
      expect(order).toEqual(spec.responseExample('getOrder', 200));
      const sent = recorder.only();
      expect([sent.method, sent.url.pathname, sent.body]).toEqual(['GET', '/order/10001', undefined]);
      expect(Object.fromEntries(sent.url.searchParams)).toEqual({
        includePostings: 'true',
        includeCollectionHistory: 'true',
        includePaymentReminders: 'true',
      });
    });

    it('get also takes includeRefunds, the fourth flag of the family', async () => {
      const { client, recorder } = mockClient();
      await expect(client.orders.get('10001', { include: ['refunds'] })).resolves.toEqual(spec.responseExample('getOrder', 200));
      expect(recorder.only().url.search).toBe('?includeRefunds=true');
    });

    it('get refuses an include option that is not a documented list, before sending', async () => {
      const { client, recorder } = mockClient();
      await expect(client.orders.get('10001', { include: ['everything' as never] })).rejects.toThrow(/include\[0\]/);
      expect(recorder.requests).toHaveLength(0);
    });
  });
});

describe('bulk submission', () => {
  const MAX_REQUESTS = 200;

  interface BulkServerOptions {
    delayMs?: number;
    /** A batch holding one of these order numbers is answered 400. */
    failNumbers?: string[];
  }

  /** A local Komfortkasse stand-in for POST /orders and POST /ordersync that records every call. */
  async function startBulkServer(options: BulkServerOptions = {}) {
    const batches: string[][] = [];
    const syncs: string[][] = [];
    const concurrency = { now: 0, max: 0 };
    const server = await startTestServer(async ({ url, text }) => {
      const body = JSON.parse(text || 'null');
      if (batches.length + syncs.length >= MAX_REQUESTS) return { status: 429, body: { error: 'test server: too many requests' } };
      if (url.pathname === '/ordersync') {
        syncs.push(body);
        return { body: 3 };
      }
      const numbers = (body as { number: string }[]).map((order) => order.number);
      batches.push(numbers);
      concurrency.now++;
      concurrency.max = Math.max(concurrency.max, concurrency.now);
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 5));
      concurrency.now--;
      if (numbers.some((number) => options.failNumbers?.includes(number))) return { status: 400, body: { error: 'Invalid request' } };
      return { body: (body as object[]).map((order) => ({ ...order, paymentStatus: 'UNPAID' })) };
    });
    return { url: server.url, batches, syncs, concurrency, close: () => server.close() };
  }

  let server: Awaited<ReturnType<typeof startBulkServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(options?: BulkServerOptions) {
    server = await startBulkServer(options);
    return { client: new Komfortkasse({ apiKey: 'test-api-key-123', baseUrl: server.url, maxRetries: 0 }), server };
  }

  const number = (index: number) => `K-${String(index).padStart(5, '0')}`;
  const order = (index: number): BulkOrderSubmission => ({
    number: number(index),
    date: '01-11-2026',
    type: 'INVOICE',
    amount: 10 + index / 100,
    currency: 'EUR',
    billing: { lastName: 'Mustermann', countryCode: 'DE' },
  });
  const orders = (count: number) => Array.from({ length: count }, (_, index) => order(index));
  const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => number(from + index));

  async function* slowly(items: BulkOrderSubmission[], read: { count: number }) {
    for (const item of items) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      read.count++;
      yield item;
    }
  }

  describe('orders.submitAll', () => {
    it('sends calls of at most 100 orders, two at a time, and reports every batch with the stored orders', async () => {
      const { client, server } = await serve({ delayMs: 30 });
      const result = await client.orders.submitAll(orders(450));
      expect(server.batches.map((batch) => batch.length)).toEqual([100, 100, 100, 100, 50]);
      expect(server.batches.flat().sort()).toEqual(numbers(0, 450));
      expect(server.concurrency.max).toBe(2);
      expect(result.submittedCount).toBe(450);
      expect(result.failed).toEqual([]);
      expect(result.orderNumbers).toEqual(numbers(0, 450));
      expect(result.batches.map((batch) => batch.index)).toEqual([0, 1, 2, 3, 4]);
      const last = result.batches[4];
      expect(last?.ok && last.orders.map((stored) => stored.number)).toEqual(numbers(400, 450));
      expect(last?.ok && last.orders[0]?.paymentStatus).toBe('UNPAID');
    });

    it('follows batchSize and concurrency', async () => {
      const { client, server } = await serve({ delayMs: 30 });
      await client.orders.submitAll(orders(40), { batchSize: 5, concurrency: 4 });
      expect(server.batches).toHaveLength(8);
      expect(server.batches.every((batch) => batch.length === 5)).toBe(true);
      expect(server.concurrency.max).toBe(4);
    });

    it('reports a failed batch with its error and orders, and goes on with the others', async () => {
      const { client, server } = await serve({ failNumbers: [number(150)] });
      const progress: SubmitAllProgress[] = [];
      const result = await client.orders.submitAll(orders(300), { onProgress: (report) => progress.push(report) });
      expect(server.batches).toHaveLength(3);
      expect(result.submittedCount).toBe(200);
      expect(result.failedCount).toBe(100);
      expect(result.failed).toHaveLength(1);
      const [failed] = result.failed;
      expect(failed?.index).toBe(1);
      expect(failed?.error).toBeInstanceOf(ValidationError);
      expect(failed?.orderNumbers).toEqual(numbers(100, 200));
      expect(failed?.submissions.map((submission) => submission.number)).toEqual(numbers(100, 200));
      expect(progress.map((report) => report.batchesDone)).toEqual([1, 2, 3]);
      expect(progress.at(-1)).toMatchObject({ submittedCount: 200, failedCount: 100 });
    });

    it('checks a whole list before sending anything', async () => {
      const { client, server } = await serve();
      const bad = orders(250);
      bad[170] = { ...order(170), amount: Number.NaN };
      await expect(client.orders.submitAll(bad)).rejects.toMatchObject({ name: 'InvalidArgumentError', argument: 'orders[170].amount' });
      const repeated = [...orders(120), order(7)];
      await expect(client.orders.submitAll(repeated)).rejects.toMatchObject({ argument: 'orders[120].number' });
      expect(server.batches).toHaveLength(0);
    });

    it('refuses batches above the documented 100, and bad options, before sending anything', async () => {
      const { client, server } = await serve();
      for (const options of [{ batchSize: 101 }, { batchSize: 0 }, { concurrency: 0 }, { concurrency: 1.5 }]) {
        await expect(client.orders.submitAll(orders(3), options)).rejects.toBeInstanceOf(InvalidArgumentError);
      }
      await expect(client.orders.submitAll('orders' as never)).rejects.toMatchObject({ argument: 'orders' });
      expect(server.batches).toHaveLength(0);
    });

    it('reads an async iterable as batches are needed, not all at once', async () => {
      const { client, server } = await serve({ delayMs: 40 });
      const read = { count: 0 };
      const readWhenFirstArrived: number[] = [];
      const result = await client.orders.submitAll(slowly(orders(100), read), {
        batchSize: 10,
        concurrency: 1,
        onProgress: () => readWhenFirstArrived.push(read.count),
      });
      expect(result.submittedCount).toBe(100);
      expect(server.batches.flat()).toEqual(numbers(0, 100));
      // When the first batch settled, at most the next batch had been read.
      expect(readWhenFirstArrived[0]).toBeLessThanOrEqual(20);
    });

    it('fails only the batch of a bad order from an iterable, without sending it', async () => {
      const { client, server } = await serve();
      const items = orders(30);
      items[14] = { ...order(14), currency: undefined as never, number: 42 as never };
      const result = await client.orders.submitAll(items.values(), { batchSize: 10 });
      expect(server.batches.flat()).toEqual([...numbers(0, 10), ...numbers(20, 30)].sort());
      expect(result.failed.map((batch) => batch.index)).toEqual([1]);
      // The spec's check of the batch's body refuses it before sending.
      expect(result.failed[0]?.error).toBeInstanceOf(RequestValidationError);
      expect(result.failed[0]?.submissions).toHaveLength(10);
    });

    it('stops starting batches when aborted, aborts those in flight, and throws AbortError', async () => {
      const { client, server } = await serve({ delayMs: 50 });
      const controller = new AbortController();
      const run = client.orders.submitAll(orders(1_000), {
        batchSize: 10,
        signal: controller.signal,
        onProgress: ({ batchesDone }) => batchesDone === 3 && controller.abort(),
      });
      await expect(run).rejects.toBeInstanceOf(AbortError);
      expect(server.batches.length).toBeLessThanOrEqual(5);
      const sent = server.batches.length;
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(server.batches).toHaveLength(sent);
    });
  });

  describe('orders.submitAllAndSync', () => {
    it('submits every open order, then syncs with the complete list of their numbers', async () => {
      const { client, server } = await serve();
      const result = await client.orders.submitAllAndSync(orders(230), { isCompleteList: true });
      expect(server.batches.flat().sort()).toEqual(numbers(0, 230));
      expect(server.syncs).toEqual([numbers(0, 230)]);
      expect(result.legacyCount).toBe(3);
      expect(result.submittedCount).toBe(230);
    });

    it('refuses to sync when a batch failed, and says which', async () => {
      const { client, server } = await serve({ failNumbers: [number(205)] });
      const error = await client.orders.submitAllAndSync(orders(230), { isCompleteList: true }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncRefusedError);
      expect((error as SyncRefusedError).message).toMatch(/30 orders in 1 batch failed to submit, so the sync was not sent/);
      expect((error as SyncRefusedError).result.failed[0]?.orderNumbers).toEqual(numbers(200, 230));
      expect(server.batches).toHaveLength(3);
      expect(server.syncs).toEqual([]);
    });

    it('requires isCompleteList: true before sending anything', async () => {
      const { client, server } = await serve();
      await expect(client.orders.submitAllAndSync(orders(3), {} as never)).rejects.toMatchObject({ argument: 'options.isCompleteList' });
      expect(server.batches).toHaveLength(0);
    });
  });
});

describe('withResponse', () => {
  const ORDER = spec.responseExample('getOrder', 200);

  function clientAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
    return new Komfortkasse({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9/api/v2',
      maxRetries: 0,
      fetch: async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }),
    });
  }

  describe('.withResponse(): the data with the raw answer of a success', () => {
    it('every method returns an ApiPromise that awaits to the data as before', async () => {
      const call = clientAnswering(200, ORDER).orders.get('10001');
      expect(call).toBeInstanceOf(ApiPromise);
      expect(call).toBeInstanceOf(Promise);
      await expect(call).resolves.toEqual(ORDER);
    });

    it('withResponse() gives the data, the response with its headers, the request id and the attempts', async () => {
      const client = clientAnswering(200, ORDER, { 'x-request-id': 'req-7', 'x-ratelimit-remaining': '99' });
      const { data, response, requestId, attempts } = await client.orders.get('10001').withResponse();
      expect(data).toEqual(ORDER);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-remaining')).toBe('99');
      expect([requestId, attempts]).toEqual(['req-7', 1]);
    });

    it('then/catch/finally return plain promises, as a native promise would', async () => {
      const chained = clientAnswering(200, ORDER)
        .orders.get('10001')
        .then((order) => order.number);
      expect(chained).not.toBeInstanceOf(ApiPromise);
      await expect(chained).resolves.toBe((ORDER as { number: string }).number);
    });

    it('a failed call rejects withResponse() with the same typed error, and leaves no unhandled rejection behind', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown) => unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        const call = clientAnswering(404, { error: 'order not found' }).orders.get('10001');
        await expect(call.withResponse()).rejects.toBeInstanceOf(NotFoundError);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(unhandled).toEqual([]);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });

    it('a call refused before sending rejects (it does not throw synchronously)', async () => {
      const call = clientAnswering(200, ORDER).orders.get('10001', { nonsense: true } as never);
      expect(call).toBeInstanceOf(ApiPromise);
      await expect(call).rejects.toThrow(/options\.nonsense/);
    });
  });
});

describe('response validation', () => {
  const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;

  /** A client whose server answers every call with `body` (status 200, JSON), and what it logged. */
  function clientAnswering(body: unknown, options: Partial<KomfortkasseOptions> = {}) {
    const warnings: { message: string; details: unknown }[] = [];
    const reports: ValidationReport[] = [];
    const client = new Komfortkasse({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9/api/v2',
      maxRetries: 0,
      fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' } }),
      logger: { warn: (message, details) => warnings.push({ message, details }) },
      onValidationIssue: (report) => reports.push(report),
      ...options,
    });
    return { client, warnings, reports };
  }

  describe('responses are checked against the spec', () => {
    it('the spec example passes without a report', async () => {
      const { client, warnings, reports } = clientAnswering(ORDER);
      await expect(client.orders.get('10001')).resolves.toEqual(ORDER);
      expect(warnings).toEqual([]);
      expect(reports).toEqual([]);
    });

    it.each([
      ['a 200 carrying an error body', { error: 'Invalid API key' }, ['body', 'number'], 'required'],
      ['an amount sent as text', { ...ORDER, amount: '22.38' }, ['body', 'amount'], 'type'],
      ['an unknown payment status', { ...ORDER, paymentStatus: 'PAYED' }, ['body', 'paymentStatus'], 'enum'],
      ['an order without number', { ...ORDER, number: undefined }, ['body', 'number'], 'required'],
    ])("'warn' (the default): %s resolves and is reported", async (_, body, path, rule) => {
      const { client, warnings, reports } = clientAnswering(body);
      await expect(client.orders.get('10001')).resolves.toEqual(JSON.parse(JSON.stringify(body)));
      expect(reports.map((report) => report.issue)).toContainEqual(expect.objectContaining({ path, rule }));
      expect(reports[0]).toMatchObject({ operation: 'getOrder', status: 200, requestId: 'req-42' });
      expect(warnings.length).toBe(reports.length);
      expect(warnings[0]?.message).toMatch(/^getOrder: the 200 response breaks the spec at body\./);
    });

    it('orders.list answered with an object is reported as not a list', async () => {
      const { client, reports } = clientAnswering(ORDER);
      await client.orders.list();
      expect(reports).toEqual([expect.objectContaining({ operation: 'readOrders', issue: expect.objectContaining({ path: ['body'], rule: 'type' }) })]);
    });

    it("'warn' reports each kind of drift once per operation, path and rule, however often it comes", async () => {
      const { client, warnings, reports } = clientAnswering({ ...ORDER, paymentStatus: 'PAYED', amount: 'x' });
      for (let call = 0; call < 5; call++) await client.orders.get('10001');
      expect(reports.map((report) => `${report.issue.path.join('.')}:${report.issue.rule}`).sort()).toEqual(['body.amount:type', 'body.paymentStatus:enum']);
      expect(warnings).toHaveLength(2);
      // Another operation with the same drift is another kind.
      await client.orders.cancel('10001');
      expect(reports).toHaveLength(4);
    });

    it("'strict' throws ResponseValidationError with the issues, status, operation and request id", async () => {
      const { client } = clientAnswering({ ...ORDER, paymentStatus: 'PAYED' }, { validateResponses: 'strict' });
      const error = await client.orders.get('10001').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error).toMatchObject({ status: 200, operation: 'getOrder', requestId: 'req-42', issues: [{ path: ['body', 'paymentStatus'], rule: 'enum' }] });
      expect((error as Error).message).toContain('`body.paymentStatus` must be one of: UNPAID');
    });

    it("the per-call option overrides the client's: 'strict' for one call, 'off' for another", async () => {
      const { client, reports } = clientAnswering({ ...ORDER, paymentStatus: 'PAYED' });
      await expect(client.orders.get('1', { validateResponses: 'strict' })).rejects.toBeInstanceOf(ResponseValidationError);
      await client.orders.get('1', { validateResponses: 'off' });
      expect(reports).toEqual([]);
      await client.orders.get('1');
      expect(reports).toHaveLength(1);
    });

    it("'off' checks nothing", async () => {
      const { client, warnings, reports } = clientAnswering({ error: 'nope' }, { validateResponses: 'off' });
      await client.orders.get('10001');
      expect([warnings, reports]).toEqual([[], []]);
    });

    it('an unknown mode is refused when the client is built', () => {
      expect(() => new Komfortkasse({ apiKey: API_KEY, validateResponses: 'loud' as never })).toThrow(/validateResponses/);
    });

    it('reports and errors never carry the API key, even when the server echoes it in a drifting field', async () => {
      const echo = { ...ORDER, paymentStatus: `bad ${API_KEY}` };
      const { client, warnings, reports } = clientAnswering(echo);
      await client.orders.get('10001');
      const { client: strict } = clientAnswering(echo, { validateResponses: 'strict' });
      const error = await strict.orders.get('10001').catch((e: unknown) => e);
      const printed = JSON.stringify([warnings, reports, error, String(error), (error as Error).message]);
      expect(reports[0]?.sample).toBe('bad [REDACTED]');
      expect(printed).not.toContain(API_KEY);
    });

    it('orders.list of 10,000 orders each lacking date, type and billing: one report per kind, each counting 10,000', async () => {
      const { date, type, billing, ...drifting } = ORDER;
      const { client, warnings, reports } = clientAnswering(Array.from({ length: 10_000 }, () => drifting));
      await client.orders.list();
      expect(reports.map((report) => [report.issue.path.join('.'), report.issue.rule, report.count])).toEqual([
        ['body.0.date', 'required', 10_000],
        ['body.0.type', 'required', 10_000],
        ['body.0.billing', 'required', 10_000],
      ]);
      expect(warnings[0]?.message).toContain('9999 more places in this answer break it the same way');
    });

    it('the same rule in one schema used at two places is two kinds: billing and shipping addresses without a name', async () => {
      const address = { countryCode: 'DE' };
      const { client, reports } = clientAnswering(Array.from({ length: 100 }, () => ({ ...ORDER, billing: address, shipping: address })));
      await client.orders.list();
      expect(reports.map((report) => [report.issue.path.join('.'), report.issue.message, report.count])).toEqual([
        ['body.0.billing', 'needs at least one of: lastName, company', 100],
        ['body.0.shipping', 'needs at least one of: lastName, company', 100],
      ]);
    });

    it('after 10,000 drifting orders a new kind of drift is still reported, and the old kind is not again', async () => {
      const { date, ...withoutDate } = ORDER;
      let body: unknown = Array.from({ length: 10_000 }, () => withoutDate);
      const { client, reports } = clientAnswering(undefined, {
        fetch: async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
      });
      await client.orders.list();
      await client.orders.list();
      body = [{ ...ORDER, paymentStatus: 'PAYED' }];
      await client.orders.list();
      expect(reports.map((report) => `${report.issue.path.join('.')}:${report.issue.rule}:${report.count}`)).toEqual([
        'body.0.date:required:10000',
        'body.0.paymentStatus:enum:1',
      ]);
    });

    it("'strict' keeps the first 100 of 30,000 issues and counts the rest", async () => {
      const { date, type, billing, ...drifting } = ORDER;
      const { client } = clientAnswering(
        Array.from({ length: 10_000 }, () => drifting),
        { validateResponses: 'strict' },
      );
      const error = (await client.orders.list().catch((e: unknown) => e)) as ResponseValidationError;
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect([error.issues.length, error.omittedIssues]).toEqual([100, 29_900]);
      expect(error.message).toMatch(/; and 29997 more$/);
    });

    it('a callback that throws does not turn an answered call into a failure', async () => {
      const { client } = clientAnswering(
        { ...ORDER, amount: 'x' },
        {
          onValidationIssue: () => {
            throw new Error('callback failed');
          },
        },
      );
      await expect(client.orders.get('10001')).resolves.toMatchObject({ amount: 'x' });
    });
  });
});
