// orderStates.changes (getModifiedOrderStates, Order API 2.4) against Prism and against the fake,
// the fake answering minCursor inclusively and exclusively: the vendor does not say which IOM does.
import { recordingFetch } from '@shopclients/testkit';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ChangeFeedError, IomOrders, type IomOrdersOptions, type OrderInput, type OrderState, type OrderStateChangesPage } from '../../src/index.js';
import { createFakeIom } from '../../src/testing/index.js';
import { PASSWORD, SHOP_ID, USERNAME, examples, mockClient, spec } from './mock-client.js';

const NOW = '2024-03-14T09:00:00Z';

async function collect(iterable: AsyncIterable<OrderStateChangesPage>, most = 500): Promise<OrderStateChangesPage[]> {
  const pages: OrderStateChangesPage[] = [];
  for await (const page of iterable) {
    pages.push(page);
    if (pages.length > most) throw new Error('the walk does not end');
  }
  return pages;
}

const numbersOf = (pages: readonly OrderStateChangesPage[]) => pages.flatMap((page) => page.states.map((state) => state.shopOrderNumber));

describe('against Prism', () => {
  const example = spec.responseExample('getModifiedOrderStates', 200) as { data: OrderState[]; meta: { maxCursor: number } };

  it('a walk from a cursor sends minCursor and limit, and yields the example page with its cursor', async () => {
    const { client, recorder } = mockClient();
    const pages = await collect(client.orderStates.changes({ cursor: '20000', limit: 25 }));
    expect(pages).toEqual([{ states: example.data, cursor: String(example.meta.maxCursor), caughtUp: true }]);
    expect(recorder.only().url.pathname).toBe('/shops/1000/order-states/modified');
    expect(Object.fromEntries(recorder.only().url.searchParams)).toEqual({ minCursor: '20000', limit: '25' });
  });

  it('a walk from a time sends modifiedSince', async () => {
    const { client, recorder } = mockClient();
    const pages = await collect(client.orderStates.changes({ since: new Date('2024-03-01T00:00:00Z') }));
    expect(numbersOf(pages)).toEqual(example.data.map((state) => state.shopOrderNumber));
    expect(Object.fromEntries(recorder.only().url.searchParams)).toEqual({ modifiedSince: '2024-03-01T00:00:00.000Z' });
  });
});

