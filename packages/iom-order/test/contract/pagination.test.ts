import { afterEach, describe, expect, it } from 'vitest';
import { IomOrders, InvalidResponseError, type OrderState } from '../../src/index.js';
import { type OrderStatesServerOptions, orderNumber, startOrderStatesServer } from './order-states-server.js';

let server: Awaited<ReturnType<typeof startOrderStatesServer>> | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: OrderStatesServerOptions) {
  server = await startOrderStatesServer(options);
  const client = new IomOrders({ baseUrl: server.url, auth: { token: 'test-token' }, shopId: 1000, maxRetries: 0 });
  return { client, pages: server.pages };
}

async function collect(states: AsyncIterable<OrderState>): Promise<string[]> {
  const numbers: string[] = [];
  for await (const state of states) numbers.push(state.shopOrderNumber);
  return numbers;
}

const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => orderNumber(from + index));

describe('orderStates.iterate', () => {
  it('yields every order state exactly once, in order, walking the pages by offset', async () => {
    const { client, pages } = await serve({ count: 23 });
    await expect(collect(client.orderStates.iterate({ limit: 10, statuses: ['STATE_DISPATCHED'] }))).resolves.toEqual(numbers(0, 23));
    expect(pages).toEqual([
      { offset: 0, limit: 10 },
      { offset: 10, limit: 10 },
      { offset: 20, limit: 10 },
    ]);
  });

  it('fetches the next page only when the previous one is used up', async () => {
    const { client, pages } = await serve({ count: 5 });
    const states = client.orderStates.iterate({ limit: 2 });
    await states.next();
    await states.next();
    expect(pages.map((page) => page.offset)).toEqual([0]);
    await states.next();
    expect(pages.map((page) => page.offset)).toEqual([0, 2]);
    await states.return();
  });

  it('starts at the given offset and pages by what the server returned when no limit is given', async () => {
    const { client, pages } = await serve({ count: 120 });
    await expect(collect(client.orderStates.iterate({ offset: 30 }))).resolves.toEqual(numbers(30, 120));
    expect(pages).toEqual([
      { offset: 30, limit: undefined },
      { offset: 80, limit: undefined },
    ]);
  });

  it('stops at an empty page when the server claims more than it has', async () => {
    const { client, pages } = await serve({ count: 7, totalCount: 100 });
    await expect(collect(client.orderStates.iterate({ limit: 3 }))).resolves.toEqual(numbers(0, 7));
    expect(pages.map((page) => page.offset)).toEqual([0, 3, 6, 7]);
  });

  it('stops after a page without meta.totalCount, having nothing to page by', async () => {
    const { client, pages } = await serve({ count: 7, omitMeta: true });
    await expect(collect(client.orderStates.iterate({ limit: 3 }))).resolves.toEqual(numbers(0, 3));
    expect(pages).toHaveLength(1);
  });

  it('makes one request when nothing matches', async () => {
    const { client, pages } = await serve({ count: 0 });
    await expect(collect(client.orderStates.iterate())).resolves.toEqual([]);
    expect(pages).toEqual([{ offset: 0, limit: undefined }]);
  });

  describe('against a server that cannot be paged (audit finding)', () => {
    it('throws InvalidResponseError instead of yielding duplicates when the server ignores offset and claims a huge total', async () => {
      const { client, pages } = await serve({ count: 7, totalCount: 1_000_000, ignoreOffset: true });
      const seen: string[] = [];
      const walk = async () => {
        for await (const state of client.orderStates.iterate({ limit: 2 })) seen.push(state.shopOrderNumber);
      };
      const error = await walk().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).message).toMatch(/offset 2 holds only orders of the page before/);
      expect((error as InvalidResponseError).request.url).toContain('offset=2');
      expect(seen).toEqual(numbers(0, 2));
      expect(pages).toHaveLength(2);
    });

    it('throws as well with pages fetched ahead, still yielding nothing twice', async () => {
      const { client, pages } = await serve({ count: 7, totalCount: 1_000_000, ignoreOffset: true });
      const seen: string[] = [];
      const walk = async () => {
        for await (const state of client.orderStates.iterate({ limit: 2, prefetch: 3 })) seen.push(state.shopOrderNumber);
      };
      await expect(walk()).rejects.toBeInstanceOf(InvalidResponseError);
      expect(seen).toEqual(numbers(0, 2));
      expect(pages.length).toBeLessThanOrEqual(4);
    });

    it('bounds the walk by the first page\'s totalCount, even when later pages claim more', async () => {
      const { client, pages } = await serve({ count: 40, totalCount: 9, totalCountGrowth: 5 });
      await expect(collect(client.orderStates.iterate({ limit: 3 }))).resolves.toEqual(numbers(0, 9));
      expect(pages.map((page) => page.offset)).toEqual([0, 3, 6]);
    });
  });
});
