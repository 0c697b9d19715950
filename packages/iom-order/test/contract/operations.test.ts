import { describe, expect, it } from 'vitest';
import { ACCEPT, ORDER_MEDIA_TYPE } from '../../src/index.js';
import { PASSWORD, SHOP_ID, TARGETS, type Target, USERNAME, contractClient, examples, locationExamples, spec } from './mock-client.js';

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
