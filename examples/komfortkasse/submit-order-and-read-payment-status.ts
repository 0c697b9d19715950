import type { Komfortkasse, Order, OrderSubmission, PaymentStatus } from '@shopclients/komfortkasse';
import { isMain, runKomfortkasseExample } from '../standalone.js';

/** Hands an invoice order to Komfortkasse, then reads back whether it has been paid. */
export async function submitOrderAndReadPaymentStatus(
  komfortkasse: Komfortkasse,
  orderNumber: string,
): Promise<{ submitted: Order; paymentStatus: PaymentStatus | undefined }> {
  const today = new Date();
  const order: OrderSubmission = {
    // Dates may be Date objects: the client sends the calendar day in Europe/Berlin as dd-MM-yyyy.
    date: today,
    dueDate: new Date(today.getTime() + 14 * 24 * 60 * 60 * 1000),
    type: 'INVOICE',
    amount: 22.38, // rounded to cents before it is sent
    currency: 'EUR',
    customerEmail: 'max@example.org', // Komfortkasse sends payment details and reminders here
    customerNumber: '7890',
    language: 'de',
    items: [
      { number: '1826353', name: 'T-Shirt' },
      { number: '7633-black', name: 'Jeans black' },
    ],
    invoiceNumbers: ['100072533'], // item and invoice numbers help Komfortkasse match bank postings
    billing: { gender: 'male', firstName: 'Max', lastName: 'Mustermann', street: 'Musterstraße 12', postCode: '12345', city: 'Musterstadt', countryCode: 'DE' },
  };

  // Submitting a number Komfortkasse already knows updates that order, so a repeat is harmless.
  // (Unlike orders.sync, which is destructive: it marks every open order missing from its list LEGACY.)
  const submitted = await komfortkasse.orders.submit(orderNumber, order);

  // Later, e.g. from a cron job: read the current payment status (or use the webhook, see handle-payment-webhook.ts).
  const current = await komfortkasse.orders.get(orderNumber);
  return { submitted, paymentStatus: current.paymentStatus };
}

// npx tsx examples/komfortkasse/submit-order-and-read-payment-status.ts
if (isMain(import.meta)) {
  await runKomfortkasseExample('submitOrderAndReadPaymentStatus', 'submits an order', (komfortkasse) =>
    submitOrderAndReadPaymentStatus(komfortkasse, `EX-${Date.now().toString(36).toUpperCase()}`),
  );
}
