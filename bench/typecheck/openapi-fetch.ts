// The same calls as consumer.ts made with bare openapi-fetch and the generated types, for comparison:
// what the types alone cost a consumer, without the clients' signatures.
import type { paths as IomPaths, OrderInput } from '@shopclients/iom-order-types';
import type { paths as KomfortkassePaths, OrderInput as KomfortkasseOrderInput } from '@shopclients/komfortkasse-types';
import createClient from 'openapi-fetch';

export async function komfortkasse(apiKey: string, invoice: Blob): Promise<number> {
  const client = createClient<KomfortkassePaths>({ baseUrl: 'https://ssl.komfortkasse.eu/api/v2', headers: { 'X-Komfortkasse-API-Key': apiKey } });
  const order: KomfortkasseOrderInput = {
    date: '25-04-2018',
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
  const path = { orderNumber: '10001' };
  const stored = await client.POST('/order/{orderNumber}', { params: { path, query: { includePostings: true, includeRefunds: true } }, body: order });
  const many = await client.POST('/orders', { params: { query: { includePaymentReminders: true } }, body: [{ number: '10002', ...order }] });
  const read = await client.GET('/order/{orderNumber}', { params: { path } });
  const paid = await client.GET('/orders', { params: { query: { paymentStatus: ['PAID', 'PAID_PARTIAL'], maxAge: '30', minPostingDate: '01-11-2026' } } });
  const cancelled = await client.POST('/order/{orderNumber}/cancel', { params: { path } });
  const removed = await client.POST('/order/remove/{orderNumber}', { params: { path, query: { includeCollectionHistory: true } } });
  const setPaid = await client.POST('/order/{orderNumber}/setpaid', { params: { path } });
  const unpaid = await client.POST('/order/{orderNumber}/setunpaid', { params: { path } });
  const legacy = await client.POST('/ordersync', { body: ['10001', '10002'] });
  const form = new FormData();
  form.append('file', invoice, 'INV-2018-533.pdf');
  await client.POST('/order/{orderNumber}/invoice/{invoiceNumber}', {
    params: { path: { ...path, invoiceNumber: 'INV-2018-533' } },
    body: form as unknown as { file: string },
  });
  const refund = await client.POST('/order/{orderNumber}/refund', {
    params: { path },
    body: { externalReference: 'RMA-1', amount: 22.38, currency: 'EUR', plannedDate: '01-12-2026' },
  });
  const postings = await client.GET('/postings', { params: { query: { createdMin: '01-11-2026', includeOrders: true } } });
  return [
    stored.data?.amount,
    many.data?.length,
    read.data?.amount,
    paid.data?.length,
    cancelled.data?.amount,
    removed.data?.amount,
    unpaid.data?.amount,
    legacy.data,
    refund.data?.amount,
    postings.data?.length,
  ]
    .concat(setPaid.error === undefined ? 0 : 1)
    .reduce<number>((sum, value) => sum + (value ?? 0), 0);
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

export async function iom(authorization: string): Promise<number> {
  const client = createClient<IomPaths>({ baseUrl: 'https://iom.example.com:8443/rest/order-service', headers: { Authorization: authorization } });
  const shop = { shopId: 1000 };
  const media = { 'Content-Type': 'application/vnd.intershop.order.v2+json' };
  const created = await client.POST('/shops/{shopId}/orders', { params: { path: shop }, body: order, headers: media, parseAs: 'text' });
  const path = { ...shop, shopOrderNumber: 'B2C-2024-004512' };
  const read = await client.GET('/shops/{shopId}/orders/{shopOrderNumber}', { params: { path } });
  const body = { changeRequestId: 'CR-004512-01', changeRequest: { ...order, shopOrderUpdateDate: '2024-03-15T09:00:00.000+01:00' } };
  const requested = await client.POST('/shops/{shopId}/orders/{shopOrderNumber}/change-requests', { params: { path }, body, headers: media, parseAs: 'text' });
  const requests = await client.GET('/shops/{shopId}/orders/{shopOrderNumber}/change-requests', { params: { path, query: { excludes: ['changeRequest'] } } });
  const request = await client.GET('/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}', {
    params: { path: { ...path, changeRequestId: 'CR-004512-01' } },
  });
  const page = await client.GET('/shops/{shopId}/order-states', {
    params: {
      path: shop,
      query: {
        shopCustomerNumbers: ['C-200917'],
        'shopOrderCreationDate[gte]': '2024-03-01',
        orderBy: 'shopOrderCreationDate',
        sortDirection: 'DESC',
        limit: 25,
      },
    },
  });
  return [
    created.response.status,
    read.data ? 1 : 0,
    requested.response.status,
    requests.data?.length,
    request.data ? 1 : 0,
    page.data?.meta?.totalCount,
  ].reduce<number>((sum, value) => sum + (value ?? 0), 0);
}
