// Type-check cost of the clients: every public method of both clients, called the way a shop
// integration would call it. `pnpm bench` type-checks this file and empty.ts with the same options
// and reports the difference. The IOM order is the spec's `B2CPackstationOrder` example.
import { type ChangeRequestInput, IomOrders, type OrderInput, NotFoundError as IomNotFound } from '@shopclients/iom-order';
import { Komfortkasse, NotFoundError, type Order, type OrderSubmission, fromKomfortkasseDate, parsePaymentStatusWebhook } from '@shopclients/komfortkasse';

export async function komfortkasse(apiKey: string, invoicePdf: Uint8Array, webhookBody: string): Promise<number> {
  const client = new Komfortkasse({ apiKey, timeout: 10_000, maxRetries: 3, logger: console, headers: { 'X-Shop': 'demo' } });
  const order: OrderSubmission = {
    date: new Date(),
    dueDate: '09-05-2018',
    customerEmail: 'max@example.org',
    customerNumber: '7890',
    type: 'INVOICE',
    paymentMethod: 'banktransfer',
    amount: 22.38,
    currency: 'EUR',
    language: 'de',
    items: [{ number: '1826353', name: 'T-Shirt' }],
    invoiceNumbers: ['100072533'],
    billing: {
      gender: 'male',
      firstName: 'Max',
      lastName: 'Mustermann',
      street: 'Bahnhofstr. 14',
      postCode: '63073',
      city: 'Offenbach am Main',
      countryCode: 'DE',
    },
  };
  const stored: Order = await client.orders.submit('10001', order, { include: ['postings', 'refunds'] });
  const many = await client.orders.submitMany([{ number: '10002', ...order }], { include: ['paymentReminders'] });
  const read = await client.orders.get('10001', { timeout: 5_000 });
  const paid = await client.orders.list({ paymentStatus: ['PAID', 'PAID_PARTIAL'], maxAge: 30, minPostingDate: '2026-11-01' });
  const cancelled = await client.orders.cancel('10001');
  const removed = await client.orders.remove('10001', { include: ['collectionHistory'] });
  const setPaid: unknown = await client.orders.setPaid('10001');
  const unpaid = await client.orders.setUnpaid('10001', { signal: AbortSignal.timeout(1_000) });
  const legacy: number = await client.orders.sync(['10001', '10002'], { isCompleteList: true });
  await client.invoices.upload('10001', 'INV-2018-533', invoicePdf, { filename: 'INV-2018-533.pdf' });
  const refund = await client.refunds.create('10001', { externalReference: 'RMA-1', amount: 22.38, currency: 'EUR', plannedDate: new Date('2026-12-01') });
  const postings = await client.postings.list({ createdMin: '2026-11-01', includeOrders: true });
  const hook = parsePaymentStatusWebhook(webhookBody);
  const day: Date = fromKomfortkasseDate(read.date);
  try {
    await client.orders.get('missing');
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  return [stored.amount, many.length, paid.length, cancelled.amount, removed.amount, unpaid.amount, refund.amount, postings.length, hook.amount, day.getTime()]
    .concat(setPaid === undefined ? 0 : 1, legacy)
    .reduce((sum, value) => sum + (value ?? 0), 0);
}

const order: OrderInput = {
  shopOrderNumber: 'B2C-2024-004512',
  shopOrderCreationDate: '2024-03-14T18:02:11.045+01:00',
  customerData: {
    customerDataType: 'PERSON',
    shopCustomerNumber: 'C-200917',
  },
  invoiceAddress: {
    location: {
      type: 'AddressLocationStreet',
      street: 'Am Anger',
      streetNumber: '7',
      postCode: '99084',
      city: 'Erfurt',
      countryCode: 'DEU',
    },
    contact: {
      email: 'max.mustermann@example.com',
      mobile: '+49 170 1234567',
    },
    receiver: {
      addressReceiverType: 'PERSON',
      person: {
        salutation: 'Mr.',
        firstName: 'Max',
        lastName: 'Mustermann',
      },
    },
  },
  sales: {
    currencyCode: 'EUR',
    subTotal: {
      net: {
        amount: 28.03,
      },
      gross: {
        amount: 29.99,
      },
      taxes: [
        {
          type: 'VAT',
          amount: 1.96,
          rate: 7,
          location: 'DEU',
        },
      ],
    },
    total: {
      net: {
        amount: 28.03,
      },
      gross: {
        amount: 29.99,
      },
      taxes: [
        {
          type: 'VAT',
          amount: 1.96,
          rate: 7,
          location: 'DEU',
        },
      ],
    },
  },
  payment: {
    paymentMethod: 'PAYPAL',
    paymentProviderOrderNo: 'PAYID-M3X7QJA12345',
    paymentProviderRefNo: '9XK12345AB678901C',
  },
  shippingBuckets: [
    {
      number: '1',
      shippingAddress: {
        location: {
          type: 'AddressLocationPackstation',
          userId: '123456789',
          stationNumber: '105',
          postCode: '99084',
          city: 'Erfurt',
          countryCode: 'DEU',
        },
        contact: {
          email: 'max.mustermann@example.com',
        },
        receiver: {
          addressReceiverType: 'PERSON',
          person: {
            firstName: 'Max',
            lastName: 'Mustermann',
          },
        },
      },
      shippingMethod: 'DHL',
      positions: [
        {
          number: 1,
          product: {
            name: 'A Philosophy of Software Design',
            number: 'BOOK-APOSD-2',
            isbn: '978-1732102217',
          },
          quantity: 1,
          sum: {
            net: {
              amount: 28.03,
            },
            gross: {
              amount: 29.99,
            },
            taxes: [
              {
                type: 'VAT',
                amount: 1.96,
                rate: 7,
                location: 'DEU',
              },
            ],
          },
          unitPrice: {
            gross: {
              amount: 29.99,
            },
          },
          shipping: {
            deliveryDate: {
              deliveryDateType: 'STANDARD',
            },
            expectedDeliveryDays: 2,
          },
        },
      ],
    },
  ],
};

export async function iom(password: string): Promise<number> {
  const client = new IomOrders({
    baseUrl: 'https://iom.example.com:8443/rest/order-service',
    shopId: 1000,
    auth: { username: 'integration', password },
    timeZone: 'Europe/Berlin',
  });
  const created = await client.orders.create(order);
  const read = await client.orders.get(created.shopOrderNumber, { shopId: '1000' });
  const change: ChangeRequestInput = {
    changeRequestId: 'CR-004512-01',
    changeRequest: { ...order, shopOrderUpdateDate: '2024-03-15T09:00:00.000+01:00' },
  };
  const requested = await client.changeRequests.create(read.shopOrderNumber, change);
  const requests = await client.changeRequests.list(read.shopOrderNumber, { excludes: ['changeRequest'] });
  const request = await client.changeRequests.get(requested.shopOrderNumber, requested.changeRequestId);
  const page = await client.orderStates.search({
    shopCustomerNumbers: ['C-200917'],
    createdFrom: new Date('2024-03-01'),
    orderBy: 'shopOrderCreationDate',
    sortDirection: 'DESC',
    limit: 25,
  });
  let dispatched = 0;
  for await (const state of client.orderStates.iterate({ statuses: ['STATE_DISPATCHED'], createdFrom: '2024-03-01', createdTo: '2024-03-31' })) {
    if (state.shippingBuckets.length > 0) dispatched++;
  }
  try {
    await client.orders.get('missing');
  } catch (error) {
    if (!(error instanceof IomNotFound)) throw error;
  }
  return requests.length + (request.status === undefined ? 0 : 1) + (page.meta?.totalCount ?? 0) + dispatched;
}
