// Runs every example against the embedded Prism mocks (or the real servers named in the environment)
// and checks what it returns and what it sent. Prism validates each request against our spec, so an
// example whose data breaks the spec fails here too.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CreatedOrder, ORDER_MEDIA_TYPE, type OrderInput } from '@shopclients/iom-order';
import type { Order } from '@shopclients/komfortkasse';
import { SpecExamples, recordingFetch } from '@shopclients/testkit';
import { describe, expect, inject, it } from 'vitest';
import { type Target, assertWritesAllowed, iomClient, komfortkasseClient } from '../clients.js';
import { b2bOrder, createB2bOrder } from '../iom/create-b2b-order.js';
import { followChangeRequest } from '../iom/follow-change-requests.js';
import { walkCustomerOrderStates } from '../iom/walk-customer-order-states.js';
import { paymentWebhookHandler } from '../komfortkasse/handle-payment-webhook.js';
import { registerRefund } from '../komfortkasse/register-refund.js';
import { submitOrderAndReadPaymentStatus } from '../komfortkasse/submit-order-and-read-payment-status.js';
import { printResult } from '../standalone.js';
import { uploadInvoice } from '../komfortkasse/upload-invoice.js';

const env = process.env;
/** `pnpm examples` sets EXAMPLES_PRINT=1 to print what each example returned; `pnpm test` stays quiet. */
const show = (example: string, result: unknown) => {
  if (env.EXAMPLES_PRINT === '1') printResult(example, result);
};
const DAY = 24 * 60 * 60 * 1000;
// Unique per run, so a run against a real test shop never touches an earlier run's data.
const run = Date.now().toString(36).toUpperCase();

/** The path of `target`'s base URL (empty for the mocks), which every request path starts with. */
const basePath = (target: Target) => new URL(target.baseUrl).pathname.replace(/\/$/, '');

/**
 * The order that later examples refer to must exist on a real server. The example that creates it
 * records its promise here; a later example run on its own (`-t`) creates the order first.
 */
class Once<T> {
  #promise: Promise<T> | undefined;
  run(make: () => Promise<T>): Promise<T> {
    this.#promise ??= make();
    return this.#promise;
  }
}

