import { afterEach, describe, expect, it } from 'vitest';
import {
  ACCEPT,
  ApiError,
  AuthenticationError,
  InvalidArgumentError,
  InvalidResponseError,
  IomOrders,
  NotFoundError,
  ORDER_MEDIA_TYPE,
  type OrderInput,
  type OrderState,
  PermissionError,
  RequestValidationError,
  ResponseValidationError,
  ServerError,
  ValidationError,
  type ValidationReport,
} from '../../src/index.js';
import {
  callEveryOperation,
  contractClient,
  examples,
  fakeClient,
  locationExamples,
  mockClient,
  PASSWORD,
  prefer,
  SHOP_ID,
  spec,
  type Target,
  TARGETS,
  USERNAME,
} from './mock-client.js';
import { orderNumber, type OrderStatesServerOptions, startOrderStatesServer } from './order-states-server.js';

const BASIC = `Basic ${btoa(`${USERNAME}:${PASSWORD}`)}`;
const ORDER = 'B2B-2024-000731';
const CHANGE = 'CR-000731-01';
/** The fake answers with the stateful truth (what was sent, what it stored), Prism with the spec's examples. */
const onTarget = (target: Target, prism: unknown, fake: unknown) => (target === 'prism' ? prism : fake);
/** A change request as the fake stores it, right after it was created by the client. */
const openView = { changeRequestId: CHANGE, creator: USERNAME, creationDate: '2024-03-14T09:00:00.000Z', status: 'OPEN' };

