import { SpecExamples } from '@shopclients/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  type ChangeRequestInput,
  IomOrders,
  NotFoundError,
  type OrderInput,
  PermissionError,
  ServerError,
  ValidationError,
} from '../../src/index.js';
import { type FakeIom, createFakeIom } from '../../src/testing/index.js';

const spec = new SpecExamples('iom-order');
const b2b = spec.requestExamples('createOrder').b2bCompanyOrder as OrderInput;
const b2c = spec.requestExamples('createOrder').b2cPackstationOrder as OrderInput;
const change = spec.requestExamples('createChangeRequest').reduceQuantity as ChangeRequestInput;

let fake: FakeIom;
function setup(options: Parameters<typeof createFakeIom>[0] = {}) {
  fake = createFakeIom({ now: '2024-03-20T10:00:00Z', ...options });
  const iom = new IomOrders({ baseUrl: fake.baseUrl, auth: fake.auth, shopId: fake.shopId, fetch: fake.fetch, maxRetries: 0 });
  return { fake, iom };
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );
const numbered = (order: OrderInput, shopOrderNumber: string, overrides: Partial<OrderInput> = {}): OrderInput => ({ ...order, shopOrderNumber, ...overrides });

afterEach(() => {
  expect(fake.specViolations).toEqual([]);
});

