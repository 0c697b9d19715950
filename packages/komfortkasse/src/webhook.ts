import { InvalidArgumentError } from '@shopclients/core';
import { describeValue } from '@shopclients/core/internal';
import type { Order, PaymentStatus } from '@shopclients/komfortkasse-types';

// Keyed by the generated union, so a status added to the spec fails the build until it is listed here.
const PAYMENT_STATUSES: Record<PaymentStatus, true> = {
  UNPAID: true,
  PAID: true,
  PAID_PARTIAL: true,
  CANCELLED: true,
  REFUNDED: true,
  REFUNDED_PARTIAL: true,
  COLLECTION: true,
  LEGACY: true,
  DISAPPEARED: true,
};

/**
 * Reads the body of Komfortkasse's payment-status callback, which has the format of an order as `orders.get` reads it.
 * Accepts the raw body (text or bytes) or already parsed JSON, checks the fields a handler relies
 * on (`number`, `paymentStatus`) and returns the order. How Komfortkasse authenticates the callback
 * is not in the public documentation, so this does not verify the sender.
 * @example
 * ```ts
 * import { parsePaymentStatusWebhook } from '@shopclients/komfortkasse';
 *
 * // The handler of your callback URL, here for a fetch-style server (Workers, Deno, Bun, Hono …):
 * async function onPaymentStatus(request: Request): Promise<Response> {
 *   const { number, paymentStatus } = parsePaymentStatusWebhook(await request.text());
 *   if (paymentStatus === 'PAID') console.log(`ship order ${number}`);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export function parsePaymentStatusWebhook(payload: string | Uint8Array | ArrayBuffer | object): Order {
  const parsed = typeof payload === 'string' || payload instanceof Uint8Array || payload instanceof ArrayBuffer ? parseJson(payload) : payload;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidArgumentError('payload', `must be a JSON object (an order), got ${describeValue(parsed)}`);
  }
  const order = parsed as Record<string, unknown>;
  if (typeof order.number !== 'string' || order.number === '') {
    throw new InvalidArgumentError('payload.number', `must be the order number, got ${describeValue(order.number)}`);
  }
  if (typeof order.paymentStatus !== 'string' || !Object.hasOwn(PAYMENT_STATUSES, order.paymentStatus)) {
    throw new InvalidArgumentError(
      'payload.paymentStatus',
      `must be one of ${Object.keys(PAYMENT_STATUSES).join(', ')}, got ${describeValue(order.paymentStatus)}`,
    );
  }
  return order as unknown as Order;
}

function parseJson(payload: string | Uint8Array | ArrayBuffer): unknown {
  const text = typeof payload === 'string' ? payload : new TextDecoder().decode(payload);
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidArgumentError('payload', 'is not valid JSON');
  }
}
