// The canned API server of the benchmarks: node:http on loopback, keep-alive, answering every route
// with a spec example serialised once at start (`cannedRoutes()`, which the in-memory fetch of the
// overhead benchmark uses too). It runs in its own process (started by `startServer()`), so its work
// never shares the event loop or the heap of the client being measured.
//
//   POST /kk/order/{orderNumber}                 Komfortkasse submitOrder   → UnpaidOrder
//   GET  /kk/order/{orderNumber}                 Komfortkasse getOrder      → UnpaidOrder
//   GET  /iom/shops/{shopId}/orders/{number}     IOM getOrder               → B2BCompanyOrder (vendor media type)
//   GET  /iom/shops/{shopId}/order-states        IOM order-state search     → OrderStatesOneMatch, or, for
//                                                shop PAGED_SHOP_ID, one page of PAGED_TOTAL generated states
import { createServer } from 'node:http';
import { forkServer, serveToParent } from './child-server.mjs';
import { responseExample } from './examples.mjs';

export const PAGED_SHOP_ID = 4242;
export const PAGED_TOTAL = 100_000;
export const IOM_MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';

/** Starts the server in a child process. Resolves with its URL and a few remote controls. */
export async function startServer() {
  const { url, ask, close } = await forkServer(import.meta.url, 'bench server');
  return {
    url,
    /** Starts keeping every request (method, URL, headers, body) until `recorded()` returns them. */
    record: () => ask('record'),
    recorded: async () => (await ask('recorded')).requests,
    close,
  };
}

function json(contentType, value) {
  const body = Buffer.from(JSON.stringify(value));
  return { status: 200, body, headers: { 'content-type': contentType, 'content-length': String(body.length) } };
}

/**
 * One page of the generated order states: the spec's example state, renumbered. The last few pages
 * are kept, so walks that ask for the same page in turn (the lockstep walk, the A/B comparison)
 * measure the client, not the generation.
 */
function pagedStates() {
  const state = responseExample('iom-order', 'getOrderStatesBySortCriterias', 200, IOM_MEDIA_TYPE, 'oneMatch').data[0];
  state.shopOrderNumber = '@@N@@';
  const [head, tail] = JSON.stringify(state).split('"@@N@@"');
  const recent = new Map();
  return (offset, limit) => {
    const key = `${offset}/${limit}`;
    let page = recent.get(key);
    if (!page) {
      const parts = [];
      for (let index = offset; index < Math.min(offset + limit, PAGED_TOTAL); index++) {
        parts.push(`${head}"BENCH-${String(index).padStart(6, '0')}"${tail}`);
      }
      const body = Buffer.from(`{"data":[${parts.join(',')}],"meta":{"totalCount":${PAGED_TOTAL}}}`);
      page = { status: 200, body, headers: { 'content-type': IOM_MEDIA_TYPE, 'content-length': String(body.length) } };
      recent.set(key, page);
      if (recent.size > 16) recent.delete(recent.keys().next().value);
    }
    return page;
  };
}

/**
 * The canned answers, as a function of method and URL: `{ status, headers, body }` with the body
 * serialised once. Used by the server process and by the in-memory fetch of the overhead benchmark.
 */
export function cannedRoutes() {
  const unpaidOrder = json('application/json', responseExample('komfortkasse', 'getOrder', 200, 'application/json', 'unpaidOrder'));
  const submitted = json('application/json', responseExample('komfortkasse', 'submitOrder', 200, 'application/json', 'unpaidOrder'));
  const iomOrder = json(IOM_MEDIA_TYPE, responseExample('iom-order', 'getOrder', 200, IOM_MEDIA_TYPE, 'b2bCompanyOrder'));
  const oneMatch = json(IOM_MEDIA_TYPE, responseExample('iom-order', 'getOrderStatesBySortCriterias', 200, IOM_MEDIA_TYPE, 'oneMatch'));
  const page = pagedStates();
  const notFound = { ...json('application/json', { error: 'no such route' }), status: 404 };

  return (method, url) => {
    if (method === 'POST' && /^\/kk\/order\/[^/]+$/.test(url.pathname)) return submitted;
    if (method === 'GET' && /^\/kk\/order\/[^/]+$/.test(url.pathname)) return unpaidOrder;
    if (method === 'GET' && /^\/iom\/shops\/\d+\/orders\/[^/]+$/.test(url.pathname)) return iomOrder;
    const states = /^\/iom\/shops\/(\d+)\/order-states$/.exec(url.pathname);
    if (method === 'GET' && states) {
      if (Number(states[1]) !== PAGED_SHOP_ID) return oneMatch;
      return page(Number(url.searchParams.get('offset') ?? 0), Number(url.searchParams.get('limit') ?? 50));
    }
    return notFound;
  };
}

function serve() {
  const route = cannedRoutes();
  let recording;

  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url, 'http://127.0.0.1');
      if (recording) {
        recording.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      }
      const answer = route(request.method, url);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
  });
  serveToParent(server, {
    record: () => {
      recording = [];
    },
    recorded: () => {
      const requests = recording ?? [];
      recording = undefined;
      return { requests };
    },
  });
}

if (process.argv.includes('--serve')) serve();
