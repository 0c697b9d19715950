import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  InvalidArgumentError,
  InvalidResponseError,
  IomOrders,
  ORDER_MEDIA_TYPE,
  NotFoundError,
  PermissionError,
  RequestValidationError,
  ServerError,
  ValidationError,
} from '../../src/index.js';
import { PASSWORD, TARGETS, USERNAME, callEveryOperation, contractClient, examples, fakeClient, mockClient, prefer, spec } from './mock-client.js';

// 406 and 415 have no class of their own: they arrive as the base ApiError.
const ERROR_CLASSES: Record<number, typeof ApiError> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  406: ApiError,
  415: ApiError,
  500: ServerError,
};

describe('every IOM operation', () => {
  const cases = spec.operationIds().flatMap((operationId) =>
    spec.statuses(operationId).filter((status) => status >= 400).map((status) => [operationId, status] as const),
  );

  it('is reachable through the client', () => {
    expect(Object.keys(callEveryOperation).sort()).toEqual(spec.operationIds().sort());
    expect(spec.operationIds()).toHaveLength(7);
  });

  it('has an error class for exactly the statuses the spec documents', () => {
    const documented = [...new Set(cases.map(([, status]) => status))].sort();
    expect(documented).toEqual(Object.keys(ERROR_CLASSES).map(Number).sort());
  });

  it.each(cases)('%s: a documented %i arrives as its error class (fake, status planned)', async (operationId, status) => {
    const { client, fake } = await fakeClient({ changeRequest: true });
    fake.failNext({ status }, { operation: operationId as never });
    const call = callEveryOperation[operationId];
    if (!call) throw new Error(`no call for ${operationId}`);
    const error = await call(client, { headers: {} }).catch((e: unknown) => e);
    expect((error as object).constructor).toBe(ERROR_CLASSES[status]);
    expect(error).toMatchObject({ status, operation: operationId, attempts: 1 });
    if (status === 400) expect((error as ValidationError).details).toEqual([{ code: 'VALIDATION_EXCEPTION', message: 'Request rejected (fault planned by the test).' }]);
    expect(fake.calls.at(-1)).toMatchObject({ operationId, outcome: status });
  });

  it.each(cases)('%s: a documented %i arrives as its error class (Prism)', async (operationId, status) => {
    const { client } = mockClient();
    const call = callEveryOperation[operationId];
    if (!call) throw new Error(`no call for ${operationId}`);
    const error = await call(client, prefer(status)).catch((e: unknown) => e);
    expect((error as object).constructor).toBe(ERROR_CLASSES[status]);
    expect(error).toMatchObject({ status, operation: operationId, attempts: 1 });
    if (status === 400) {
      const report = spec.responseExample(operationId, 400) as { errors: unknown[] };
      expect(error).toMatchObject({ body: report, details: report.errors });
      expect((error as ValidationError).details.length).toBeGreaterThan(0);
    }
  });
});

