import type { Operation } from '@shopclients/core';

/**
 * Every operation of the API and whether a repeat is harmless. The reads are. The two creates are
 * not: if the 201 is lost, a repeat would submit the order again (rejected as a duplicate at best)
 * or queue a second change request, so they are never retried blindly. Each carries a key the shop
 * chooses, though, so a create whose answer is lost is read back by that key (`naturalKey`) and
 * sent again only once the read-back found nothing.
 */
export const OPERATIONS = {
  createOrder: { name: 'createOrder', safeToRepeat: false, emptySuccess: true, naturalKey: { field: 'shopOrderNumber', readBack: 'getOrder' } },
  getOrder: { name: 'getOrder', safeToRepeat: true },
  getChangeRequestViewList: { name: 'getChangeRequestViewList', safeToRepeat: true },
  createChangeRequest: {
    name: 'createChangeRequest',
    safeToRepeat: false,
    emptySuccess: true,
    naturalKey: { field: 'changeRequestId', readBack: 'getChangeRequest' },
  },
  getChangeRequest: { name: 'getChangeRequest', safeToRepeat: true },
  getOrderStatesBySortCriterias: { name: 'getOrderStatesBySortCriterias', safeToRepeat: true },
} as const satisfies Record<string, Operation>;
