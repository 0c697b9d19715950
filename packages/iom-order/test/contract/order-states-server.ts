import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OrderState } from '../../src/index.js';

export interface OrderStatesServerOptions {
  /** How many order states exist. */
  count: number;
  /** The `meta.totalCount` to claim (default: `count`); larger than `count` makes the server inconsistent. */
  totalCount?: number;
  /** Leave `meta` out of every page. */
  omitMeta?: boolean;
  /** Serve every page from offset 0, as a server that ignores `offset` would. */
  ignoreOffset?: boolean;
  /** Claim this much more in `meta.totalCount` on each page after the first. */
  totalCountGrowth?: number;
  /** Most states on one page, whatever `limit` asks for. */
  pageCap?: number;
  /** The page at this offset holds one state fewer than it should. */
  shortPageAt?: number;
  /** Milliseconds before each answer. */
  delayMs?: number;
  /** Answer 500 for the page at this offset. */
  failAt?: number;
}

/** Fails a runaway client instead of letting a test hang. */
const MAX_REQUESTS = 50;

/**
 * A small order-states server (Prism only serves static examples): serves generated order states
 * by `offset` / `limit` (default 0 / 50) with `meta.totalCount`, and records each page requested
 * (`limit` as sent, so `undefined` when the client left the page size to the server).
 */
export async function startOrderStatesServer(options: OrderStatesServerOptions) {
  const states = Array.from({ length: options.count }, (_, index) => orderState(index));
  const pages: { offset: number; limit: number | undefined }[] = [];
  const concurrency = { now: 0, max: 0, aborted: 0 };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (pages.length >= MAX_REQUESTS || request.method !== 'GET' || url.pathname !== '/shops/1000/order-states') {
      response.writeHead(pages.length >= MAX_REQUESTS ? 429 : 404).end();
      return;
    }
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : undefined;
    pages.push({ offset, limit });
    const from = options.ignoreOffset ? 0 : offset;
    const size = Math.min(limit ?? 50, options.pageCap ?? Number.POSITIVE_INFINITY) - (offset === options.shortPageAt ? 1 : 0);
    const totalCount = (options.totalCount ?? options.count) + (pages.length - 1) * (options.totalCountGrowth ?? 0);
    const body = { data: states.slice(from, from + size), ...(options.omitMeta ? {} : { meta: { totalCount } }) };
    concurrency.now++;
    concurrency.max = Math.max(concurrency.max, concurrency.now);
    let answered = false;
    response.on('close', () => {
      concurrency.now--;
      if (!answered) concurrency.aborted++;
    });
    setTimeout(() => {
      if (response.destroyed) return;
      answered = true;
      if (offset === options.failAt) response.writeHead(500, { 'Content-Type': 'application/json' }).end('{}');
      else response.writeHead(200, { 'Content-Type': 'application/vnd.intershop.order.v2+json' }).end(JSON.stringify(body));
    }, options.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    /** Requests in flight now, the most at once, and those the client dropped before the answer. */
    concurrency,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Sockets of requests the client aborted would otherwise keep close() waiting for their keep-alive timeout.
        server.closeAllConnections();
      }),
  };
}

/** The order number of the n-th generated order state. */
export function orderNumber(index: number): string {
  return `ORD-${String(index).padStart(4, '0')}`;
}

function orderState(index: number): OrderState {
  // Only what the tests look at; the iterator passes states through untouched.
  return { shopOrderNumber: orderNumber(index), status: 'STATE_DISPATCHED' } as OrderState;
}
