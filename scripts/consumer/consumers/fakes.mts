// A consumer's own integration test, run on the installed tarballs with nothing but the clients and
// their `/testing` entry points, and with the global fetch disabled: every flow the fakes document.
// Every runtime of the consumer test runs it; it uses no runtime-specific API (the fakes' `listen`,
// which needs node:http, is tested in the packages and by `pnpm mock --fake`).
import { ConnectionError, IomOrders, NotFoundError as IomNotFoundError, type OrderInput, ValidationError as IomValidationError } from '@shopclients/iom-order';
import { createFakeIom } from '@shopclients/iom-order/testing';
import { Komfortkasse, RateLimitError, ValidationError, parsePaymentStatusWebhook } from '@shopclients/komfortkasse';
import { createFakeKomfortkasse } from '@shopclients/komfortkasse/testing';

const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`fakes consumer: ${what}`);
};
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

export default async function consume(_targets: ConsumerTargets): Promise<void> {
  const globalFetch = globalThis.fetch;
  globalThis.fetch = (() => {
    throw new Error('global fetch is disabled in this consumer');
  }) as typeof fetch;
  try {
    await komfortkasseFlows();
    await iomFlows();
  } finally {
    globalThis.fetch = globalFetch;
  }
}

async function komfortkasseFlows(): Promise<void> {
  // ---------------------------------------------------------------- Komfortkasse
  const kk = createFakeKomfortkasse({ now: '2030-03-10T09:00:00Z' });
  const komfortkasse = new Komfortkasse({ apiKey: kk.apiKey, baseUrl: kk.baseUrl, fetch: kk.fetch, maxRetries: 1, retry: { initialDelayMs: 1 } });
  const order = { date: '10-03-2030', type: 'PREPAYMENT' as const, amount: 40, currency: 'EUR', billing: { lastName: 'Muster', countryCode: 'DE' } };

  const submitted = await komfortkasse.orders.submit('K-1', { ...order, initialDunningLevel: 1 });
  check(submitted.paymentStatus === 'UNPAID' && submitted.dunningLevel === 1, 'submit stores an UNPAID order');
  await komfortkasse.orders.submitMany([
    { ...order, number: 'K-1', amount: 50, initialDunningLevel: 2 },
    { ...order, number: 'K-2' },
    { ...order, number: 'K-3' },
  ]);
  const read = await komfortkasse.orders.get('K-1');
  check(read.amount === 50 && read.dunningLevel === 1, 'a resubmit updates the order, initialDunningLevel only at creation');

  const partial = kk.customerPays('K-1', { amount: 20 });
  check(partial.order.paymentStatus === 'PAID_PARTIAL', 'a part payment is PAID_PARTIAL');
  kk.clock.advance({ days: 1 });
  const { webhook } = kk.customerPays('K-1');
  const hook = parsePaymentStatusWebhook(webhook.body);
  check(hook.number === 'K-1' && hook.paymentStatus === 'PAID' && hook.amountPaid === 50, 'the webhook payload parses as the PAID order');
  const paid = await komfortkasse.orders.list({ paymentStatus: ['PAID'], minPostingDate: '11-03-2030', include: ['postings'] });
  check(paid.length === 1 && paid[0]?.postings?.length === 2, 'list filters by status and posting day, with postings');
  check((await komfortkasse.postings.list({ createdMin: '11-03-2030' })).length === 1, 'postings are listed by day');

  check((await komfortkasse.orders.cancel('K-2')).paymentStatus === 'CANCELLED', 'cancel → CANCELLED');
  check((await komfortkasse.orders.remove('K-2')).paymentStatus === 'DISAPPEARED', 'remove → DISAPPEARED');
  await komfortkasse.orders.submit('K-4', order);
  await komfortkasse.orders.setPaid('K-4');
  check(kk.order('K-4')?.paymentStatus === 'PAID', 'setPaid → PAID');
  check((await komfortkasse.orders.setUnpaid('K-4')).paymentStatus === 'UNPAID', 'setUnpaid → UNPAID');
  check((await komfortkasse.orders.sync(['K-4'], { isCompleteList: true })) === 1 && kk.order('K-3')?.paymentStatus === 'LEGACY', 'sync retires K-3');

  const refund = await komfortkasse.refunds.create('K-1', { externalReference: 'RMA-1', amount: 10, currency: 'EUR', plannedDate: '20-03-2030' });
  check(refund.status === 'NEW', 'a refund of a paid order (bank details known) is NEW');
  const reused = await failure(komfortkasse.refunds.create('K-1', { externalReference: 'RMA-1', amount: 1, currency: 'EUR', plannedDate: '20-03-2030' }));
  check(reused instanceof ValidationError && /RMA-1/.test(reused.message), 'a reused externalReference is a 400 naming it');
  check(kk.executeRefund('K-1', 'RMA-1').order.paymentStatus === 'REFUNDED_PARTIAL', 'an executed refund refunds the order in part');
  await komfortkasse.invoices.upload('K-1', 'R-1', new Uint8Array([37, 80, 68, 70]));
  check(kk.invoices('K-1').length === 1, 'the invoice upload is recorded');
  check(kk.specViolations.length === 0, 'the Komfortkasse fake broke no rule of the spec');
  const unchecked = new Komfortkasse({ apiKey: kk.apiKey, baseUrl: kk.baseUrl, fetch: kk.fetch, validateRequests: false });
  const refused = await failure(unchecked.orders.submit('K-9', { ...order, billing: { lastName: 'Muster' } } as never));
  check(
    refused instanceof ValidationError && JSON.stringify(refused.body).includes('billing.countryCode'),
    'a request breaking the spec is a 400 naming the field',
  );

  kk.failNext({ status: 429, retryAfter: 0 });
  check((await komfortkasse.orders.list()).length > 0 && kk.calls.at(-2)?.outcome === 429, 'a planned 429 is retried');
  kk.failNext({ status: 429, retryAfter: 3600 }, { operation: 'getOrder' }); // longer than the client waits
  check((await failure(komfortkasse.orders.get('K-1'))) instanceof RateLimitError, 'a 429 with a long Retry-After is a RateLimitError');
}

