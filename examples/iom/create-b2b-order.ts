import type { CreatedOrder, IomOrders, OrderInput, Tax } from '@shopclients/iom-order';
import { isMain, runIomExample } from '../standalone.js';

const vat = (amount: number): Tax[] => [{ type: 'VAT', amount, rate: 19, location: 'DEU' }];

/** A company's order: two desks and four monitor arms to its warehouse, with a delivery charge, all at 19 % VAT. */
export function b2bOrder(shopOrderNumber: string, createdAt: Date): OrderInput {
  return {
    shopOrderNumber,
    shopOrderCreationDate: createdAt.toISOString(), // date-times are ISO 8601 strings
    customerData: {
      customerDataType: 'COMPANY', // a COMPANY customer needs companyData
      shopCustomerNumber: 'C-318204',
      orderNumber: 'PO-77120', // the customer's own purchase order number
      companyData: { companyName: 'Nordwerk Logistik GmbH', department: 'Facility management', vatNumber: 'DE298765431' },
    },
    invoiceAddress: {
      // An invoice address must be a street or a PO box; a Packstation is only allowed for shipping.
      location: { type: 'AddressLocationStreet', street: 'Am Sandtorkai', streetNumber: '41', postCode: '20457', city: 'Hamburg', countryCode: 'DEU' },
      contact: { email: 'invoices@nordwerk.example' },
      receiver: { addressReceiverType: 'COMPANY', companyName: 'Nordwerk Logistik GmbH' },
    },
    payment: { paymentMethod: 'INVOICE' },
    sales: {
      currencyCode: 'EUR',
      subTotal: { net: { amount: 1100.0 }, gross: { amount: 1309.0 }, taxes: vat(209.0) }, // the positions
      total: { net: { amount: 1135.0 }, gross: { amount: 1350.65 }, taxes: vat(215.65) }, // plus the delivery charge
    },
    shippingBuckets: [
      {
        number: '1',
        shippingMethod: 'DHL',
        shippingAddress: {
          location: {
            type: 'AddressLocationStreet',
            street: 'Hermann-Blohm-Straße',
            streetNumber: '3',
            postCode: '20457',
            city: 'Hamburg',
            countryCode: 'DEU',
            additions: ['Gate 2'],
          },
          contact: { email: 'goods-in@nordwerk.example', phone: '+49 40 5550 1200' },
          receiver: { addressReceiverType: 'COMPANY', companyName: 'Nordwerk Logistik GmbH', person: { firstName: 'Lena', lastName: 'Brandt' } },
        },
        charges: [{ number: 1, type: 'DELIVERYCHARGE', net: { amount: 35.0 }, gross: { amount: 41.65 }, taxes: vat(6.65) }],
        positions: [
          {
            number: 1,
            product: { number: 'DESK-HA-160', name: 'Height-adjustable desk 160 x 80' },
            quantity: 2,
            unitPrice: { net: { amount: 420.0 }, gross: { amount: 499.8 } },
            sum: { net: { amount: 840.0 }, gross: { amount: 999.6 }, taxes: vat(159.6) },
            shipping: { deliveryDate: { deliveryDateType: 'STANDARD' }, expectedDeliveryDays: 5 },
          },
          {
            number: 2,
            product: { number: 'ARM-DUO-2', name: 'Dual monitor arm' },
            quantity: 4,
            unitPrice: { net: { amount: 65.0 }, gross: { amount: 77.35 } },
            sum: { net: { amount: 260.0 }, gross: { amount: 309.4 }, taxes: vat(49.4) },
            shipping: { deliveryDate: { deliveryDateType: 'STANDARD' }, expectedDeliveryDays: 5 },
          },
        ],
      },
    ],
  };
}

/** Hands the order to IOM. Returns where IOM stored it and the order number from that `Location`. */
export async function createB2bOrder(iom: IomOrders, order: OrderInput): Promise<CreatedOrder> {
  // Never retried automatically: if the answer is lost, a repeat would create the order twice.
  // IOM answers a create with 201 and a Location header only; a 400 throws ValidationError with the problems.
  return iom.orders.create(order);
}

// npx tsx examples/iom/create-b2b-order.ts
if (isMain(import.meta)) {
  await runIomExample('createB2bOrder', 'creates an order', (iom) =>
    createB2bOrder(iom, b2bOrder(`B2B-EX-${Date.now().toString(36).toUpperCase()}`, new Date())),
  );
}