describe('orders', () => {
  it('create answers 201 with the Location of the order, get returns it, a second create of the number is refused', async () => {
    const { iom } = setup();
    const created = await iom.orders.create(b2b);
    expect(created).toEqual({ location: `${fake.baseUrl}/shops/1000/orders/${b2b.shopOrderNumber}`, shopOrderNumber: b2b.shopOrderNumber });
    await expect(iom.orders.get(b2b.shopOrderNumber)).resolves.toEqual(b2b);
    const again = await failure(iom.orders.create(b2b));
    expect(again).toBeInstanceOf(ValidationError);
    expect((again as ValidationError).details[0]).toMatchObject({ code: 'VALIDATION_EXCEPTION', message: expect.stringContaining('already exists') });
    await expect(failure(iom.orders.get('missing'))).resolves.toBeInstanceOf(NotFoundError);
  });

  it('orders are kept per shop; a shop the fake does not serve is a 403', async () => {
    const { iom } = setup({ shopIds: [1000, 2000] });
    await iom.orders.create(b2b, { shopId: 2000 });
    await expect(failure(iom.orders.get(b2b.shopOrderNumber))).resolves.toBeInstanceOf(NotFoundError);
    await expect(iom.orders.get(b2b.shopOrderNumber, { shopId: 2000 })).resolves.toMatchObject({ shopOrderNumber: b2b.shopOrderNumber });
    await expect(failure(iom.orders.get(b2b.shopOrderNumber, { shopId: 3000 }))).resolves.toBeInstanceOf(PermissionError);
  });

  it('wrong credentials are a 401; a bearer token works when the fake is given one', async () => {
    setup();
    const stranger = new IomOrders({ baseUrl: fake.baseUrl, auth: { username: 'x', password: 'y' }, shopId: 1000, fetch: fake.fetch });
    await expect(failure(stranger.orders.get('1'))).resolves.toBeInstanceOf(AuthenticationError);
    const { iom } = setup({ auth: { token: 'jwt-1' } });
    await expect(failure(iom.orders.get('1'))).resolves.toBeInstanceOf(NotFoundError);
  });

  it('a body sent as application/json is a 415', async () => {
    setup();
    const response = await fake.fetch(`${fake.baseUrl}/shops/1000/orders`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('fake-iom-user:fake-iom-password')}`, 'content-type': 'application/json' },
      body: JSON.stringify(b2b),
    });
    expect(response.status).toBe(415);
  });
});

describe('change requests', () => {
  it('create → OPEN, list and get with excludes, settle APPLIED replaces the order, FAILED_TO_APPLY leaves it', async () => {
    const { iom } = setup();
    await iom.orders.create(b2b);
    const created = await iom.changeRequests.create(b2b.shopOrderNumber, change);
    expect(created).toMatchObject({ shopOrderNumber: b2b.shopOrderNumber, changeRequestId: change.changeRequestId });
    const view = await iom.changeRequests.get(b2b.shopOrderNumber, change.changeRequestId);
    expect(view).toMatchObject({ changeRequestId: change.changeRequestId, status: 'OPEN', creator: 'fake-iom-user', creationDate: '2024-03-20T10:00:00.000Z' });
    expect(view.changeRequest?.shopOrderUpdateDate).toBe(change.changeRequest.shopOrderUpdateDate);
    const listed = await iom.changeRequests.list(b2b.shopOrderNumber, { excludes: ['changeRequest'] });
    expect(listed).toEqual([{ changeRequestId: change.changeRequestId, status: 'OPEN', creator: 'fake-iom-user', creationDate: '2024-03-20T10:00:00.000Z' }]);

    fake.clock.advance({ minutes: 5 });
    fake.settleChangeRequest(b2b.shopOrderNumber, change.changeRequestId, 'APPLIED');
    await expect(iom.changeRequests.get(b2b.shopOrderNumber, change.changeRequestId, { excludes: ['changeRequest'] })).resolves.toMatchObject({
      status: 'APPLIED',
      updateDate: '2024-03-20T10:05:00.000Z',
    });
    expect((await iom.orders.get(b2b.shopOrderNumber)).shopOrderUpdateDate).toBe(change.changeRequest.shopOrderUpdateDate);

    await iom.changeRequests.create(b2b.shopOrderNumber, { ...change, changeRequestId: 'CR-2', changeRequest: { ...change.changeRequest, project: 'other' } });
    fake.settleChangeRequest(b2b.shopOrderNumber, 'CR-2', 'FAILED_TO_APPLY');
    expect((await iom.orders.get(b2b.shopOrderNumber)).project).toBe(change.changeRequest.project);
  });

  it('refuses a change of another order number, a reused ID, and a change of an unknown order, in the ErrorReport shape', async () => {
    const { iom } = setup();
    await iom.orders.create(b2b);
    const mismatch = await failure(
      iom.changeRequests.create(b2b.shopOrderNumber, { ...change, changeRequest: { ...change.changeRequest, shopOrderNumber: 'OTHER' } }),
    );
    expect((mismatch as ValidationError).details).toEqual([
      {
        code: 'VALIDATION_EXCEPTION',
        message: 'shopOrderNumber of the change request must be equal to the origin order.',
        value: { shopOrderNumber: 'OTHER' },
      },
    ]);
    await iom.changeRequests.create(b2b.shopOrderNumber, change);
    await expect(failure(iom.changeRequests.create(b2b.shopOrderNumber, change))).resolves.toBeInstanceOf(ValidationError);
    await expect(
      failure(iom.changeRequests.create('UNKNOWN', { ...change, changeRequest: { ...change.changeRequest, shopOrderNumber: 'UNKNOWN' } })),
    ).resolves.toBeInstanceOf(ValidationError);
    await expect(failure(iom.changeRequests.list('UNKNOWN'))).resolves.toBeInstanceOf(NotFoundError);
  });
});

describe('order states', () => {
  async function threeOrders(iom: IomOrders) {
    await iom.orders.create(numbered(b2b, 'A-1', { shopOrderCreationDate: '2024-03-01T08:00:00Z' }));
    await iom.orders.create(numbered(b2c, 'B-2', { shopOrderCreationDate: '2024-03-05T08:00:00Z' }));
    await iom.orders.create(numbered(b2b, 'C-3', { shopOrderCreationDate: '2024-02-20T08:00:00Z' }));
  }

  it('searches the stored orders with filters, sorting, paging and totalCount', async () => {
    const { iom } = setup();
    await threeOrders(iom);
    const all = await iom.orderStates.search();
    expect(all.data?.map((state) => state.shopOrderNumber)).toEqual(['C-3', 'A-1', 'B-2']);
    expect(all.meta).toEqual({ totalCount: 3 });
    const page = await iom.orderStates.search({ orderBy: 'shopOrderNumber', sortDirection: 'DESC', offset: 1, limit: 1 });
    expect([page.data?.map((state) => state.shopOrderNumber), page.meta?.totalCount]).toEqual([['B-2'], 3]);
    const customer = b2b.customerData.shopCustomerNumber as string;
    expect((await iom.orderStates.search({ shopCustomerNumbers: [customer] })).data?.map((s) => s.shopOrderNumber)).toEqual(['C-3', 'A-1']);
    expect((await iom.orderStates.search({ createdFrom: '2024-03-01', createdTo: '2024-03-04' })).data?.map((s) => s.shopOrderNumber)).toEqual(['A-1']);
    const product = b2c.shippingBuckets[0]?.positions[0]?.product.number as string;
    expect((await iom.orderStates.search({ productNumbers: [product] })).data?.map((s) => s.shopOrderNumber)).toContain('B-2');
    const email = b2b.invoiceAddress.contact?.email as string;
    expect((await iom.orderStates.search({ emails: [email] })).meta?.totalCount).toBeGreaterThan(0);
    const byId = await iom.orderStates.search({ orderBy: 'id' });
    expect(byId.data?.map((state) => state.shopOrderNumber)).toEqual(['A-1', 'B-2', 'C-3']); // the order they were stored in
    const walked: string[] = [];
    for await (const state of iom.orderStates.iterate({ limit: 2 })) walked.push(state.shopOrderNumber);
    expect(walked).toEqual(['C-3', 'A-1', 'B-2']);
  });

  it('the order and position statuses the test sets are what the search shows and filters by', async () => {
    const { iom } = setup();
    await threeOrders(iom);
    expect((await iom.orderStates.search({ statuses: ['STATE_CREATED'] })).meta?.totalCount).toBe(3);
    const position = b2b.shippingBuckets[0]?.positions[0]?.number ?? 0;
    fake.setOrderStatus('A-1', 'STATE_DISPATCHED', { positions: { [position]: 'STATE_DISPATCHED' } });
    const [state] = (await iom.orderStates.search({ statuses: ['STATE_DISPATCHED'] })).data ?? [];
    expect(state?.shopOrderNumber).toBe('A-1');
    expect(state?.shippingBuckets[0]?.positions[0]).toMatchObject({
      status: 'STATE_DISPATCHED',
      ordered: { quantity: b2b.shippingBuckets[0]?.positions[0]?.quantity },
    });
  });
});

describe('modified order states (Order API 2.4)', () => {
  async function modified(query: string) {
    const response = await fake.fetch(`${fake.baseUrl}/shops/1000/order-states/modified?${query}`, {
      headers: { authorization: `Basic ${btoa('fake-iom-user:fake-iom-password')}` },
    });
    return { status: response.status, body: (await response.json()) as { data: { shopOrderNumber: string; status: string }[]; meta: Record<string, number> } };
  }
  const numbers = (body: { data: { shopOrderNumber: string }[] }) => body.data.map((state) => state.shopOrderNumber);

  it('every state change moves the order to a new cursor, with gaps; the answer is the latest state per order, oldest change first', async () => {
    const { iom } = setup();
    const cursors: bigint[] = [BigInt(fake.latestCursor())];
    const step = () => cursors.push(BigInt(fake.latestCursor()));
    await iom.orders.create(numbered(b2b, 'A-1'));
    step();
    await iom.orders.create(numbered(b2b, 'B-2'));
    step();
    fake.setOrderStatus('A-1', 'STATE_COMMISSIONED');
    step();
    await iom.changeRequests.create('B-2', { ...change, changeRequest: { ...change.changeRequest, shopOrderNumber: 'B-2' } });
    fake.settleChangeRequest('B-2', change.changeRequestId, 'ACCEPTED');
    expect(BigInt(fake.latestCursor())).toBe(cursors.at(-1)); // neither a new change request nor its acceptance changes the order
    fake.settleChangeRequest('B-2', change.changeRequestId, 'APPLIED');
    step();
    const steps = cursors.slice(1).map((cursor, index) => cursor - (cursors[index] as bigint));
    expect(steps.every((gap) => gap > 0n)).toBe(true);
    expect(steps.some((gap) => gap > 1n)).toBe(true);

    const { status, body } = await modified(`minCursor=${cursors[0]}`);
    expect(status).toBe(200);
    expect(numbers(body)).toEqual(['A-1', 'B-2']);
    expect(body.data[0]?.status).toBe('STATE_COMMISSIONED');
    expect(body.meta).toEqual({ totalCount: 2, pageSize: 2, minCursor: Number(cursors[3]), maxCursor: Number(cursors[4]) });
    const page = await modified(`modifiedSince=2024-03-20T10:00:00Z&limit=1`);
    expect([numbers(page.body), page.body.meta]).toEqual([
      ['A-1'],
      { totalCount: 2, pageSize: 1, minCursor: Number(cursors[3]), maxCursor: Number(cursors[3]) },
    ]);
    expect((await modified('modifiedSince=2024-03-20T10:00:00.001Z')).body).toEqual({ data: [], meta: { totalCount: 0, pageSize: 0 } });
  });

  it.each([
    [true, ['A-1', 'B-2']],
    [false, ['B-2']],
  ])('with minCursorInclusive %s, the order at exactly minCursor is answered: %j', async (minCursorInclusive, expected) => {
    const { iom } = setup({ minCursorInclusive });
    await iom.orders.create(numbered(b2b, 'A-1'));
    const at = fake.latestCursor();
    await iom.orders.create(numbered(b2b, 'B-2'));
    expect(numbers((await modified(`minCursor=${at}`)).body)).toEqual(expected);
  });

  it('both or neither of modifiedSince and minCursor is a 400 ErrorReport', async () => {
    setup();
    for (const query of ['', 'minCursor=1&modifiedSince=2024-03-20T10:00:00Z']) {
      const { status, body } = await modified(query);
      expect(status).toBe(400);
      expect(body).toMatchObject({ status: 400, errors: [{ code: 'VALIDATION_EXCEPTION', message: expect.stringContaining('Exactly one') }] });
    }
  });
});

describe('faults on demand', () => {
  it('a create whose answer is lost was still stored: the client reads it back instead of sending it twice', async () => {
    const { iom } = setup();
    fake.failNext('lose-answer', { operation: 'createOrder' });
    await expect(iom.orders.create(b2b)).resolves.toMatchObject({ shopOrderNumber: b2b.shopOrderNumber });
    expect(fake.calls.filter((call) => call.operationId === 'createOrder').map((call) => call.outcome)).toEqual(['lose-answer']);
    expect(fake.calls.some((call) => call.operationId === 'getOrder' && call.outcome === 200)).toBe(true);
    await expect(failure(iom.orders.create(b2b))).resolves.toBeInstanceOf(ValidationError); // a repeat is a duplicate

    const unreconciled = new IomOrders({ baseUrl: fake.baseUrl, auth: fake.auth, shopId: 1000, fetch: fake.fetch, maxRetries: 0, reconcile: false });
    fake.failNext('lose-answer', { operation: 'createOrder' });
    await expect(failure(unreconciled.orders.create(numbered(b2b, 'X-2')))).resolves.toBeInstanceOf(ConnectionError);
    expect(fake.order('X-2')).toBeDefined();
  });

  it('a 503 then 500 on reads: retried through', async () => {
    setup();
    const iom = new IomOrders({ baseUrl: fake.baseUrl, auth: fake.auth, shopId: 1000, fetch: fake.fetch, maxRetries: 2, retry: { initialDelayMs: 1 } });
    fake.failNext({ status: 503, retryAfter: 0 }, { operation: 'getOrderStatesBySortCriterias' });
    fake.failNext({ status: 500 });
    await expect(iom.orderStates.search()).resolves.toEqual({ data: [], meta: { totalCount: 0 } });
    fake.failNext({ status: 500 }, { times: 3 });
    await expect(failure(iom.orderStates.search())).resolves.toBeInstanceOf(ServerError);
  });
});

describe('listen', () => {
  it('serves the same fake over HTTP with absolute Locations of its own address', async () => {
    setup();
    const server = await fake.listen();
    try {
      const iom = new IomOrders({ baseUrl: server.url, auth: fake.auth, shopId: 1000, maxRetries: 0 });
      const created = await iom.orders.create(b2b);
      expect(created.location).toBe(`${server.url}/shops/1000/orders/${b2b.shopOrderNumber}`);
      expect(fake.order(b2b.shopOrderNumber)).toEqual(b2b);
    } finally {
      await server.close();
    }
  });
});
