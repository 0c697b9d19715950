import type { Policies } from '@shopclients/core';
import type { OperationId } from '@shopclients/komfortkasse-types';

/**
 * What the client does with each operation of the spec beyond what the spec says. The spec's
 * operation table (`operations` of `@shopclients/komfortkasse-types`) gives method, path, media
 * types and statuses; an operation missing here, or one the spec lacks, fails the build.
 */
export const POLICIES = {
  getOrder: { methods: ['orders.get'], safeToRepeat: true },
  readOrders: { methods: ['orders.list'], safeToRepeat: true },
  // An upsert keyed by the order number (the docs: re-submitting an order number updates the order).
  submitOrder: { methods: ['orders.submit'], safeToRepeat: true },
  submitOrders: { methods: ['orders.submitMany', 'orders.submitAll', 'orders.submitAllAndSync'], safeToRepeat: true },
  // The status changes set a fixed state.
  cancelOrder: { methods: ['orders.cancel'], safeToRepeat: true },
  removeOrder: { methods: ['orders.remove'], safeToRepeat: true },
  // Its response body is undocumented: whatever comes, or nothing, is a success.
  setOrderPaid: { methods: ['orders.setPaid'], safeToRepeat: true, emptySuccess: true },
  setOrderUnpaid: { methods: ['orders.setUnpaid'], safeToRepeat: true },
  // Not safe: a retry would resend a list that orders submitted meanwhile are missing from. The API
  // asks callers to allow at least ten minutes for a sync. No key: it stays unreconciled.
  syncOrders: { methods: ['orders.sync', 'orders.submitAllAndSync'], safeToRepeat: false, minTimeoutMs: 10 * 60_000 },
  // Not safe: the first upload may post the invoice to the customer. No operation lists an order's
  // invoice files, so it cannot be read back: unreconciled.
  submitInvoice: { methods: ['invoices.upload'], safeToRepeat: false, emptySuccess: true },
  // Moves money: never repeated blindly. `externalReference` is unique per shop (the docs), so a
  // refund whose answer is lost is read back from the order's refunds (getOrder with includeRefunds).
  createRefund: {
    methods: ['refunds.create'],
    safeToRepeat: false,
    // The docs say a reused reference "returns an error", and document 400 as the API's error status;
    // 409 is HTTP's conflict. A re-send answered either way is read back first.
    naturalKey: {
      field: 'externalReference',
      readBack: 'getOrder',
      takenStatuses: [400, 409],
      // A stored Refund repeats the RefundRequest's fields (the spec's `Refund` is `RefundRequest` plus
      // what Komfortkasse sets): a refund under the same reference with another amount, currency or
      // day is another refund.
      sameResource: ['amount', 'currency', 'plannedDate'],
    },
  },
  readPostings: { methods: ['postings.list'], safeToRepeat: true },
  getImage: { methods: ['orders.paymentImage'], safeToRepeat: true },
} as const satisfies Policies<OperationId>;