describe.each(TARGETS)('IOM orders against %s', (target) => {
  it('create posts the order as the vendor media type and returns the Location and the order number in it', async () => {
    const { client, recorder, fake } = await contractClient(target);
    const created = await client.orders.create(examples.b2bOrder);
    const location = onTarget(target, locationExamples('/shops/{shopId}/orders').b2bCompanyOrder, `http://iom.fake.test/shops/${SHOP_ID}/orders/${ORDER}`);
    expect(created).toEqual({ location, shopOrderNumber: ORDER });
    if (fake) expect(fake.order(ORDER)).toEqual(examples.b2bOrder);
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.url.search]).toEqual(['POST', `/shops/${SHOP_ID}/orders`, '']);
    expect(sent.headers.get('content-type')).toBe(ORDER_MEDIA_TYPE);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.headers.get('authorization')).toBe(BASIC);
    expect(sent.headers.get('user-agent')).toMatch(/^@shopclients\/iom-order\/\d+\.\d+\.\d+/);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.b2bOrder);
  });

  it.each(Object.entries(examples.orders))('the spec example order %s is accepted', async (_, order) => {
    const { client, recorder } = await contractClient(target);
    await expect(client.orders.create(order)).resolves.toMatchObject({ shopOrderNumber: expect.any(String) });
    expect(JSON.parse(recorder.only().body ?? '')).toEqual(order);
  });

  it('get reads one order', async () => {
    const { client, recorder } = await contractClient(target, { order: true });
    await expect(client.orders.get('B2B-2024-000731')).resolves.toEqual(onTarget(target, spec.responseExample('getOrder', 200), examples.b2bOrder));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.url.search, sent.body]).toEqual(['GET', `/shops/${SHOP_ID}/orders/B2B-2024-000731`, '', undefined]);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.headers.get('authorization')).toBe(BASIC);
    expect(sent.headers.has('content-type')).toBe(false);
  });

  it('a shopId given with the call overrides the client default, and order numbers are percent-encoded', async () => {
    const { client, recorder, fake } = await contractClient(target);
    if (fake) {
      await client.orders.create({ ...examples.b2bOrder, shopOrderNumber: 'eBay/123 #7' }, { shopId: 2000 });
      recorder.reset();
    }
    const order = await client.orders.get('eBay/123 #7', { shopId: '2000' });
    expect(recorder.only().url.pathname).toBe('/shops/2000/orders/eBay%2F123%20%237');
    if (fake) expect(order.shopOrderNumber).toBe('eBay/123 #7');
  });

  it('a bearer token is sent as Authorization: Bearer', async () => {
    const { client, recorder } = await contractClient(target, { order: true }, { auth: { token: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' } });
    await client.orders.get('B2B-2024-000731');
    expect(recorder.only().headers.get('authorization')).toBe('Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig');
  });
});

describe.each(TARGETS)('IOM change requests against %s', (target) => {
  it('list sends each exclude as its own query parameter and returns the change requests', async () => {
    const { client, recorder } = await contractClient(target, { changeRequest: true });
    const views = await client.changeRequests.list('B2B-2024-000731', { excludes: ['changeRequest', 'updateDate'] });
    expect(views).toEqual(onTarget(target, spec.responseExample('getChangeRequestViewList', 200), [openView]));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['GET', `/shops/${SHOP_ID}/orders/B2B-2024-000731/change-requests`]);
    expect(sent.url.search).toBe('?excludes=changeRequest&excludes=updateDate');
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.body).toBeUndefined();
  });

  it('create posts the change request as the vendor media type and returns the IDs from the Location', async () => {
    const { client, recorder, fake } = await contractClient(target, { order: true });
    const created = await client.changeRequests.create('B2B-2024-000731', examples.changeRequest);
    const location = onTarget(
      target,
      locationExamples('/shops/{shopId}/orders/{shopOrderNumber}/change-requests').reduceQuantity,
      `http://iom.fake.test/shops/${SHOP_ID}/orders/${ORDER}/change-requests/${CHANGE}`,
    );
    if (fake) expect(fake.changeRequest(ORDER, CHANGE)).toEqual({ ...openView, changeRequest: examples.changeRequest.changeRequest });
    expect(created).toEqual({ location, shopOrderNumber: 'B2B-2024-000731', changeRequestId: 'CR-000731-01' });
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', `/shops/${SHOP_ID}/orders/B2B-2024-000731/change-requests`]);
    expect(sent.headers.get('content-type')).toBe(ORDER_MEDIA_TYPE);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.changeRequest);
  });

  it('get reads one change request', async () => {
    const { client, recorder } = await contractClient(target, { changeRequest: true });
    const view = await client.changeRequests.get('B2B-2024-000731', 'CR-000731-01', { excludes: ['changeRequest'] });
    expect(view).toEqual(onTarget(target, spec.responseExample('getChangeRequest', 200), openView));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.url.search]).toEqual([
      'GET',
      `/shops/${SHOP_ID}/orders/B2B-2024-000731/change-requests/CR-000731-01`,
      '?excludes=changeRequest',
    ]);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
  });
});

