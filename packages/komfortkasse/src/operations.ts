import type { Operation } from '@shopclients/core';

/**
 * Every operation of the API and whether a repeat is harmless. Submitting an order is an upsert
 * keyed by the order number and the status changes set a fixed state, so they are safe to repeat.
 * An invoice upload may send the customer a letter and a refund moves money, so they are not; nor is
 * a sync, whose retry would resend a list that orders submitted meanwhile are missing from.
 *
 * A refund carries the shop's `externalReference`, unique per shop, so a refund whose answer is lost
 * is read back by it (`naturalKey`) and sent again only once the read-back found nothing. An invoice
 * upload has no read-back (no operation lists an order's invoice files) and a sync no key: both stay
 * unreconciled.
 */
export const OPERATIONS = {
  getOrder: { name: 'getOrder', safeToRepeat: true },
  readOrders: { name: 'readOrders', safeToRepeat: true },
  submitOrder: { name: 'submitOrder', safeToRepeat: true },
  submitOrders: { name: 'submitOrders', safeToRepeat: true },
  cancelOrder: { name: 'cancelOrder', safeToRepeat: true },
  removeOrder: { name: 'removeOrder', safeToRepeat: true },
  // Its response body is undocumented: whatever comes, or nothing, is a success.
  setOrderPaid: { name: 'setOrderPaid', safeToRepeat: true, emptySuccess: true },
  setOrderUnpaid: { name: 'setOrderUnpaid', safeToRepeat: true },
  // The API asks callers to allow at least ten minutes for a sync.
  syncOrders: { name: 'syncOrders', safeToRepeat: false, minTimeoutMs: 10 * 60_000 },
  submitInvoice: { name: 'submitInvoice', safeToRepeat: false, emptySuccess: true },
  // Read back from the order's refunds (getOrder with includeRefunds).
  createRefund: { name: 'createRefund', safeToRepeat: false, naturalKey: { field: 'externalReference', readBack: 'getOrder' } },
  readPostings: { name: 'readPostings', safeToRepeat: true },
} as const satisfies Record<string, Operation>;
