import { describe, expect, it } from 'vitest';
import { API_KEY, TARGETS, type Target, contractClient, examples, futureDay, spec } from './mock-client.js';

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
      onTarget(target, spec.responseExample('submitOrders', 200), examples.orders.map((order) => stored(order.number, order, { paymentStatus: 'UNPAID' }))),
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
      onTarget(target, spec.responseExample('readOrders', 200), [stored('10001', examples.order, { paymentStatus: 'PAID', amountPaid: 22.38, paymentReminders: [] })]),
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
    await expect(client.orders.sync(examples.openOrderNumbers, { isCompleteList: true })).resolves.toBe(onTarget(target, spec.responseExample('syncOrders', 200), 1));
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
