// The server of the scale benchmarks (bulk.mjs, prefetch.mjs, throttle.mjs): node:http on loopback,
// keep-alive, in a process of its own, answering every request after DELAY_MS, as a remote API would.
//
//   POST /kk/orders                        Komfortkasse submitOrders: the orders back, as stored
//   POST /kk/order/{orderNumber}           Komfortkasse submitOrder: the order back, as stored
//   GET  /iom/shops/{shopId}/order-states  IOM order-state search: one page of TOTAL_STATES generated states
//   GET  /limited/order/{orderNumber}      Komfortkasse getOrder, served 10 at a time: beyond that, at once
//                                          429 with `Retry-After: 1`
// Counters (requests, 429s, orders received, most in flight) are read and reset over IPC.
import { createServer } from 'node:http';
import { forkServer } from './child-server.mjs';
import { responseExample } from './examples.mjs';

export const DELAY_MS = 20;
export const TOTAL_STATES = 100_000;
export const LIMITED_CONCURRENCY = 10;
const IOM_MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';

export async function startScaleServer() {
  const { url, ask, close } = await forkServer(import.meta.url, 'scale server');
  return {
    url,
    /** The counters since the last call, then zeroed. */
    counters: async () => (await ask('counters')).counters,
    close,
  };
}

function statePages() {
  const state = responseExample('iom-order', 'getOrderStatesBySortCriterias', 200, IOM_MEDIA_TYPE, 'oneMatch').data[0];
  state.shopOrderNumber = '@@N@@';
  const [head, tail] = JSON.stringify(state).split('"@@N@@"');
  return (offset, limit) => {
    const parts = [];
    for (let index = offset; index < Math.min(offset + limit, TOTAL_STATES); index++) parts.push(`${head}"S-${String(index).padStart(6, '0')}"${tail}`);
    return `{"data":[${parts.join(',')}],"meta":{"totalCount":${TOTAL_STATES}}}`;
  };
}

function serve() {
  const page = statePages();
  const unpaidOrder = JSON.stringify(responseExample('komfortkasse', 'getOrder', 200, 'application/json', 'unpaidOrder'));
  const fresh = () => ({ requests: 0, tooMany: 0, ordersReceived: 0, distinctOrders: new Set(), maxInFlight: 0 });
  let counters = fresh();
  let limitedInFlight = 0;

  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      counters.requests++;
      const url = new URL(request.url, 'http://127.0.0.1');
      const send = (status, body, contentType = 'application/json', headers = {}) => {
        response.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)), ...headers });
        response.end(body);
      };
      const later = (answer) => setTimeout(answer, DELAY_MS);
      if (request.method === 'POST' && url.pathname === '/kk/orders') {
        const orders = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        counters.ordersReceived += orders.length;
        for (const order of orders) counters.distinctOrders.add(order.number);
        return later(() => send(200, JSON.stringify(orders.map((order) => ({ ...order, paymentStatus: 'UNPAID' })))));
      }
      const single = /^\/kk\/order\/([^/]+)$/.exec(url.pathname);
      if (request.method === 'POST' && single) {
        const order = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        counters.ordersReceived++;
        counters.distinctOrders.add(decodeURIComponent(single[1]));
        return later(() => send(200, JSON.stringify({ ...order, number: decodeURIComponent(single[1]), paymentStatus: 'UNPAID' })));
      }
      if (request.method === 'GET' && /^\/iom\/shops\/\d+\/order-states$/.test(url.pathname)) {
        const body = page(Number(url.searchParams.get('offset') ?? 0), Number(url.searchParams.get('limit') ?? 50));
        return later(() => send(200, body, IOM_MEDIA_TYPE));
      }
      if (request.method === 'GET' && /^\/limited\/order\/[^/]+$/.test(url.pathname)) {
        if (limitedInFlight >= LIMITED_CONCURRENCY) {
          counters.tooMany++;
          return send(429, '{"error":"Too many requests"}', 'application/json', { 'retry-after': '1' });
        }
        limitedInFlight++;
        counters.maxInFlight = Math.max(counters.maxInFlight, limitedInFlight);
        return later(() => {
          limitedInFlight--;
          send(200, unpaidOrder);
        });
      }
      send(404, '{"error":"no such route"}');
    });
  });
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', ({ id, command }) => {
    if (command === 'counters') {
      const { distinctOrders, ...rest } = counters;
      process.send({ id, counters: { ...rest, distinctOrders: distinctOrders.size } });
      counters = fresh();
    }
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.argv.includes('--serve')) serve();
