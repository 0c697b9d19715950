import { describe, expect, it } from 'vitest';
import { API_KEY, examples, futureDay, mockClient, spec } from './mock-client.js';

const JSON_TYPE = 'application/json';

describe('Komfortkasse orders against the Prism mock', () => {
  it('submit sends the order with the key and include flags, and returns the stored order', async () => {
    const { client, recorder } = mockClient();
    const order = await client.orders.submit('10001', examples.order, { include: ['postings', 'refunds'] });
    expect(order).toEqual(spec.responseExample('submitOrder', 200));
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
    const { client, recorder } = mockClient();
    await client.orders.submit('10001', {
      ...examples.order,
      date: new Date('2018-04-24T22:30:00Z'), // already 25 April in Berlin
      dueDate: '2018-05-09',
      amount: 22.375,
    });
    expect(JSON.parse(recorder.only().body ?? '')).toMatchObject({ date: '25-04-2018', dueDate: '09-05-2018', amount: 22.38 });
  });

  it('submit percent-encodes an order number with slash, space and hash', async () => {
    const { client, recorder } = mockClient();
    await client.orders.submit('eBay/123 #7', examples.order);
    expect(recorder.only().url.pathname).toBe('/order/eBay%2F123%20%237');
  });

  it('submitMany sends the list with each order number and returns the stored orders', async () => {
    const { client, recorder } = mockClient();
    const orders = await client.orders.submitMany(examples.orders);
    expect(orders).toEqual(spec.responseExample('submitOrders', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/orders']);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.orders);
  });

  it('get reads one order', async () => {
    const { client, recorder } = mockClient();
    await expect(client.orders.get('10001')).resolves.toEqual(spec.responseExample('getOrder', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.body]).toEqual(['GET', '/order/10001', undefined]);
    expect(sent.headers.has('content-type')).toBe(false);
  });

  it('list sends the filters, the status list comma-separated', async () => {
    const { client, recorder } = mockClient();
    const orders = await client.orders.list({
      maxAge: 30,
      paymentStatus: ['PAID', 'PAID_PARTIAL'],
      minPostingDate: '01-05-2018',
      include: ['paymentReminders'],
    });
    expect(orders).toEqual(spec.responseExample('readOrders', 200));
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
    ['cancel', 'cancelOrder', '/order/10001/cancel'],
    ['setUnpaid', 'setOrderUnpaid', '/order/10001/setunpaid'],
    ['setPaid', 'setOrderPaid', '/order/10001/setpaid'],
  ] as const)('%s posts without a body and returns the documented result', async (method, operationId, path) => {
    const { client, recorder } = mockClient();
    await expect(client.orders[method]('10001')).resolves.toEqual(spec.responseExample(operationId, 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.body]).toEqual(['POST', path, undefined]);
  });

  it('remove posts to /order/remove/{n} with include flags and returns the DISAPPEARED order', async () => {
    const { client, recorder } = mockClient();
    const order = await client.orders.remove('10001', { include: ['collectionHistory'] });
    expect(order).toEqual(spec.responseExample('removeOrder', 200));
    expect(order.paymentStatus).toBe('DISAPPEARED');
    const sent = recorder.only();
    expect(sent.url.pathname).toBe('/order/remove/10001');
    expect(sent.url.searchParams.get('includeCollectionHistory')).toBe('true');
  });

  it('sync sends the complete list and returns how many orders became LEGACY', async () => {
    const { client, recorder } = mockClient();
    await expect(client.orders.sync(examples.openOrderNumbers, { isCompleteList: true })).resolves.toBe(spec.responseExample('syncOrders', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/ordersync']);
    expect(JSON.parse(sent.body ?? '')).toEqual(examples.openOrderNumbers);
  });
});

describe('Komfortkasse invoices, refunds and postings against the Prism mock', () => {
  it('invoices.upload sends one multipart part `file` with the PDF bytes', async () => {
    const { client, recorder } = mockClient();
    await expect(client.invoices.upload('10001', '100072533', new TextEncoder().encode('%PDF-1.7 test'))).resolves.toBeUndefined();
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/order/10001/invoice/100072533']);
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toContain('Content-Disposition: form-data; name="file"; filename="100072533.pdf"');
    expect(sent.body).toContain('Content-Type: application/pdf');
    expect(sent.body).toContain('%PDF-1.7 test');
  });

  it('refunds.create sends the refund with plannedDate as dd-MM-yyyy and returns it', async () => {
    const { client, recorder } = mockClient();
    // Noon UTC of a day 30 days ahead is that same day in Berlin.
    const planned = new Date(`${futureDay().split('-').reverse().join('-')}T12:00:00Z`);
    const refund = await client.refunds.create('10001', { ...examples.refund, plannedDate: planned });
    expect(refund).toEqual(spec.responseExample('createRefund', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname]).toEqual(['POST', '/order/10001/refund']);
    expect(JSON.parse(sent.body ?? '')).toEqual({ ...examples.refund, plannedDate: futureDay() });
  });

  it('postings.list sends the date range and filters', async () => {
    const { client, recorder } = mockClient();
    const postings = await client.postings.list({
      createdMin: new Date('2018-05-01T12:00:00Z'),
      createdMax: '2018-06-01',
      includeOrders: true,
      iban: 'DE02120300000000202051',
    });
    expect(postings).toEqual(spec.responseExample('readPostings', 200));
    expect(Object.fromEntries(recorder.only().url.searchParams)).toEqual({
      createdMin: '01-05-2018',
      createdMax: '01-06-2018',
      includeOrders: 'true',
      iban: 'DE02120300000000202051',
    });
  });
});
