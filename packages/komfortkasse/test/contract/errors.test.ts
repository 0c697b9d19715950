import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  InvalidArgumentError,
  Komfortkasse,
  NotFoundError,
  RequestValidationError,
  ValidationError,
} from '../../src/index.js';
import { API_KEY, TARGETS, callEveryOperation, contractClient, examples, fakeClient, mockClient, prefer, spec } from './mock-client.js';

const ERROR_CLASSES: Record<number, typeof ApiError> = { 400: ValidationError, 401: AuthenticationError, 404: NotFoundError };

describe('every Komfortkasse operation', () => {
  it('is reachable through the client', () => {
    expect(Object.keys(callEveryOperation).sort()).toEqual(spec.operationIds().sort());
    expect(spec.operationIds()).toHaveLength(13);
  });

  const cases = spec.operationIds().flatMap((operationId) =>
    spec.statuses(operationId).filter((status) => status >= 400).map((status) => [operationId, status] as const),
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
    const { client, recorder } = await contractClient(target, {}, {
      middleware: [{ onRequest: ({ request }) => (request.headers.delete('X-Komfortkasse-API-Key'), request) }],
    });
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
