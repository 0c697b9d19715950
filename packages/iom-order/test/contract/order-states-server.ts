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
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (pages.length >= MAX_REQUESTS || request.method !== 'GET' || url.pathname !== '/shops/1000/order-states') {
      response.writeHead(pages.length >= MAX_REQUESTS ? 429 : 404).end();
      return;
    }
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : undefined;
    pages.push({ offset, limit });
    const body = {
      data: states.slice(offset, offset + (limit ?? 50)),
      ...(options.omitMeta ? {} : { meta: { totalCount: options.totalCount ?? options.count } }),
    };
    response.writeHead(200, { 'Content-Type': 'application/vnd.intershop.order.v2+json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
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