async function iomFlows(): Promise<void> {
  const fakeIom = createFakeIom({ shopIds: [1000, 2000], now: '2024-03-14T09:00:00Z' });
  const iom = new IomOrders({ baseUrl: fakeIom.baseUrl, auth: fakeIom.auth, shopId: fakeIom.shopId, fetch: fakeIom.fetch, maxRetries: 0 });
  const price = { net: { amount: 10 }, gross: { amount: 11.9 }, taxes: [{ type: 'VAT', amount: 1.9, rate: 19, location: 'DEU' }] };
  const iomOrder: OrderInput = {
    shopOrderNumber: 'I-1',
    shopOrderCreationDate: '2024-03-12T09:00:00Z',
    customerData: { customerDataType: 'PERSON', shopCustomerNumber: 'C-1' },
    invoiceAddress: {
      location: { type: 'AddressLocationStreet', street: 'Hauptstr.', streetNumber: '1', postCode: '10115', city: 'Berlin', countryCode: 'DEU' },
      contact: { email: 'erika@example.org' },
      receiver: { addressReceiverType: 'PERSON', person: { lastName: 'Muster' } },
    },
    payment: { paymentMethod: 'PREPAYMENT' },
    sales: { currencyCode: 'EUR', subTotal: price, total: price },
    shippingBuckets: [
      {
        shippingAddress: {
          location: { type: 'AddressLocationPackstation', stationNumber: '101', userId: '12345678', postCode: '10115', city: 'Berlin', countryCode: 'DEU' },
          receiver: { addressReceiverType: 'PERSON', person: { lastName: 'Muster' } },
        },
        positions: [
          {
            number: 1,
            product: { number: 'SKU-1', name: 'Mug' },
            quantity: 1,
            sum: price,
            shipping: { deliveryDate: { deliveryDateType: 'STANDARD' }, expectedDeliveryDays: 3 },
          },
        ],
      },
    ],
  };

  const created = await iom.orders.create(iomOrder);
  check(created.shopOrderNumber === 'I-1' && created.location.endsWith('/shops/1000/orders/I-1'), 'create answers the Location of the order');
  check((await failure(iom.orders.create(iomOrder))) instanceof IomValidationError, 'a second create of the number is a 400');
  check((await iom.orders.get('I-1')).shopOrderNumber === 'I-1', 'get returns the order');
  check((await failure(iom.orders.get('I-1', { shopId: 2000 }))) instanceof IomNotFoundError, 'orders are kept per shop');

  const changed = { ...iomOrder, shopOrderUpdateDate: '2024-03-14T10:00:00Z', project: 'changed' };
  await iom.changeRequests.create('I-1', { changeRequestId: 'CR-1', changeRequest: changed });
  check((await iom.changeRequests.get('I-1', 'CR-1')).status === 'OPEN', 'a change request starts OPEN');
  check((await iom.changeRequests.list('I-1', { excludes: ['changeRequest'] }))[0]?.changeRequest === undefined, 'excludes drops the changed order');
  fakeIom.settleChangeRequest('I-1', 'CR-1', 'APPLIED');
  check((await iom.orders.get('I-1')).project === 'changed', 'an APPLIED change request changes the order');

  fakeIom.setOrderStatus('I-1', 'STATE_DISPATCHED', { positions: { 1: 'STATE_DISPATCHED' } });
  const page = await iom.orderStates.search({ statuses: ['STATE_DISPATCHED'], emails: ['erika@example.org'], createdFrom: '2024-03-12' });
  check(
    page.meta?.totalCount === 1 && page.data?.[0]?.shippingBuckets[0]?.positions[0]?.status === 'STATE_DISPATCHED',
    'the order-state search sees the statuses',
  );

  fakeIom.failNext('lose-answer', { operation: 'createOrder' });
  const recovered = await iom.orders.create({ ...iomOrder, shopOrderNumber: 'I-2' });
  const creates = fakeIom.calls.filter((call) => call.operationId === 'createOrder' && call.path.endsWith('/orders'));
  check(recovered.shopOrderNumber === 'I-2' && creates.at(-1)?.outcome === 'lose-answer', 'a create whose answer was lost is read back');
  const blind = new IomOrders({ baseUrl: fakeIom.baseUrl, auth: fakeIom.auth, shopId: 1000, fetch: fakeIom.fetch, maxRetries: 0, reconcile: false });
  fakeIom.failNext('lose-answer', { operation: 'createOrder' });
  check(
    (await failure(blind.orders.create({ ...iomOrder, shopOrderNumber: 'I-4' }))) instanceof ConnectionError,
    'without reconcile a lost answer is a ConnectionError',
  );
  check(fakeIom.order('I-4') !== undefined, '… after the order was stored');
  const uncheckedIom = new IomOrders({ baseUrl: fakeIom.baseUrl, auth: fakeIom.auth, shopId: 1000, fetch: fakeIom.fetch, validateRequests: false });
  const packstationInvoice = {
    ...iomOrder,
    shopOrderNumber: 'I-3',
    invoiceAddress: { ...iomOrder.invoiceAddress, location: iomOrder.shippingBuckets[0]?.shippingAddress.location },
  };
  const rejected = await failure(uncheckedIom.orders.create(packstationInvoice as never));
  check(
    rejected instanceof IomValidationError && rejected.details.some((detail) => detail.message?.includes("'invoiceAddress.location.type'")),
    'an ErrorReport names the attribute',
  );

  check(fakeIom.specViolations.length === 0, 'the IOM fake broke no rule of the spec');
}
