import { describe, expect, it } from 'vitest';
import { ACCEPT, ORDER_MEDIA_TYPE } from '../../src/index.js';
import { PASSWORD, SHOP_ID, USERNAME, examples, locationExamples, mockClient, spec } from './mock-client.js';

const BASIC = `Basic ${btoa(`${USERNAME}:${PASSWORD}`)}`;

describe('IOM orders against the Prism mock', () => {
  it('create posts the order as the vendor media type and returns the Location and the order number in it', async () => {
    const { client, recorder } = mockClient();
    const created = await client.orders.create(examples.b2bOrder);
    const location = locationExamples('/shops/{shopId}/orders').b2bCompanyOrder;
    expect(created).toEqual({ location, shopOrderNumber: 'B2B-2024-000731' });
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.url.search]).toEqual(['POST', `/shops/${SHOP_ID}/orders`, '']);
    expect(sent.headers.get('content-type')).toBe(ORDER_MEDIA_TYPE);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.headers.get('authorization')).toBe(BASIC);
    expect(sent.headers.get('user-agent')).toMatch(/^@shopclients\/iom-order\/\d+\.\d+\.\d+/);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.b2bOrder);
  });

  it.each(Object.entries(examples.orders))('the spec example order %s is accepted', async (_, order) => {
    const { client, recorder } = mockClient();
    await expect(client.orders.create(order)).resolves.toMatchObject({ shopOrderNumber: expect.any(String) });
    expect(JSON.parse(recorder.only().body ?? '')).toEqual(order);
  });

  it('get reads one order', async () => {
    const { client, recorder } = mockClient();
    await expect(client.orders.get('B2B-2024-000731')).resolves.toEqual(spec.responseExample('getOrder', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.url.search, sent.body]).toEqual(['GET', `/shops/${SHOP_ID}/orders/B2B-2024-000731`, '', undefined]);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.headers.get('authorization')).toBe(BASIC);
    expect(sent.headers.has('content-type')).toBe(false);
  });

  it('a shopId given with the call overrides the client default, and order numbers are percent-encoded', async () => {
    const { client, recorder } = mockClient();
    await client.orders.get('eBay/123 #7', { shopId: '2000' });
    expect(recorder.only().url.pathname).toBe('/shops/2000/orders/eBay%2F123%20%237');
  });

  it('a bearer token is sent as Authorization: Bearer', async () => {
    const { client, recorder } = mockClient({ auth: { token: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' } });
    await client.orders.get('B2B-2024-000731');
    expect(recorder.only().headers.get('authorization')).toBe('Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig');
  });
});

describe('IOM change requests against the Prism mock', () => {
  it('list sends each exclude as its own query parameter and returns the change requests', async () => {
    const { client, recorder } = mockClient();
    const views = await client.changeRequests.list('B2B-2024-000731', { excludes: ['changeRequest', 'updateDate'] });
    expect(views).toEqual(spec.responseExample('getChangeRequestViewList', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['GET', `/shops/${SHOP_ID}/orders/B2B-2024-000731/change-requests`]);
    expect(sent.url.search).toBe('?excludes=changeRequest&excludes=updateDate');
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(sent.body).toBeUndefined();
  });

  it('create posts the change request as the vendor media type and returns the IDs from the Location', async () => {
    const { client, recorder } = mockClient();
    const created = await client.changeRequests.create('B2B-2024-000731', examples.changeRequest);
    const location = locationExamples('/shops/{shopId}/orders/{shopOrderNumber}/change-requests').reduceQuantity;
    expect(created).toEqual({ location, shopOrderNumber: 'B2B-2024-000731', changeRequestId: 'CR-000731-01' });
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', `/shops/${SHOP_ID}/orders/B2B-2024-000731/change-requests`]);
    expect(sent.headers.get('content-type')).toBe(ORDER_MEDIA_TYPE);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.changeRequest);
  });

  it('get reads one change request', async () => {
    const { client, recorder } = mockClient();
    const view = await client.changeRequests.get('B2B-2024-000731', 'CR-000731-01', { excludes: ['changeRequest'] });
    expect(view).toEqual(spec.responseExample('getChangeRequest', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.url.search]).toEqual([
      'GET',
      `/shops/${SHOP_ID}/orders/B2B-2024-000731/change-requests/CR-000731-01`,
      '?excludes=changeRequest',
    ]);
    expect(sent.headers.get('accept')).toBe(ACCEPT);
  });
});

describe('IOM order states against the Prism mock', () => {
  it('search sends every filter, lists repeated per value, dates as days, and returns the page', async () => {
    const { client, recorder } = mockClient({ timeZone: 'Europe/Berlin' });
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
    expect(page).toEqual(spec.responseExample('getOrderStatesBySortCriterias', 200));
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
    const { client, recorder } = mockClient();
    await client.orderStates.search();
    expect(recorder.only().url.search).toBe('');
  });
});