describe('requests the spec rejects', () => {
  const packstation = examples.b2cOrder.shippingBuckets[0]?.shippingAddress.location;
  const order = { ...examples.b2cOrder, invoiceAddress: { ...examples.b2cOrder.invoiceAddress, location: packstation } };

  it('an order whose invoice address is a Packstation is refused before sending, naming the variants allowed', async () => {
    const { client, recorder } = mockClient();
    const error = await client.orders.create(order as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ argument: 'order.invoiceAddress.location.type', issues: [{ rule: 'enum' }] });
    expect((error as Error).message).toContain(
      '`order.invoiceAddress.location.type` must be one of: AddressLocationStreet, AddressLocationPOBox (got "AddressLocationPackstation")',
    );
    expect(recorder.requests).toHaveLength(0);
  });

  it('with validateRequests off, the mock refuses the same order as a ValidationError', async () => {
    const { client } = mockClient({ validateRequests: false });
    const error = await client.orders.create(order as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(400);
    // Prism names what it rejected in this header; the body is the spec's first 400 example.
    expect((error as ValidationError).headers.get('sl-violations')).toContain('invoiceAddress.location');
    // ...and the client puts it first in the message and the details.
    expect((error as ValidationError).message).toMatch(/^createOrder failed with 400: sl-violations request\.body\.invoiceAddress\.location/);
    expect((error as ValidationError).details[0]).toMatchObject({ code: 'sl-violations', message: expect.stringContaining('invoiceAddress.location') });
  });

  it('with validateRequests off, the fake refuses it with an ErrorReport naming the attribute, and stores nothing', async () => {
    const { client, fake } = await fakeClient({}, { validateRequests: false });
    const error = await client.orders.create(order as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([
      {
        code: 'VALIDATION_EXCEPTION',
        message: "Attribute 'invoiceAddress.location.type' must be one of: AddressLocationStreet, AddressLocationPOBox (got \"AddressLocationPackstation\").",
        value: { path: 'invoiceAddress.location.type', rule: 'enum', received: 'AddressLocationPackstation' },
      },
    ]);
    expect(fake.order(examples.b2cOrder.shopOrderNumber)).toBeUndefined();
  });
});

describe.each(TARGETS)('authentication against %s', (target) => {
  it('a request that reaches the API without the Authorization header gets an AuthenticationError', async () => {
    const { client, recorder } = await contractClient(target, {}, {
      middleware: [{ onRequest: ({ request }) => (request.headers.delete('Authorization'), request) }],
    });
    const error = await client.orders.get('B2B-2024-000731').catch((e: unknown) => e);
    expect(recorder.only().headers.has('authorization')).toBe(false);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
  });

  it('neither log lines nor errors carry the password or the Basic credentials', async () => {
    const lines: string[] = [];
    const log = (message: string, details?: Record<string, unknown>) => lines.push(message + JSON.stringify(details ?? {}));
    const basicCredentials = btoa(`${USERNAME}:${PASSWORD}`);
    // Echo the secrets in headers that are logged (Authorization itself is hidden by name), so only redaction by value hides them.
    const echoes = { 'X-Echo-Plain': PASSWORD, 'X-Echo-Basic': basicCredentials };
    const { client } = await contractClient(target, {}, { logger: { debug: log, warn: log }, headers: echoes });
    // Prism is asked for its 404; the fake has no such order.
    const error = await client.orders.get('B2B-2024-000731', target === 'prism' ? prefer(404) : undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const seen = [...lines, String(error), JSON.stringify(error)].join('\n');
    expect(seen).not.toContain(PASSWORD);
    expect(seen).toContain('x-echo-plain');
    expect(seen).toContain('x-echo-basic');
    expect(seen).not.toContain(basicCredentials.replace(/=+$/, ''));
  });
});

describe('authentication', () => {
  it('a client without usable credentials is refused before anything is sent', () => {
    const baseUrl = 'http://localhost:8080/rest/order-service';
    expect(() => new IomOrders({ baseUrl } as never)).toThrow(InvalidArgumentError);
    expect(() => new IomOrders({ baseUrl } as never)).toThrow(/`auth`/);
    expect(() => new IomOrders({ baseUrl, auth: { username: USERNAME, password: '' } })).toThrow(/auth\.password/);
    expect(() => new IomOrders({ baseUrl, auth: { token: ' ' } })).toThrow(/auth\.token/);
    expect(() => new IomOrders({ baseUrl, auth: { token: 't0ken', username: USERNAME } as never })).toThrow(InvalidArgumentError);
  });
});

describe('responses the client cannot use', () => {
  // Not reconciled, to see the error the create itself reports.
  const created = (init: ResponseInit, body: string | null = null) => {
    const client = new IomOrders({
      baseUrl: 'http://iom.test/rest/order-service',
      auth: { username: USERNAME, password: PASSWORD },
      shopId: 1000,
      fetch: async () => new Response(body, init),
      reconcile: false,
    });
    return client.orders.create(examples.b2bOrder);
  };

  it('reconciled (the default), a 201 without a Location is read back by its shop order number', async () => {
    const sent: string[] = [];
    const client = new IomOrders({
      baseUrl: 'http://iom.test/rest/order-service',
      auth: { username: USERNAME, password: PASSWORD },
      shopId: 1000,
      fetch: async (url, init) => {
        sent.push(`${init.method} ${url}`);
        return init.method === 'POST' ? new Response(null, { status: 201 }) : Response.json(examples.b2bOrder, { headers: { 'content-type': ORDER_MEDIA_TYPE } });
      },
    });
    const url = `http://iom.test/rest/order-service/shops/1000/orders/${examples.b2bOrder.shopOrderNumber}`;
    await expect(client.orders.create(examples.b2bOrder)).resolves.toEqual({ location: url, shopOrderNumber: examples.b2bOrder.shopOrderNumber, reconciled: true });
    expect(sent).toEqual(['POST http://iom.test/rest/order-service/shops/1000/orders', `GET ${url}`]);
  });

  it('a 201 without a Location is an InvalidResponseError', async () => {
    const error = await created({ status: 201 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ operation: 'createOrder', status: 201, request: { method: 'POST', url: 'http://iom.test/rest/order-service/shops/1000/orders' } });
    expect((error as Error).message).toBe('createOrder: the server created it (201) but answered with no Location header');
  });

  it('a 201 whose Location names no order is an InvalidResponseError', async () => {
    const error = await created({ status: 201, headers: { Location: '/rest/order-service/shops/1000' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('"/rest/order-service/shops/1000"');
  });

  it('a relative Location is read against the request URL, and a body the spec does not document is ignored', async () => {
    const response = { status: 201, headers: { Location: 'orders/B2B-2024-000731', 'Content-Type': 'text/plain' } };
    await expect(created(response, 'Created')).resolves.toEqual({ location: 'orders/B2B-2024-000731', shopOrderNumber: 'B2B-2024-000731' });
  });
});

describe('arguments refused before sending', () => {
  it.each([
    ['empty order number', (c: IomOrders) => c.orders.get(''), 'shopOrderNumber'],
    ['dot-dot order number', (c: IomOrders) => c.changeRequests.list('..'), 'shopOrderNumber'],
    ['dot change request ID', (c: IomOrders) => c.changeRequests.get('B2B-2024-000731', '.'), 'changeRequestId'],
    ['non-numeric shop ID', (c: IomOrders) => c.orders.get('B2B-2024-000731', { shopId: 'shop-1' }), 'shopId'],
    ['fractional shop ID', (c: IomOrders) => c.orderStates.search({ shopId: 1.5 }), 'shopId'],
    ['order that is no object', (c: IomOrders) => c.orders.create([] as never), 'order'],
    ['change request that is no object', (c: IomOrders) => c.changeRequests.create('B2B-2024-000731', null as never), 'request'],
    ['excludes that is no list', (c: IomOrders) => c.changeRequests.get('B2B-2024-000731', 'CR-1', { excludes: 'changeRequest' as never }), 'excludes'],
    ['negative offset', (c: IomOrders) => c.orderStates.search({ offset: -1 }), 'offset'],
    ['fractional offset', (c: IomOrders) => c.orderStates.search({ offset: 2.5 }), 'offset'],
    ['zero limit', (c: IomOrders) => c.orderStates.search({ limit: 0 }), 'limit'],
    ['invalid Date', (c: IomOrders) => c.orderStates.search({ createdFrom: new Date('soon') }), 'createdFrom'],
    ['impossible day', (c: IomOrders) => c.orderStates.search({ createdTo: '2024-02-30' }), 'createdTo'],
    ['empty status list', (c: IomOrders) => c.orderStates.search({ statuses: [] }), 'statuses'],
    ['blank e-mail', (c: IomOrders) => c.orderStates.search({ emails: ['a@example.com', ' '] }), 'emails[1]'],
    ['bad filter in iterate', (c: IomOrders) => c.orderStates.iterate({ limit: 0 }).next(), 'limit'],
  ])('%s', async (_, call, argument) => {
    const { client, recorder } = mockClient();
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(recorder.requests).toHaveLength(0);
  });

  it('a call without a shop ID on the client or the call is refused', async () => {
    const { client, recorder } = mockClient({ shopId: undefined });
    const error = await client.orders.get('B2B-2024-000731').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('shopId');
    expect(recorder.requests).toHaveLength(0);
  });
});
