import type { IncomingMessage, RequestListener } from 'node:http';
import { type Order, parsePaymentStatusWebhook } from '@shopclients/komfortkasse';

/**
 * A `node:http` handler for Komfortkasse's payment-status callback: `http.createServer(handler)`.
 * Komfortkasse POSTs the order (as `orders.get` returns it) on every payment status change and
 * retries about every 15 minutes for 7 days until it gets 200. The sender is not verified: the
 * public documentation does not say how the callback is authenticated.
 */
export function paymentWebhookHandler(onPaymentStatus: (order: Order) => Promise<void> | void): RequestListener {
  return async (request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    let order: Order;
    try {
      order = parsePaymentStatusWebhook(await readBody(request)); // throws unless the body is an order
    } catch {
      response.writeHead(400).end();
      return;
    }
    try {
      await onPaymentStatus(order); // e.g. mark the order paid in your shop
      response.writeHead(200).end();
    } catch {
      response.writeHead(500).end(); // Komfortkasse will send it again later
    }
  };
}

async function readBody(request: IncomingMessage, limit = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw new RangeError('The body is larger than 1 MiB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
