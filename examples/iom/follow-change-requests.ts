import { setTimeout as sleep } from 'node:timers/promises';
import type { ChangeRequestInput, ChangeRequestStatus, CreatedChangeRequest, IomOrders, OrderInput } from '@shopclients/iom-order';
import { b2bOrder } from './create-b2b-order.js';
import { isMain, runIomExample } from '../standalone.js';

/**
 * Asks IOM to deliver every position of an existing order on a fixed day, then follows the change
 * request until IOM has decided on it (or stops asking after ten tries).
 */
export async function followChangeRequest(
  iom: IomOrders,
  order: OrderInput,
  changeRequestId: string,
  deliverOn: Date,
): Promise<{ created: CreatedChangeRequest; listed: { changeRequestId: string; status: ChangeRequestStatus }[]; status: ChangeRequestStatus }> {
  const request: ChangeRequestInput = {
    changeRequestId, // your ID, to read the request back
    // The complete order as it should look afterwards, with the same shopOrderNumber and a shopOrderUpdateDate.
    changeRequest: {
      ...order,
      shopOrderUpdateDate: new Date().toISOString(),
      shippingBuckets: order.shippingBuckets.map((bucket) => ({
        ...bucket,
        positions: bucket.positions.map((position) => ({
          ...position,
          shipping: { ...position.shipping, deliveryDate: { deliveryDateType: 'FIXED', desiredDeliveryDate: deliverOn.toISOString() } },
        })),
      })),
    },
  };
  // Never retried automatically: a repeat would queue a second change.
  const created = await iom.changeRequests.create(order.shopOrderNumber, request);

  // `excludes: ['changeRequest']` leaves the (large) changed order out of the answers.
  const all = await iom.changeRequests.list(order.shopOrderNumber, { excludes: ['changeRequest'] });
  let view = await iom.changeRequests.get(order.shopOrderNumber, changeRequestId, { excludes: ['changeRequest'] });
  for (let tries = 1; view.status === 'OPEN' && tries < 10; tries++) {
    await sleep(3_000);
    view = await iom.changeRequests.get(order.shopOrderNumber, changeRequestId, { excludes: ['changeRequest'] });
  }
  return { created, listed: all.map(({ changeRequestId, status }) => ({ changeRequestId, status })), status: view.status };
}

// npx tsx examples/iom/follow-change-requests.ts <shop order number> (the order must exist; on a mock any number will do)
if (isMain(import.meta)) {
  const order = b2bOrder(process.argv[2] ?? 'B2B-2024-000731', new Date());
  const changeRequestId = `CR-${Date.now().toString(36).toUpperCase()}-01`;
  await runIomExample('followChangeRequest', 'creates a change request', (iom) =>
    followChangeRequest(iom, order, changeRequestId, new Date(Date.now() + 14 * 24 * 60 * 60 * 1000)),
  );
}