describe.each(TARGETS)('IOM order states against %s', (target) => {
  it('search sends every filter, lists repeated per value, dates as days, and returns the page', async () => {
    // On the fake the example order matches every filter once it is dispatched; page 2 of 25 is empty.
    const { client, recorder, fake } = await contractClient(target, { order: true }, { timeZone: 'Europe/Berlin' });
    fake?.setOrderStatus(ORDER, 'STATE_DISPATCHED');
    const page = await client.orderStates.search({
      shopOrderNumbers: ['B2B-2024-000731', 'B2B-2024-000745'],
      shopCustomerNumbers: ['C-100482'],
      productNumbers: ['CHAIR-ERG-200', 'LAMP-LED-10'],
      statuses: ['STATE_COMMISSIONED', 'STATE_DISPATCHED'],
      emails: ['purchasing@example.com', 'accounts-payable@example.com'],
      createdFrom: new Date('2024-02-29T23:30:00Z'), // already 1 March in Berlin
      createdTo: '2024-03-31',
      orderBy: 'shopCustomerNumber',
      sortDirection: 'DESC',
      offset: 25,
      limit: 25,
    });
    expect(page).toEqual(onTarget(target, spec.responseExample('getOrderStatesBySortCriterias', 200), { data: [], meta: { totalCount: 1 } }));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.body]).toEqual(['GET', `/shops/${SHOP_ID}/order-states`, undefined]);
    expect([...sent.url.searchParams]).toEqual([
      ['shopOrderNumbers', 'B2B-2024-000731'],
      ['shopOrderNumbers', 'B2B-2024-000745'],
      ['shopCustomerNumbers', 'C-100482'],
      ['productNumbers', 'CHAIR-ERG-200'],
      ['productNumbers', 'LAMP-LED-10'],
      ['statuses', 'STATE_COMMISSIONED'],
      ['statuses', 'STATE_DISPATCHED'],
      ['emails', 'purchasing@example.com'],
      ['emails', 'accounts-payable@example.com'],
      ['shopOrderCreationDate[gte]', '2024-03-01'],
      ['shopOrderCreationDate[lte]', '2024-03-31'],
      ['orderBy', 'shopCustomerNumber'],
      ['sortDirection', 'DESC'],
      ['offset', '25'],
      ['limit', '25'],
    ]);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.headers.has('content-type')).toBe(false);
  });

  it('search without filters sends no query', async () => {
    const { client, recorder, fake } = await contractClient(target, { order: true });
    const page = await client.orderStates.search();
    expect(recorder.only().url.search).toBe('');
    if (fake) expect(page).toEqual({ data: [fake.orderState(ORDER)], meta: { totalCount: 1 } });
  });
});

