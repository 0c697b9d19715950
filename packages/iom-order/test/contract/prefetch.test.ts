import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgumentError, IomOrders, type OrderState, ServerError } from '../../src/index.js';
import { type OrderStatesServerOptions, orderNumber, startOrderStatesServer } from './order-states-server.js';

let server: Awaited<ReturnType<typeof startOrderStatesServer>> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: OrderStatesServerOptions) {
  server = await startOrderStatesServer(options);
  const client = new IomOrders({ baseUrl: server.url, auth: { token: 'test-token' }, shopId: 1000, maxRetries: 0 });
  return { client, server };
}

const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => orderNumber(from + index));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, for at most two seconds. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 2_000) throw new Error('condition not met within 2 s');
    await pause(10);
  }
}

async function collect(states: AsyncIterable<OrderState>, workMs = 0): Promise<string[]> {
  const seen: string[] = [];
  for await (const state of states) {
    seen.push(state.shopOrderNumber);
    if (workMs > 0) await pause(workMs);
  }
  return seen;
}

describe('orderStates.iterate({ prefetch })', () => {
  it('yields every state exactly once, in order, with several pages in flight at once', async () => {
    const { client, server } = await serve({ count: 95, delayMs: 20 });
    await expect(collect(client.orderStates.iterate({ limit: 10, prefetch: 3 }))).resolves.toEqual(numbers(0, 95));
    // Requests in flight together may arrive in any order.
    expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(server.concurrency.max).toBeGreaterThan(1);
    expect(server.concurrency.max).toBeLessThanOrEqual(3);
  });

  it('without prefetch, keeps one request in flight', async () => {
    const { client, server } = await serve({ count: 95, delayMs: 5 });
    await collect(client.orderStates.iterate({ limit: 10 }));
    expect(server.concurrency.max).toBe(1);
  });

  it('requests the next pages while the caller still works on the current one, and holds at most prefetch + 1 pages', async () => {
    const { client, server } = await serve({ count: 50, delayMs: 5 });
    const states = client.orderStates.iterate({ limit: 5, prefetch: 2 });
    await states.next();
    await until(() => server.pages.length === 3);
    await pause(50);
    // The current page and two ahead; nothing more while the caller stays on the first page.
    expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 5, 10]);
    for (let i = 0; i < 5; i++) await states.next();
    await until(() => server.pages.length === 4);
    expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 5, 10, 15]);
    await states.return();
  });

  it('goes on from where it really is when a page comes back short', async () => {
    const { client, server } = await serve({ count: 40, shortPageAt: 10 });
    await expect(collect(client.orderStates.iterate({ limit: 5, prefetch: 3 }))).resolves.toEqual(numbers(0, 40));
    // The page at 10 held 4 states: the pages requested ahead at 15 and 20 were discarded and 14 came next.
    expect(server.pages.map((page) => page.offset)).toContain(14);
  });

  it('pages by what the first page held when the server caps the page size', async () => {
    const { client, server } = await serve({ count: 30, pageCap: 4 });
    await expect(collect(client.orderStates.iterate({ limit: 10, prefetch: 2 }))).resolves.toEqual(numbers(0, 30));
    expect(server.pages.map((page) => page.offset).sort((a, b) => a - b)).toEqual([0, 4, 8, 12, 16, 20, 24, 28]);
  });

  it('aborts the pages fetched ahead when the caller stops early', async () => {
    const { client, server } = await serve({ count: 100, delayMs: 300 });
    for await (const state of client.orderStates.iterate({ limit: 10, prefetch: 3 })) {
      expect(state.shopOrderNumber).toBe(orderNumber(0));
      await until(() => server.concurrency.now === 3);
      break;
    }
    await until(() => server.concurrency.now === 0);
    expect(server.concurrency.aborted).toBe(3);
  });

  it('throws a failed page when the caller reaches it, after every state before it', async () => {
    const { client } = await serve({ count: 50, failAt: 20 });
    const seen: string[] = [];
    const walk = async () => {
      for await (const state of client.orderStates.iterate({ limit: 10, prefetch: 4 })) seen.push(state.shopOrderNumber);
    };
    await expect(walk()).rejects.toBeInstanceOf(ServerError);
    expect(seen).toEqual(numbers(0, 20));
  });

  it('refuses a prefetch that is not a whole number from 0 to 16, before sending anything', async () => {
    const { client, server } = await serve({ count: 5 });
    for (const prefetch of [-1, 1.5, 17, Number.NaN]) {
      await expect(client.orderStates.iterate({ prefetch }).next()).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    expect(server.pages).toHaveLength(0);
  });
});
