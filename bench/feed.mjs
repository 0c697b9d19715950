// The change feed: IOM `orderStates.changes` from `since` over FEED_TOTAL modified orders with `limit`
// LIMIT, against the feed server (127.0.0.1, its own process), with minCursor exclusive and inclusive.
//   Requests and wall time: a walk with nothing else going on (the server counts the requests).
//   Heap: the same walk sampling `used_heap_size` on every page and whenever a request is sent (the
//   peak includes garbage not yet collected); then a walk that collects garbage fully at those points,
//   so what it holds shows (the page being processed, the previous page it compares an inclusive
//   boundary with, the answer arriving). Both against the settled heap before the walk, beside the
//   settled heap one parsed page of LIMIT states takes.
import { getHeapStatistics } from 'node:v8';
import { IomOrders } from '@shopclients/iom-order';
import { FEED_SHOP_ID, FEED_TOTAL, orderNumber, startFeedServer } from './lib/feed-server.mjs';
import { round, settledHeapUsed } from './lib/stats.mjs';

const LIMIT = 1_000;
const MB = 1024 * 1024;
export const FEED_TARGETS = { requests: Math.ceil(FEED_TOTAL / LIMIT) + 2, heapPages: 2 };

/** One walk from `since` to caught up; `sample()` runs on every page and before every request. */
async function walk(server, sample) {
  const iom = new IomOrders({
    baseUrl: `${server.url}/iom`,
    shopId: FEED_SHOP_ID,
    auth: { token: 'bench-feed-token-4c1e' },
    fetch: async (input, init) => {
      await sample();
      return globalThis.fetch(input, init);
    },
  });
  let count = 0;
  let pages = 0;
  for await (const page of iom.orderStates.changes({ since: new Date(0), limit: LIMIT })) {
    for (const state of page.states) {
      if (state.shopOrderNumber !== orderNumber(count)) throw new Error(`state ${count}: got ${state.shopOrderNumber}`);
      count++;
    }
    pages++;
    await sample();
  }
  if (count !== FEED_TOTAL) throw new Error(`the walk delivered ${count} states, not ${FEED_TOTAL}`);
  return { pages, requests: await server.requests() };
}

async function measureMode(server, inclusive) {
  await server.mode(inclusive);
  await server.requests();
  // Warm-up: one walk, so JIT and the server's first pages are not in the figures.
  await walk(server, async () => {});

  const start = process.hrtime.bigint();
  const timed = await walk(server, async () => {});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;

  let baseline = await settledHeapUsed();
  let peak = 0;
  await walk(server, async () => {
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  });
  const peakAboveBaselineMB = round((peak - baseline) / MB, 1);

  baseline = await settledHeapUsed();
  let held = 0;
  await walk(server, async () => {
    held = Math.max(held, (await settledHeapUsed()) - baseline);
  });
  return {
    minCursor: inclusive ? 'inclusive' : 'exclusive',
    ...timed,
    seconds: round(seconds, 2),
    peakAboveBaselineMB,
    maxHeldAboveBaselineMB: round(held / MB, 1),
  };
}

/** The settled heap one parsed page of LIMIT states takes, and its size as JSON. */
async function onePage(server) {
  const response = await fetch(`${server.url}/iom/shops/${FEED_SHOP_ID}/order-states/modified?modifiedSince=1970-01-01T00:00:00Z&limit=${LIMIT}`);
  const text = await response.text();
  await server.requests();
  const baseline = await settledHeapUsed();
  const page = JSON.parse(text);
  const heap = (await settledHeapUsed()) - baseline;
  if (page.data.length !== LIMIT) throw new Error('page size');
  return { heapMB: round(heap / MB, 2), jsonMB: round(Buffer.byteLength(text) / MB, 2) };
}

export async function measureFeed() {
  const server = await startFeedServer();
  try {
    const page = await onePage(server);
    const modes = [];
    for (const inclusive of [false, true]) modes.push(await measureMode(server, inclusive));
    const twoPagesMB = round(2 * page.heapMB, 1);
    return {
      orders: FEED_TOTAL,
      limit: LIMIT,
      page,
      twoPagesMB,
      modes,
      met: modes.every((mode) => mode.requests <= FEED_TARGETS.requests && mode.maxHeldAboveBaselineMB <= twoPagesMB),
    };
  } finally {
    await server.close();
  }
}

export function printFeed(f, table) {
  console.log(
    `\nChange feed: orderStates.changes from \`since\` over ${f.orders.toLocaleString('en')} modified orders, limit ${f.limit.toLocaleString('en')}, local server (127.0.0.1),`,
  );
  console.log('   minCursor exclusive and inclusive. Heap against the settled heap before the walk: the peak of samples on every page and');
  console.log('   request (garbage included), and the most the walk held (full collections at the same points).\n');
  console.log(
    table(
      ['minCursor', 'requests', 'pages', 'seconds', 'states/s', 'peak heap MB', 'held MB'],
      f.modes.map((m) => [
        m.minCursor,
        m.requests,
        m.pages,
        m.seconds.toFixed(2),
        Math.round(f.orders / m.seconds).toLocaleString('en'),
        m.peakAboveBaselineMB.toFixed(1),
        m.maxHeldAboveBaselineMB.toFixed(1),
      ]),
    ),
  );
  console.log(
    `\n   One page of ${f.limit.toLocaleString('en')} states: ${f.page.heapMB} MB of heap parsed (${f.page.jsonMB} MB of JSON); two pages: ${f.twoPagesMB} MB.`,
  );
  console.log(`   Targets: at most ${FEED_TARGETS.requests} requests, and at most two pages held: ${f.met ? 'met' : 'MISSED'}.`);
}
