import type { Policies } from '@shopclients/core';
import type { OperationId } from '@shopclients/iom-order-types';

/** The fields of an Order that say what was ordered and what it costs. */
const ORDER_CONTENT = [
  'shippingBuckets[].positions[].number',
  'shippingBuckets[].positions[].product.number',
  'shippingBuckets[].positions[].quantity',
  'sales.currencyCode',
  'sales.total.net.amount',
  'sales.total.gross.amount',
];

/**
 * What the client does with each operation of the spec beyond what the spec says. The spec's
 * operation table (`operations` of `@shopclients/iom-order-types`) gives method, path, media types
 * and statuses; an operation missing here, or one the spec lacks, fails the build.
 */
export const POLICIES = {
  // The spec documents 201 with no body: the order is named by the `Location` header.
  // Not safe to repeat: a repeat submits the order again (rejected as a duplicate at best). The shop
  // chooses `shopOrderNumber`, which the server keeps unique per shop (the spec: it "identifies the
  // order in all other operations"), so a create whose answer is lost is read back by it.
  createOrder: {
    methods: ['orders.create'],
    safeToRepeat: false,
    emptySuccess: true,
    // The spec does not say how a taken number is answered: 400 is the API's rejection status
    // (ErrorReport), 409 HTTP's conflict; a re-send answered either way is read back first.
    naturalKey: {
      field: 'shopOrderNumber',
      readBack: 'getOrder',
      takenStatuses: [400, 409],
      // getOrder answers the stored Order: what was ordered (positions by number, product and
      // quantity) and its totals identify this request's order beyond the number.
      sameResource: ORDER_CONTENT,
    },
  },
  getOrder: { methods: ['orders.get'], safeToRepeat: true },
  getChangeRequestViewList: { methods: ['changeRequests.list'], safeToRepeat: true },
  // Like createOrder: 201 with a `Location`; a repeat would queue a second change request. The shop
  // chooses `changeRequestId`, by which getChangeRequest reads it back.
  createChangeRequest: {
    methods: ['changeRequests.create'],
    safeToRepeat: false,
    emptySuccess: true,
    naturalKey: {
      field: 'changeRequestId',
      readBack: 'getChangeRequest',
      takenStatuses: [400, 409],
      // ChangeRequestView carries the changed order (`changeRequest`): what it changes, and when.
      sameResource: ['changeRequest.shopOrderUpdateDate', ...ORDER_CONTENT.map((field) => `changeRequest.${field}`)],
    },
  },
  getChangeRequest: { methods: ['changeRequests.get'], safeToRepeat: true },
  getOrderStatesBySortCriterias: { methods: ['orderStates.search', 'orderStates.iterate'], safeToRepeat: true },
  // Order API 2.4 (IOM 4.6): a read.
  getModifiedOrderStates: { methods: ['orderStates.changes'], safeToRepeat: true },
} as const satisfies Policies<OperationId>;
