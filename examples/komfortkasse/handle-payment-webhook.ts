import { type IncomingMessage, type RequestListener, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Order, parsePaymentStatusWebhook } from '@shopclients/komfortkasse';
import { isMain, printResult } from '../standalone.js';

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

// npx tsx examples/komfortkasse/handle-payment-webhook.ts: serves the handler on a free loopback port and
// delivers the spec's example order to it, as Komfortkasse would.
if (isMain(import.meta)) {
  const received: Order[] = [];
  const server = createServer(paymentWebhookHandler((order) => void received.push(order))).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const { SpecExamples } = await import('@shopclients/testkit'); // the repository's spec reader, for the sample order
    const body = JSON.stringify(new SpecExamples('komfortkasse').responseExample('getOrder', 200));
    const response = await fetch(`http://127.0.0.1:${port}/komfortkasse/callback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    printResult('paymentWebhookHandler', { status: response.status, received: received.map(({ number, paymentStatus }) => ({ number, paymentStatus })) });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
