// 2. Pagination at scale: `orderStates.iterate` over PAGED_TOTAL order states (pages of PAGE_SIZE)
// from the canned server.
//   Throughput: the wrapper's walk and a raw fetch walk of the same pages advance in lockstep, page by
//   page, so both see the same machine; each one's time is summed separately.
//   Heap: a second walk by the wrapper alone, with the heap sampled on every page and measured after
//   full collections at checkpoints, against a baseline taken just before the walk.
import { getHeapStatistics } from 'node:v8';
import { IomOrders } from '@shopclients/iom-order';
import { PAGED_SHOP_ID, PAGED_TOTAL, startServer } from './lib/server.mjs';
import { round, settledHeapUsed } from './lib/stats.mjs';

const PAGE_SIZE = 50;
const PAGES = PAGED_TOTAL / PAGE_SIZE;
const CHECKPOINTS = 10;
const MB = 1024 * 1024;
const AUTH = { username: 'integration', password: 'bench-password-5e8d1b' };

function expectState(state, index) {
  const expected = `BENCH-${String(index).padStart(6, '0')}`;
  if (state?.shopOrderNumber !== expected) throw new Error(`state ${index}: expected ${expected}, got ${state?.shopOrderNumber}`);
}

const elapsed = (start) => Number(process.hrtime.bigint() - start) / 1e9;

function throughput(seconds) {
  return { seconds: round(seconds, 2), statesPerSecond: Math.round(PAGED_TOTAL / seconds), pagesPerSecond: Math.round(PAGES / seconds) };
}

/** Least-squares slope of ys over xs. */
function slope(xs, ys) {
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

async function lockstep(iom, url) {
  const headers = { Authorization: `Basic ${Buffer.from(`${AUTH.username}:${AUTH.password}`).toString('base64')}` };
  const states = iom.orderStates.iterate({ limit: PAGE_SIZE });
  const seconds = { wrapper: 0, raw: 0 };
  const walk = {
    async wrapper(page) {
      for (let i = 0; i < PAGE_SIZE; i++) expectState((await states.next()).value, page * PAGE_SIZE + i);
    },
    async raw(page) {
      const response = await fetch(`${url}/iom/shops/${PAGED_SHOP_ID}/order-states?offset=${page * PAGE_SIZE}&limit=${PAGE_SIZE}`, { headers });
      if (!response.ok) throw new Error(`raw walk: ${response.status}`);
      const { data } = await response.json();
      data.forEach((state, i) => expectState(state, page * PAGE_SIZE + i));
    },
  };
  for (let page = 0; page < PAGES; page++) {
    // Who asks for a page first alternates: the server keeps recent pages, so the second asker is served faster.
    for (const name of page % 2 ? ['raw', 'wrapper'] : ['wrapper', 'raw']) {
      const start = process.hrtime.bigint();
      await walk[name](page);
      seconds[name] += elapsed(start);
    }
  }
  if (!(await states.next()).done) throw new Error('iterate() went on after the last page');
  return { wrapperSeconds: seconds.wrapper, rawSeconds: seconds.raw };
}

async function heapWalk(iom) {
  const baseline = await settledHeapUsed();
  const every = PAGES / CHECKPOINTS;
  const checkpoints = [];
  let peak = 0;
  let count = 0;
  for await (const state of iom.orderStates.iterate({ limit: PAGE_SIZE })) {
    expectState(state, count++);
    if (count % PAGE_SIZE !== 0) continue;
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
    const page = count / PAGE_SIZE;
    if (page % every === 0) checkpoints.push({ page, settledAboveBaselineMB: round(((await settledHeapUsed()) - baseline) / MB, 2) });
  }
  if (count !== PAGED_TOTAL) throw new Error(`heap walk: ${count} states`);
  const settled = checkpoints.map((checkpoint) => checkpoint.settledAboveBaselineMB);
  return {
    baselineMB: round(baseline / MB, 1),
    peakAboveBaselineMB: round((peak - baseline) / MB, 1),
    maxSettledAboveBaselineMB: Math.max(...settled),
    finalSettledAboveBaselineMB: settled.at(-1),
    settledSlopeMBPer1000Pages: round(
      slope(
        checkpoints.map((checkpoint) => checkpoint.page),
        settled,
      ) * 1000,
      3,
    ),
    checkpoints,
  };
}

export async function measurePagination() {
  const server = await startServer();
  try {
    const iom = new IomOrders({ baseUrl: `${server.url}/iom`, shopId: PAGED_SHOP_ID, auth: AUTH });
    // Warm up on a few pages, so neither the throughput nor the heap baseline includes a cold start.
    let warm = 0;
    for await (const _ of iom.orderStates.iterate({ limit: PAGE_SIZE })) if (++warm === 20 * PAGE_SIZE) break;

    const { wrapperSeconds, rawSeconds } = await lockstep(iom, server.url);
    const heap = await heapWalk(iom);
    return {
      states: PAGED_TOTAL,
      pages: PAGES,
      pageSize: PAGE_SIZE,
      wrapper: throughput(wrapperSeconds),
      rawFetch: throughput(rawSeconds),
      ratioToRawFetch: round(wrapperSeconds / rawSeconds, 3),
      heap,
    };
  } finally {
    await server.close();
  }
}