describe('Komfortkasse examples', () => {
  const spec = new SpecExamples('komfortkasse');
  const mockUrl = inject('komfortkasseMockUrl');
  /** A client for one test, recording what it sends. */
  const client = () => {
    const recorder = recordingFetch();
    return { ...komfortkasseClient(env, mockUrl, { fetch: recorder.fetch }), recorder };
  };
  const { target } = client();
  const mock = target.kind === 'mock';
  const orderNumber = `EX-${run}`;
  // The order the refund and the invoice belong to; on a mock any number will do.
  const submitted = new Once<Awaited<ReturnType<typeof submitOrderAndReadPaymentStatus>>>();
  const ensureOrder = async () => {
    if (!mock) await submitted.run(() => submitOrderAndReadPaymentStatus(client().komfortkasse, orderNumber));
  };
  /** A day as Komfortkasse wants it, dd-MM-yyyy, in the client's default zone. */
  const berlinDay = (date: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date).replaceAll('/', '-');

  it('submit an order and read its payment status [writes]', async () => {
    assertWritesAllowed(target, env, 'submits an order');
    const { komfortkasse, recorder } = client();
    const before = new Date();
    const result = await submitted.run(() => submitOrderAndReadPaymentStatus(komfortkasse, orderNumber));
    const after = new Date();
    show('submitOrderAndReadPaymentStatus', result);

    const [submit, get] = recorder.requests;
    expect(recorder.requests.map((sent) => `${sent.method} ${sent.url.pathname}`)).toEqual([
      `POST ${basePath(target)}/order/${orderNumber}`,
      `GET ${basePath(target)}/order/${orderNumber}`,
    ]);
    const body = JSON.parse(submit?.body ?? '');
    expect(body).toMatchObject({ type: 'INVOICE', amount: 22.38, currency: 'EUR', billing: { lastName: 'Mustermann', countryCode: 'DE' } });
    expect([berlinDay(before), berlinDay(after)]).toContain(body.date); // the Date went out as dd-MM-yyyy
    expect([berlinDay(new Date(before.getTime() + 14 * DAY)), berlinDay(new Date(after.getTime() + 14 * DAY))]).toContain(body.dueDate);
    expect(get?.body).toBeUndefined();

    if (mock) {
      expect(result.submitted).toEqual(spec.responseExample('submitOrder', 200));
      expect(result.paymentStatus).toBe((spec.responseExample('getOrder', 200) as Order).paymentStatus);
      expect(result.paymentStatus).toBe('UNPAID');
    } else {
      expect(result.submitted).toMatchObject({ number: orderNumber, type: 'INVOICE', amount: 22.38, currency: 'EUR' });
      expect(result.paymentStatus).toBe('UNPAID');
    }
  });

  it('register a refund [writes]', async () => {
    assertWritesAllowed(target, env, 'registers a refund');
    await ensureOrder();
    const { komfortkasse, recorder } = client();
    const returnNumber = `RMA-${run}`;
    const now = Date.now();
    const refund = await registerRefund(komfortkasse, orderNumber, returnNumber);
    show('registerRefund', refund);

    const sent = recorder.only();
    expect(`${sent.method} ${sent.url.pathname}`).toBe(`POST ${basePath(target)}/order/${orderNumber}/refund`);
    const body = JSON.parse(sent.body ?? '');
    expect(body).toMatchObject({ externalReference: returnNumber, amount: 22.38, currency: 'EUR' });
    expect([berlinDay(new Date(now + 3 * DAY)), berlinDay(new Date(Date.now() + 3 * DAY))]).toContain(body.plannedDate);

    if (mock) {
      expect(refund).toEqual(spec.responseExample('createRefund', 200));
    } else {
      expect(refund).toMatchObject({ externalReference: returnNumber, amount: 22.38, currency: 'EUR', plannedDate: body.plannedDate });
      expect(['NEW', 'BANKDETAILS_MISSING']).toContain(refund.status);
    }
  });

  it('upload an invoice [writes]', async () => {
    assertWritesAllowed(target, env, 'uploads an invoice (which may be posted to the customer)');
    await ensureOrder();
    const { komfortkasse, recorder } = client();
    const pdfPath = new URL('../komfortkasse/fixtures/invoice-100072533.pdf', import.meta.url).pathname;
    const pdf = readFileSync(pdfPath, 'latin1');

    const sentBytes = await uploadInvoice(komfortkasse, orderNumber, '100072533', pdfPath);
    show('uploadInvoice', sentBytes);
    expect(sentBytes).toBe(pdf.length);

    const sent = recorder.only();
    expect(`${sent.method} ${sent.url.pathname}`).toBe(`POST ${basePath(target)}/order/${orderNumber}/invoice/100072533`);
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toContain('Content-Disposition: form-data; name="file"; filename="invoice-100072533.pdf"');
    expect(sent.body).toContain('Content-Type: application/pdf');
    expect(sent.body).toContain('(Invoice 100072533) Tj'); // the file itself went out
  });

  describe('handle the payment-status webhook [no writes]', () => {
    /** Serves the example handler on a free loopback port, sends one request, and reports what happened. */
    async function deliver(request: { method?: string; body?: string }, onPaymentStatus: (order: Order) => void = () => {}) {
      const server = createServer(paymentWebhookHandler(onPaymentStatus));
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      try {
        const { port } = server.address() as AddressInfo;
        const response = await fetch(`http://127.0.0.1:${port}/komfortkasse/callback`, {
          method: request.method ?? 'POST',
          headers: { 'content-type': 'application/json' },
          ...(request.body === undefined ? {} : { body: request.body }),
        });
        return response.status;
      } finally {
        server.closeAllConnections();
        server.close();
      }
    }

    it.each(Object.entries(spec.responseExamples('getOrder', 200)))('answers 200 to the spec example %s and hands over the order', async (_, example) => {
      const received: Order[] = [];
      await expect(deliver({ body: JSON.stringify(example) }, (order) => void received.push(order))).resolves.toBe(200);
      expect(received).toEqual([example]);
      show('paymentWebhookHandler', { status: 200, received: received.map(({ number, paymentStatus }) => ({ number, paymentStatus })) });
      expect(received[0]?.number).toBe('10001');
      expect(received[0]?.paymentStatus).toBe((example as Order).paymentStatus);
    });

    it('answers 400 to a body that is not an order, 405 to a GET, and 500 when the shop fails to record it', async () => {
      const received: Order[] = [];
      const record = (order: Order) => void received.push(order);
      await expect(deliver({ body: '{"number":"10001","paymentStatus":"SOMETIMES"}' }, record)).resolves.toBe(400);
      await expect(deliver({ body: 'not json' }, record)).resolves.toBe(400);
      await expect(deliver({ method: 'GET' }, record)).resolves.toBe(405);
      expect(received).toEqual([]);
      const failing = () => {
        throw new Error('database down');
      };
      await expect(deliver({ body: JSON.stringify(spec.responseExample('getOrder', 200)) }, failing)).resolves.toBe(500);
    });
  });
});

