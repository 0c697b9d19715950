// What Intershop's own code sends, which the vendor reference forbids but the real server accepts.
// The spec was relaxed for these (specs/iom-order/DIFFERENCES.md, "Relaxed to match the real server");
// each case is sent to the Prism mock, which validates the request against the spec.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ORDER_MEDIA_TYPE, type OrderInput, ValidationError } from '../../src/index.js';
import { SHOP_ID, mockClient, spec } from './mock-client.js';

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
