import type { Komfortkasse, Refund } from '@shopclients/komfortkasse';
import { isMain, runKomfortkasseExample } from '../standalone.js';

/** Asks Komfortkasse to pay the amount of a returned order back to the customer by bank transfer. */
export async function registerRefund(komfortkasse: Komfortkasse, orderNumber: string, returnNumber: string): Promise<Refund> {
  // Refunds are never retried automatically: a repeat would be a second refund, or an error about the
  // reused reference. If a call fails without an answer, look for the refund first, e.g. in
  // `komfortkasse.orders.list({ include: ['refunds'] })`, before sending it again.
  const refund = await komfortkasse.refunds.create(orderNumber, {
    externalReference: returnNumber, // your own reference, e.g. the return number; unique within the shop
    amount: 22.38,
    currency: 'EUR',
    // Must lie in the future. A Date is sent as its calendar day in Europe/Berlin (dd-MM-yyyy).
    plannedDate: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
  });
  // If the customer's IBAN is still unknown, the refund starts as BANKDETAILS_MISSING and Komfortkasse
  // asks the customer for it; otherwise it is NEW and goes to the bank on the planned day.
  return refund;
}

// npx tsx examples/komfortkasse/register-refund.ts <order number> (on a mock any number will do)
if (isMain(import.meta)) {
  const orderNumber = process.argv[2] ?? '10001';
  await runKomfortkasseExample('registerRefund', 'registers a refund', (komfortkasse) =>
    registerRefund(komfortkasse, orderNumber, `RMA-${Date.now().toString(36).toUpperCase()}`),
  );
}