describe('IOM examples', () => {
  const spec = new SpecExamples('iom-order');
  const mockUrl = inject('iomMockUrl');
  const client = () => {
    const recorder = recordingFetch();
    return { ...iomClient(env, mockUrl, { fetch: recorder.fetch }), recorder };
  };
  const { target } = client();
  const mock = target.kind === 'mock';
  const shopPath = () => `${basePath(target)}/shops/${mock ? 1000 : Number(env.IOM_SHOP_ID)}`;
  const order = b2bOrder(`B2B-EX-${run}`, new Date());
  // The order the change request refers to: created once, by whichever test needs it first.
  const created = new Once<CreatedOrder>();
  const locationExample = (path: string, name: string): string => spec.document.paths[path].post.responses['201'].headers.Location.examples[name].value;

  it("the B2B order's prices add up [no writes]", () => {
    const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
    const [bucket] = order.shippingBuckets;
    const positions = bucket?.positions ?? [];
    const charges = bucket?.charges ?? [];
    expect(positions).toHaveLength(2);
    expect(charges.map((charge) => charge.type)).toEqual(['DELIVERYCHARGE']);
    for (const price of [...positions.map((position) => position.sum), ...charges, order.sales.subTotal, order.sales.total]) {
      expect(sum([price.net?.amount ?? Number.NaN, ...price.taxes.map((tax) => tax.amount)])).toBe(price.gross?.amount);
    }
    for (const position of positions) expect(sum([(position.unitPrice?.net?.amount ?? 0) * position.quantity])).toBe(position.sum.net?.amount);
    expect(sum(positions.map((position) => position.sum.gross?.amount ?? Number.NaN))).toBe(order.sales.subTotal.gross?.amount);
    expect(sum([order.sales.subTotal.gross?.amount ?? Number.NaN, ...charges.map((charge) => charge.gross.amount)])).toBe(order.sales.total.gross?.amount);
  });

  it('create a B2B order [writes]', async () => {
    assertWritesAllowed(target, env, 'creates an order');
    const { iom, recorder } = client();
    const result = await created.run(() => createB2bOrder(iom, order));
    show('createB2bOrder', result);

    const sent = recorder.only();
    expect(`${sent.method} ${sent.url.pathname}`).toBe(`POST ${shopPath()}/orders`);
    expect(sent.headers.get('content-type')).toBe(ORDER_MEDIA_TYPE);
    const body = JSON.parse(sent.body ?? '') as OrderInput;
    expect(body).toEqual(order);
    expect(body).toMatchObject({ customerData: { customerDataType: 'COMPANY' }, invoiceAddress: { location: { type: 'AddressLocationStreet' } } });

    if (mock) {
      // Prism accepted the order (it answers 422 to one that breaks the spec) and sent its Location example.
      expect(result).toEqual({ location: locationExample('/shops/{shopId}/orders', 'b2bCompanyOrder'), shopOrderNumber: 'B2B-2024-000731' });
    } else {
      expect(result.shopOrderNumber).toBe(order.shopOrderNumber);
    }
  });

  it('follow the order through a change request [writes]', async () => {
    assertWritesAllowed(target, env, 'creates an order and a change request');
    if (!mock) await created.run(() => createB2bOrder(client().iom, order));
    const { iom, recorder } = client();
    const changeRequestId = `CR-${run}-01`;
    const deliverOn = new Date(Date.now() + 14 * DAY);
    const result = await followChangeRequest(iom, order, changeRequestId, deliverOn);
    show('followChangeRequest', result);

    const [create, list, get] = recorder.requests;
    const orderPath = `${shopPath()}/orders/${order.shopOrderNumber}`;
    expect(`${create?.method} ${create?.url.pathname}`).toBe(`POST ${orderPath}/change-requests`);
    const body = JSON.parse(create?.body ?? '');
    expect(body.changeRequestId).toBe(changeRequestId);
    expect(body.changeRequest).toMatchObject({ shopOrderNumber: order.shopOrderNumber, shopOrderUpdateDate: expect.any(String) });
    const deliveryDates = body.changeRequest.shippingBuckets.flatMap((bucket: OrderInput['shippingBuckets'][number]) =>
      bucket.positions.map((p) => p.shipping.deliveryDate),
    );
    expect(deliveryDates).toEqual([
      { deliveryDateType: 'FIXED', desiredDeliveryDate: deliverOn.toISOString() },
      { deliveryDateType: 'FIXED', desiredDeliveryDate: deliverOn.toISOString() },
    ]);
    expect(`${list?.method} ${list?.url.pathname}${list?.url.search}`).toBe(`GET ${orderPath}/change-requests?excludes=changeRequest`);
    expect(`${get?.method} ${get?.url.pathname}${get?.url.search}`).toBe(`GET ${orderPath}/change-requests/${changeRequestId}?excludes=changeRequest`);

    if (mock) {
      const location = locationExample('/shops/{shopId}/orders/{shopOrderNumber}/change-requests', 'reduceQuantity');
      expect(result.created).toEqual({ location, shopOrderNumber: 'B2B-2024-000731', changeRequestId: 'CR-000731-01' });
      expect(result.listed).toEqual([{ changeRequestId: 'CR-000731-01', status: 'ACCEPTED' }]);
      expect(result.status).toBe('ACCEPTED');
    } else {
      expect(result.created).toMatchObject({ shopOrderNumber: order.shopOrderNumber, changeRequestId });
      expect(result.listed.map((view) => view.changeRequestId)).toContain(changeRequestId);
      expect(['OPEN', 'ACCEPTED', 'APPLIED', 'FAILED_TO_APPLY']).toContain(result.status);
    }
  });

  it('walk all order states of a customer [no writes]', async () => {
    const { iom, recorder } = client();
    const customer = env.IOM_CUSTOMER_NUMBER?.trim() || order.customerData.shopCustomerNumber || '';
    const states = await walkCustomerOrderStates(iom, [customer]);
    show('walkCustomerOrderStates', states);

    const [first] = recorder.requests;
    expect(`${first?.method} ${first?.url.pathname}`).toBe(`GET ${shopPath()}/order-states`);
    expect(Object.fromEntries(first?.url.searchParams ?? [])).toEqual({
      shopCustomerNumbers: customer,
      orderBy: 'shopOrderCreationDate',
      sortDirection: 'ASC',
      offset: '0',
      limit: '50',
    });

    if (mock) {
      // Prism answers every search with the spec's oneMatch example: one page, totalCount 1.
      expect(recorder.requests).toHaveLength(1);
      expect(states).toEqual([
        {
          shopOrderNumber: 'B2B-2024-000731',
          customer: 'C-100482',
          createdAt: new Date('2024-03-12T08:41:27.512Z'),
          status: 'STATE_RETURNED',
          positions: [
            { product: 'CHAIR-ERG-200', status: 'STATE_RETURNED' },
            { product: 'LAMP-LED-10', status: 'STATE_RETURNED' },
          ],
        },
      ]);
    } else {
      expect(recorder.requests).toHaveLength(Math.max(1, Math.ceil(states.length / 50)));
      for (const state of states) expect(state.customer).toBe(customer);
      const times = states.map((state) => state.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});