describe('errors', () => {
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
      spec
        .statuses(operationId)
        .filter((status) => status >= 400)
        .map((status) => [operationId, status] as const),
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
      if (status === 400)
        expect((error as ValidationError).details).toEqual([{ code: 'VALIDATION_EXCEPTION', message: 'Request rejected (fault planned by the test).' }]);
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
          message: 'Attribute \'invoiceAddress.location.type\' must be one of: AddressLocationStreet, AddressLocationPOBox (got "AddressLocationPackstation").',
          value: { path: 'invoiceAddress.location.type', rule: 'enum', received: 'AddressLocationPackstation' },
        },
      ]);
      expect(fake.order(examples.b2cOrder.shopOrderNumber)).toBeUndefined();
    });
  });

  describe.each(TARGETS)('authentication against %s', (target) => {
    it('a request that reaches the API without the Authorization header gets an AuthenticationError', async () => {
      const { client, recorder } = await contractClient(
        target,
        {},
        {
          middleware: [{ onRequest: ({ request }) => (request.headers.delete('Authorization'), request) }],
        },
      );
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
          return init.method === 'POST'
            ? new Response(null, { status: 201 })
            : Response.json(examples.b2bOrder, { headers: { 'content-type': ORDER_MEDIA_TYPE } });
        },
      });
      const url = `http://iom.test/rest/order-service/shops/1000/orders/${examples.b2bOrder.shopOrderNumber}`;
      await expect(client.orders.create(examples.b2bOrder)).resolves.toEqual({
        location: url,
        shopOrderNumber: examples.b2bOrder.shopOrderNumber,
        reconciled: true,
      });
      expect(sent).toEqual(['POST http://iom.test/rest/order-service/shops/1000/orders', `GET ${url}`]);
    });

    it('a 201 without a Location is an InvalidResponseError', async () => {
      const error = await created({ status: 201 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({
        operation: 'createOrder',
        status: 201,
        request: { method: 'POST', url: 'http://iom.test/rest/order-service/shops/1000/orders' },
      });
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
});

describe('real-world requests', () => {
  // What Intershop's own code sends, which the vendor reference forbids but the real server accepts.
  // The spec was relaxed for these (specs/iom-order/DIFFERENCES.md, "Relaxed to match the real server");
  // each case is sent to the Prism mock, which validates the request against the spec.
  const taxed = (type: string, amount: number) => [{ type, amount }];
  const price = (amount: number) => ({ amount, amountDiscounted: amount });

  const intershopCompany = {
    addressReceiverType: 'COMPANY',
    companyName: 'Intershop Communications AG',
    person: { firstName: 'Tester', lastName: 'McTesterson' },
  } as const;
  const steinweg = { type: 'AddressLocationStreet', street: 'Steinweg', streetNumber: '10', city: 'Jena', postCode: '07743', countryCode: 'DEU' } as const;
  const tomorrow = '2024-02-21T15:26:34.123+01:00';

  /**
   * The order of intershop/iom-blueprint-project `src/test/java/com/intershop/oms/blueprint/order/B2BTestOrder.java`
   * (`createSimpleOrder("7257201")`), as intershop/iom-test-framework's Order 2.3 mapper serializes it: order number,
   * creation and update date and customer number set by `OMSOrder.setTestCaseId`, empty lists where the business
   * objects initialize them. `CreateOrderIT` creates it and waits for `STATE_COMMISSIONED`. Its positions have a
   * delivery date but no `expectedDeliveryDays`, which the vendor reference marks as required.
   */
  const intershopB2BTestOrder: OrderInput = {
    shopOrderNumber: 'Order_7257201_2024-02-20T15:26:34_0001',
    shopOrderCreationDate: '2024-02-20T15:26:34.123+01:00',
    shopOrderUpdateDate: '2024-02-20T15:26:34.123+01:00',
    customerData: {
      customerDataType: 'COMPANY',
      shopCustomerNumber: 'Customer_7257201_2024-02-20T15:26:34_0001',
      companyData: {
        companyName: 'Intershop Communications AG',
        commercialRegisterNumber: 'HRB 209419',
        commercialRegisterLocation: 'Jena',
        vatNumber: 'DE 812464534',
      },
    },
    invoiceAddress: { contact: { email: 'user@example.com' }, receiver: intershopCompany, location: steinweg },
    payment: { paymentMethod: 'ISH_INVOICE' },
    sales: {
      currencyCode: 'EUR',
      subTotal: { net: price(100), gross: price(120.4), taxes: taxed('FullTax', 20.4), promotions: [] },
      charges: [],
      total: { net: price(105), gross: price(126.45), taxes: taxed('FullTax', 21.45) },
    },
    shippingBuckets: [
      {
        shippingMethod: 'DHL',
        shippingAddress: { contact: { email: 'user@example.com' }, receiver: intershopCompany, location: steinweg },
        charges: [{ type: 'DELIVERYCHARGE', net: price(5), gross: price(6.05), taxes: taxed('FullTax', 1.05) }],
        positions: [
          {
            number: 1,
            quantity: 2,
            product: { name: 'Logitech ClearChat Comfort', number: '896737' },
            shipping: { deliveryDate: { deliveryDateType: 'FIXED', desiredDeliveryDate: tomorrow } },
            unitPrice: { gross: price(24.2), net: price(20) },
            sum: { net: price(40), gross: price(48.4), taxes: taxed('FullTax', 8.4), promotions: [] },
          },
          {
            number: 2,
            quantity: 1,
            product: { name: 'LUXA2 M1-Pro', number: '7030019' },
            shipping: { deliveryDate: { deliveryDateType: 'FIXED', desiredDeliveryDate: tomorrow } },
            unitPrice: { gross: price(72), net: price(60) },
            sum: { net: price(60), gross: price(72), taxes: taxed('FullTax', 12), promotions: [] },
          },
        ],
      },
    ],
  };

  describe('IOM: what the real server accepts beyond the vendor reference', () => {
    it("Intershop's B2B integration test order, without expectedDeliveryDays, is sent as it is and accepted", async () => {
      const { client, recorder } = mockClient();
      const created = await client.orders.create(intershopB2BTestOrder);
      expect(created.shopOrderNumber).toEqual(expect.any(String));
      expect(created.location).toContain(`/shops/${SHOP_ID}/orders/`);
      const sent = recorder.only();
      expect([sent.method, sent.url.pathname]).toEqual(['POST', `/shops/${SHOP_ID}/orders`]);
      expect(sent.headers.get('content-type')).toBe(ORDER_MEDIA_TYPE);
      const body = JSON.parse(sent.body ?? '');
      expect(body).toEqual(intershopB2BTestOrder);
      const shippings = body.shippingBuckets[0].positions.map((position: { shipping: object }) => position.shipping);
      expect(shippings).toHaveLength(2);
      for (const shipping of shippings) expect(shipping).not.toHaveProperty('expectedDeliveryDays');
    });

    it("an order state search sorted by id, with the Intershop test framework's default parameters, is sent and accepted", async () => {
      const { client, recorder } = mockClient();
      // OMSSearchParams' defaults: sortableAttribute "id", ASC, offset 0, limit 1000.
      const page = await client.orderStates.search({ orderBy: 'id', sortDirection: 'ASC', offset: 0, limit: 1000 });
      expect(page).toEqual(spec.responseExample('getOrderStatesBySortCriterias', 200));
      const sent = recorder.only();
      expect([sent.method, sent.url.pathname]).toEqual(['GET', `/shops/${SHOP_ID}/order-states`]);
      expect([...sent.url.searchParams]).toEqual([
        ['orderBy', 'id'],
        ['sortDirection', 'ASC'],
        ['offset', '0'],
        ['limit', '1000'],
      ]);
    });

    it("a sort attribute that neither the vendor nor Intershop's code uses is still refused", async () => {
      const { client, recorder } = mockClient();
      const error = await client.orderStates.search({ orderBy: 'price' as never }).then(
        () => new Error('orderBy=price was accepted'),
        (e: unknown) => e,
      );
      // Refused either by the mock (a 400 ValidationError) or, where the client checks requests itself, before sending.
      expect(error instanceof ValidationError || error instanceof InvalidArgumentError, String(error)).toBe(true);
      expect(recorder.requests.length).toBeLessThanOrEqual(1);
    });
  });
});

describe('withResponse', () => {
  describe('.withResponse() on a create: the Location header and status of the 201', () => {
    it('orders.create resolves with what it read from Location, and withResponse() shows the 201 itself', async () => {
      const location = 'http://127.0.0.1:9/rest/order-service/shops/1000/orders/B2B-2024-000731';
      const client = new IomOrders({
        baseUrl: 'http://127.0.0.1:9/rest/order-service',
        shopId: 1000,
        auth: { token: 'header.payload.signature' },
        fetch: async () => new Response(null, { status: 201, headers: { location, 'x-request-id': 'iom-1' } }),
      });
      const { data, response, requestId } = await client.orders.create(examples.b2bOrder).withResponse();
      expect(data).toEqual({ location, shopOrderNumber: 'B2B-2024-000731' });
      expect([response.status, response.headers.get('location'), requestId]).toEqual([201, location, 'iom-1']);
    });
  });
});

describe('response validation', () => {
  const ORDER_MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';
  const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;

  /** A client whose server answers with `text` as the body of a 200 in the vendor media type. */
  function clientAnswering(text: string, contentType = ORDER_MEDIA_TYPE) {
    const reports: ValidationReport[] = [];
    const client = new IomOrders({
      baseUrl: 'http://127.0.0.1:9/rest/order-service',
      shopId: 1000,
      auth: { username: 'integration', password: 'correct-horse-battery' },
      maxRetries: 0,
      fetch: async () => new Response(text, { status: 200, headers: { 'content-type': contentType } }),
      onValidationIssue: (report) => reports.push(report),
    });
    return { client, reports };
  }

  describe('IOM responses are checked against the spec', () => {
    it('the spec example passes', async () => {
      const { client, reports } = clientAnswering(JSON.stringify(ORDER));
      await client.orders.get('B2B-2024-000731');
      expect(reports).toEqual([]);
    });

    it('an int64 beyond 2^53 is drift: its digits were lost, and the report says so', async () => {
      // JSON.parse reads 9007199254740993 as 9007199254740992: the client cannot hand back what was sent.
      const text = JSON.stringify({ ...ORDER, reservationId: 1 }).replace('"reservationId":1', '"reservationId":9007199254740993');
      const { client, reports } = clientAnswering(text);
      const order = await client.orders.get('B2B-2024-000731');
      expect(order.reservationId).toBe(9007199254740992);
      expect(reports).toEqual([
        expect.objectContaining({
          issue: { path: ['body', 'reservationId'], rule: 'int64', message: expect.stringMatching(/beyond ±2\^53.*digits were lost/) },
        }),
      ]);
    });

    it('an int64 within range passes', async () => {
      const { client, reports } = clientAnswering(JSON.stringify({ ...ORDER, reservationId: 2 ** 53 - 1 }));
      await client.orders.get('B2B-2024-000731');
      expect(reports).toEqual([]);
    });

    it('a media type the spec does not document for the status is drift', async () => {
      const { client, reports } = clientAnswering(JSON.stringify(ORDER), 'application/json');
      await client.orders.get('B2B-2024-000731');
      expect(reports).toEqual([expect.objectContaining({ issue: expect.objectContaining({ path: ['mediaType'], rule: 'mediaType' }) })]);
    });
    it('map keys are no kind of drift: 1,000 attribute groups with a number for a text are one report, counting 1,000', async () => {
      const groups = Object.fromEntries(Array.from({ length: 1_000 }, (_, index) => [`group${index}`, { [`attribute${index}`]: index }]));
      const { client, reports } = clientAnswering(JSON.stringify({ ...ORDER, additionalAttributes: groups }));
      await client.orders.get('B2B-2024-000731');
      expect(reports.map((report) => [report.issue.path.join('.'), report.issue.rule, report.count])).toEqual([
        ['body.additionalAttributes.group0.attribute0', 'type', 1_000],
      ]);
    });

    it("in 'strict' mode the int64 drift throws", async () => {
      const text = JSON.stringify({ ...ORDER, reservationId: 1 }).replace('"reservationId":1', '"reservationId":12345678901234567890');
      const { client } = clientAnswering(text);
      const error = await client.orders.get('B2B-2024-000731', { validateResponses: 'strict' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues).toEqual([expect.objectContaining({ rule: 'int64' })]);
    });
  });
});

/** The order-states server of the current iterate test, closed after it; and a client of it. */
let orderStates: Awaited<ReturnType<typeof startOrderStatesServer>> | undefined;
afterEach(async () => {
  await orderStates?.close();
  orderStates = undefined;
});
async function serveOrderStates(options: OrderStatesServerOptions) {
  orderStates = await startOrderStatesServer(options);
  const client = new IomOrders({ baseUrl: orderStates.url, auth: { token: 'test-token' }, shopId: 1000, maxRetries: 0 });
  return { client, server: orderStates };
}

describe('orderStates.iterate: pagination', () => {
  async function serve(options: OrderStatesServerOptions) {
    const { client, server } = await serveOrderStates(options);
    return { client, pages: server.pages };
  }

  async function collect(states: AsyncIterable<OrderState>): Promise<string[]> {
    const numbers: string[] = [];
    for await (const state of states) numbers.push(state.shopOrderNumber);
    return numbers;
  }

  const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => orderNumber(from + index));

  describe('orderStates.iterate', () => {
    it('yields every order state exactly once, in order, walking the pages by offset', async () => {
      const { client, pages } = await serve({ count: 23 });
      await expect(collect(client.orderStates.iterate({ limit: 10, statuses: ['STATE_DISPATCHED'] }))).resolves.toEqual(numbers(0, 23));
      expect(pages).toEqual([
        { offset: 0, limit: 10 },
        { offset: 10, limit: 10 },
        { offset: 20, limit: 10 },
      ]);
    });

    it('fetches the next page only when the previous one is used up', async () => {
      const { client, pages } = await serve({ count: 5 });
      const states = client.orderStates.iterate({ limit: 2 });
      await states.next();
      await states.next();
      expect(pages.map((page) => page.offset)).toEqual([0]);
      await states.next();
      expect(pages.map((page) => page.offset)).toEqual([0, 2]);
      await states.return();
    });

    it('starts at the given offset and pages by what the server returned when no limit is given', async () => {
      const { client, pages } = await serve({ count: 120 });
      await expect(collect(client.orderStates.iterate({ offset: 30 }))).resolves.toEqual(numbers(30, 120));
      expect(pages).toEqual([
        { offset: 30, limit: undefined },
        { offset: 80, limit: undefined },
      ]);
    });

    it('stops at an empty page when the server claims more than it has', async () => {
      const { client, pages } = await serve({ count: 7, totalCount: 100 });
      await expect(collect(client.orderStates.iterate({ limit: 3 }))).resolves.toEqual(numbers(0, 7));
      expect(pages.map((page) => page.offset)).toEqual([0, 3, 6, 7]);
    });

    it('stops after a page without meta.totalCount, having nothing to page by', async () => {
      const { client, pages } = await serve({ count: 7, omitMeta: true });
      await expect(collect(client.orderStates.iterate({ limit: 3 }))).resolves.toEqual(numbers(0, 3));
      expect(pages).toHaveLength(1);
    });

    it('makes one request when nothing matches', async () => {
      const { client, pages } = await serve({ count: 0 });
      await expect(collect(client.orderStates.iterate())).resolves.toEqual([]);
      expect(pages).toEqual([{ offset: 0, limit: undefined }]);
    });

    describe('against a server that cannot be paged (audit finding)', () => {
      it('throws InvalidResponseError instead of yielding duplicates when the server ignores offset and claims a huge total', async () => {
        const { client, pages } = await serve({ count: 7, totalCount: 1_000_000, ignoreOffset: true });
        const seen: string[] = [];
        const walk = async () => {
          for await (const state of client.orderStates.iterate({ limit: 2 })) seen.push(state.shopOrderNumber);
        };
        const error = await walk().catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(InvalidResponseError);
        expect((error as InvalidResponseError).message).toMatch(/offset 2 holds only orders of the page before/);
        expect((error as InvalidResponseError).request.url).toContain('offset=2');
        expect(seen).toEqual(numbers(0, 2));
        expect(pages).toHaveLength(2);
      });

      it('throws as well with pages fetched ahead, still yielding nothing twice', async () => {
        const { client, pages } = await serve({ count: 7, totalCount: 1_000_000, ignoreOffset: true });
        const seen: string[] = [];
        const walk = async () => {
          for await (const state of client.orderStates.iterate({ limit: 2, prefetch: 3 })) seen.push(state.shopOrderNumber);
        };
        await expect(walk()).rejects.toBeInstanceOf(InvalidResponseError);
        expect(seen).toEqual(numbers(0, 2));
        expect(pages.length).toBeLessThanOrEqual(4);
      });

      it("bounds the walk by the first page's totalCount, even when later pages claim more", async () => {
        const { client, pages } = await serve({ count: 40, totalCount: 9, totalCountGrowth: 5 });
        await expect(collect(client.orderStates.iterate({ limit: 3 }))).resolves.toEqual(numbers(0, 9));
        expect(pages.map((page) => page.offset)).toEqual([0, 3, 6]);
      });
    });
  });
});

describe('orderStates.iterate: prefetch', () => {
  const serve = serveOrderStates;

  const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => orderNumber(from + index));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Waits until `condition` holds, for at most two seconds. */
  async function until(condition: () => boolean): Promise<void> {
    for (let waited = 0; !condition(); waited += 10) {
      if (waited > 2_000) throw new Error('condition not met within 2 s');
      await pause(10);
    }
  }

  async function collect(states: AsyncIterable<OrderState>, workMs = 0): Promise<string[]> {
    const seen: string[] = [];
    for await (const state of states) {
      seen.push(state.shopOrderNumber);
      if (workMs > 0) await pause(workMs);
    }
    return seen;
  }

  describe('orderStates.iterate({ prefetch })', () => {
    it('yields every state exactly once, in order, with several pages in flight at once', async () => {
      const { client, server } = await serve({ count: 95, delayMs: 20 });
      await expect(collect(client.orderStates.iterate({ limit: 10, prefetch: 3 }))).resolves.toEqual(numbers(0, 95));
      // Requests in flight together may arrive in any order.
      expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
      expect(server.concurrency.max).toBeGreaterThan(1);
      expect(server.concurrency.max).toBeLessThanOrEqual(3);
    });

    it('without prefetch, keeps one request in flight', async () => {
      const { client, server } = await serve({ count: 95, delayMs: 5 });
      await collect(client.orderStates.iterate({ limit: 10 }));
      expect(server.concurrency.max).toBe(1);
    });

    it('requests the next pages while the caller still works on the current one, and holds at most prefetch + 1 pages', async () => {
      const { client, server } = await serve({ count: 50, delayMs: 5 });
      const states = client.orderStates.iterate({ limit: 5, prefetch: 2 });
      await states.next();
      await until(() => server.pages.length === 3);
      await pause(50);
      // The current page and two ahead; nothing more while the caller stays on the first page.
      expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 5, 10]);
      for (let i = 0; i < 5; i++) await states.next();
      await until(() => server.pages.length === 4);
      expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 5, 10, 15]);
      await states.return();
    });

    it('goes on from where it really is when a page comes back short', async () => {
      const { client, server } = await serve({ count: 40, shortPageAt: 10 });
      await expect(collect(client.orderStates.iterate({ limit: 5, prefetch: 3 }))).resolves.toEqual(numbers(0, 40));
      // The page at 10 held 4 states: the pages requested ahead at 15 and 20 were discarded and 14 came next.
      expect(server.pages.map((page) => page.offset)).toContain(14);
    });

    it('pages by what the first page held when the server caps the page size', async () => {
      const { client, server } = await serve({ count: 30, pageCap: 4 });
      await expect(collect(client.orderStates.iterate({ limit: 10, prefetch: 2 }))).resolves.toEqual(numbers(0, 30));
      expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
    });

    it('aborts the pages fetched ahead when the caller stops early', async () => {
      const { client, server } = await serve({ count: 100, delayMs: 300 });
      for await (const state of client.orderStates.iterate({ limit: 10, prefetch: 3 })) {
        expect(state.shopOrderNumber).toBe(orderNumber(0));
        await until(() => server.concurrency.now === 3);
        break;
      }
      await until(() => server.concurrency.now === 0);
      expect(server.concurrency.aborted).toBe(3);
    });

    it('throws a failed page when the caller reaches it, after every state before it', async () => {
      const { client } = await serve({ count: 50, failAt: 20 });
      const seen: string[] = [];
      const walk = async () => {
        for await (const state of client.orderStates.iterate({ limit: 10, prefetch: 4 })) seen.push(state.shopOrderNumber);
      };
      await expect(walk()).rejects.toBeInstanceOf(ServerError);
      expect(seen).toEqual(numbers(0, 20));
    });

    it('refuses a prefetch that is not a whole number from 0 to 16, before sending anything', async () => {
      const { client, server } = await serve({ count: 5 });
      for (const prefetch of [-1, 1.5, 17, Number.NaN]) {
        await expect(client.orderStates.iterate({ prefetch }).next()).rejects.toBeInstanceOf(InvalidArgumentError);
      }
      expect(server.pages).toHaveLength(0);
    });
  });
});