describe.each([
  ['inclusive', true],
  ['exclusive', false],
] as const)('against the fake, minCursor %s', (_, inclusive) => {
  function setup(options: Partial<IomOrdersOptions> = {}) {
    const auth = { username: USERNAME, password: PASSWORD };
    const fake = createFakeIom({ auth, shopIds: [SHOP_ID], baseUrl: 'http://iom.fake.test', now: NOW, minCursorInclusive: inclusive });
    onTestFinished(() => expect(fake.specViolations).toEqual([]));
    const recorder = recordingFetch((request) => fake.fetch(request));
    const client = new IomOrders({ baseUrl: fake.baseUrl, auth, shopId: SHOP_ID, fetch: recorder.fetch, maxRetries: 0, ...options });
    const create = async (count: number, prefix = 'FEED') => {
      for (let index = 1; index <= count; index++) await client.orders.create({ ...examples.b2bOrder, shopOrderNumber: `${prefix}-${index}` } as OrderInput);
    };
    const requests = () => recorder.requests.filter((request) => request.url.pathname.endsWith('/modified'));
    return { fake, client, recorder, create, requests };
  }
  const since = new Date(NOW);

  it('delivers every order created after the start with its latest state, oldest change first, none twice', async () => {
    const { fake, client, create } = setup();
    await create(7);
    fake.setOrderStatus('FEED-2', 'STATE_COMMISSIONED');
    fake.setOrderStatus('FEED-5', 'STATE_DISPATCHED');
    const pages = await collect(client.orderStates.changes({ since, limit: 2 }));
    expect(numbersOf(pages)).toEqual(['FEED-1', 'FEED-3', 'FEED-4', 'FEED-6', 'FEED-7', 'FEED-2', 'FEED-5']);
    for (const state of pages.flatMap((page) => page.states)) expect(state).toEqual(fake.orderState(state.shopOrderNumber));
    expect(pages.at(-1)).toMatchObject({ caughtUp: true, cursor: fake.latestCursor() });
    expect(pages.slice(0, -1).every((page) => !page.caughtUp)).toBe(true);
  });

  it('with limit 1 it ends, delivering each order once', async () => {
    const { client, create, requests } = setup();
    await create(5);
    const pages = await collect(client.orderStates.changes({ since, limit: 1 }));
    expect(numbersOf(pages)).toEqual(['FEED-1', 'FEED-2', 'FEED-3', 'FEED-4', 'FEED-5']);
    expect(pages.every((page) => page.states.length === 1)).toBe(true);
    // Inclusive: each page after the first starts with the order of the page before, dropped, then steps on by one.
    expect(requests()).toHaveLength(inclusive ? 9 : 5);
  });

  it('cursors have gaps, and stepping on by one lands in a gap without losing the next order', async () => {
    const { client, create } = setup();
    await create(6);
    const pages = await collect(client.orderStates.changes({ since, limit: 1 }));
    const cursors = pages.map((page) => BigInt(page.cursor));
    const steps = cursors.slice(1).map((cursor, index) => cursor - (cursors[index] as bigint));
    expect(steps.every((step) => step > 0n)).toBe(true);
    expect(steps.some((step) => step > 1n)).toBe(true);
    expect(numbersOf(pages)).toHaveLength(6);
  });

  it('an order changed again during the walk arrives again, with the newer state', async () => {
    const { fake, client, create } = setup();
    await create(4);
    const delivered: OrderState[] = [];
    for await (const page of client.orderStates.changes({ since, limit: 2 })) {
      delivered.push(...page.states);
      if (delivered.length === 2) fake.setOrderStatus('FEED-1', 'STATE_CANCELLED');
    }
    expect(delivered.map((state) => [state.shopOrderNumber, state.status])).toEqual([
      ['FEED-1', 'STATE_CREATED'],
      ['FEED-2', 'STATE_CREATED'],
      ['FEED-3', 'STATE_CREATED'],
      ['FEED-4', 'STATE_CREATED'],
      ['FEED-1', 'STATE_CANCELLED'],
    ]);
  });

  it("a page's cursor resumes right after it in another process, repeating at most the boundary", async () => {
    const first = setup();
    await first.create(5);
    const pages: OrderStateChangesPage[] = [];
    for await (const page of first.client.orderStates.changes({ since, limit: 2 })) {
      pages.push(page);
      if (pages.length === 2) break;
    }
    // Inclusive: the second page starts with FEED-2 again, which is dropped, so it brings one new order.
    const firstWalk = inclusive ? ['FEED-1', 'FEED-2', 'FEED-3'] : ['FEED-1', 'FEED-2', 'FEED-3', 'FEED-4'];
    expect(numbersOf(pages)).toEqual(firstWalk);
    first.fake.setOrderStatus('FEED-2', 'STATE_DISPATCHED');
    await first.create(1, 'LATE');
    // A new client, as another process would make, with only the stored cursor.
    const again = new IomOrders({ baseUrl: first.fake.baseUrl, auth: first.fake.auth, shopId: SHOP_ID, fetch: first.fake.fetch, maxRetries: 0 });
    const resumed = await collect(again.orderStates.changes({ cursor: (pages.at(-1) as OrderStateChangesPage).cursor, limit: 2 }));
    // Inclusive: the last order delivered sat at the stored cursor, so it comes once more; a new walk
    // cannot know it was delivered. Nothing else repeats, and nothing is missing.
    expect(numbersOf(resumed)).toEqual(inclusive ? ['FEED-3', 'FEED-4', 'FEED-5', 'FEED-2', 'LATE-1'] : ['FEED-5', 'FEED-2', 'LATE-1']);
    expect(resumed.flatMap((page) => page.states).find((state) => state.shopOrderNumber === 'FEED-2')?.status).toBe('STATE_DISPATCHED');
  });

  it('following, it picks up later changes and ends without an error when the signal aborts', async () => {
    const { fake, client, create, requests } = setup();
    await create(2);
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const page of client.orderStates.changes({ since, limit: 10, follow: true, pollInterval: 5, signal: controller.signal })) {
      seen.push(...page.states.map((state) => `${state.shopOrderNumber}:${state.status}`));
      if (seen.length === 2) {
        setTimeout(() => fake.setOrderStatus('FEED-1', 'STATE_DISPATCHED'), 20);
      } else {
        setTimeout(() => controller.abort(), 20);
      }
    }
    expect(seen).toEqual(['FEED-1:STATE_CREATED', 'FEED-2:STATE_CREATED', 'FEED-1:STATE_DISPATCHED']);
    expect(requests().length).toBeGreaterThanOrEqual(3);
    const count = requests().length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests()).toHaveLength(count);
  });

  it('following, it retries a 503 with backoff and goes on', async () => {
    const { fake, client, create } = setup();
    await create(1);
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const page of client.orderStates.changes({ since, follow: true, pollInterval: 5, signal: controller.signal })) {
      seen.push(...page.states.map((state) => state.shopOrderNumber));
      if (seen.length === 1) {
        fake.failNext({ status: 503 }, { operation: 'getModifiedOrderStates', times: 2 });
        await create(1, 'AFTER');
      } else controller.abort();
    }
    expect(seen).toEqual(['FEED-1', 'AFTER-1']);
    const outcomes = fake.calls.filter((call) => call.operationId === 'getModifiedOrderStates').map((call) => call.outcome);
    expect(outcomes).toEqual([200, 503, 503, 200]);
  });

  it('an error that is not transient ends a followed walk with a ChangeFeedError carrying the last cursor delivered', async () => {
    const { fake, client, create } = setup();
    await create(3);
    const delivered: string[] = [];
    const error = await (async () => {
      for await (const page of client.orderStates.changes({ since, limit: 2, follow: true, pollInterval: 5 })) {
        delivered.push(page.cursor);
        fake.failNext({ status: 403 }, { operation: 'getModifiedOrderStates' });
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangeFeedError);
    expect(error).toMatchObject({ cursor: delivered.at(-1), cause: { name: 'PermissionError', status: 403 } });
    expect(delivered).toHaveLength(1);
  });

  it('without follow, a 503 ends the walk with the cursor of the last page', async () => {
    const { fake, client, create } = setup();
    await create(3);
    const delivered: string[] = [];
    const error = await (async () => {
      for await (const page of client.orderStates.changes({ since, limit: 2 })) {
        delivered.push(page.cursor);
        fake.failNext({ status: 503 }, { operation: 'getModifiedOrderStates' });
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangeFeedError);
    expect(error).toMatchObject({ cursor: delivered[0], cause: { name: 'ServerError', status: 503 } });
    // Resuming from it delivers the rest.
    const rest = await collect(client.orderStates.changes({ cursor: (error as ChangeFeedError).cursor, limit: 2 }));
    expect(numbersOf(rest)).toEqual([...(inclusive ? ['FEED-2'] : []), 'FEED-3']);
  });
});
