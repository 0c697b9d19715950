// Paging ahead: IOM `orderStates.iterate` over TOTAL_STATES order states (pages of PAGE_SIZE) from a
// server answering after DELAY_MS, with a caller that spends WORK_MS of CPU on each page, without
// and with `prefetch`. Heap: sampled on every page; the peak above the heap before the walk.
import { getHeapStatistics } from 'node:v8';
import { IomOrders } from '@shopclients/iom-order';
import { DELAY_MS, TOTAL_STATES, startScaleServer } from './lib/scale-server.mjs';
import { round, settledHeapUsed } from './lib/stats.mjs';

const PAGE_SIZE = 50;
const WORK_MS = 5;
const PREFETCH = [0, 1, 2, 4];
const MB = 1024 * 1024;
export const PREFETCH_TARGET = { ratio: 0.6, prefetch: 2 };

function work(ms) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

async function walk(iom, prefetch) {
  const baseline = await settledHeapUsed();
  let peak = 0;
  let count = 0;
  const start = process.hrtime.bigint();
  for await (const state of iom.orderStates.iterate({ limit: PAGE_SIZE, prefetch })) {
    if (state.shopOrderNumber !== `S-${String(count).padStart(6, '0')}`) throw new Error(`state ${count}: got ${state.shopOrderNumber}`);
    if (++count % PAGE_SIZE !== 0) continue;
    work(WORK_MS);
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (count !== TOTAL_STATES) throw new Error(`walk with prefetch ${prefetch}: ${count} states`);
  return { prefetch, seconds: round(seconds, 2), peakHeapAboveBaselineMB: round((peak - baseline) / MB, 1) };
}

export async function measurePrefetch() {
  const server = await startScaleServer();
  try {
    const iom = new IomOrders({ baseUrl: `${server.url}/iom`, shopId: 4242, auth: { token: 'bench-token-91f3' } });
    let warm = 0;
    for await (const _ of iom.orderStates.iterate({ limit: PAGE_SIZE, prefetch: 2 })) if (++warm === 20 * PAGE_SIZE) break;
    const walks = [];
    for (const prefetch of PREFETCH) walks.push(await walk(iom, prefetch));
    const without = walks[0].seconds;
    for (const w of walks) w.ratio = round(w.seconds / without, 2);
    const target = walks.find((w) => w.prefetch === PREFETCH_TARGET.prefetch);
    return {
      states: TOTAL_STATES,
      pageSize: PAGE_SIZE,
      pages: TOTAL_STATES / PAGE_SIZE,
      serverDelayMs: DELAY_MS,
      workMsPerPage: WORK_MS,
      idealSeconds: {
        withoutPrefetch: round(((DELAY_MS + WORK_MS) * TOTAL_STATES) / PAGE_SIZE / 1000, 1),
        overlapped: round((Math.max(DELAY_MS / PREFETCH_TARGET.prefetch, WORK_MS) * TOTAL_STATES) / PAGE_SIZE / 1000, 1),
      },
      walks,
      met: target.ratio <= PREFETCH_TARGET.ratio,
    };
  } finally {
    await server.close();
  }
}

export function printPrefetch(p, table) {
  console.log(
    `\nPrefetch: orderStates.iterate over ${p.states.toLocaleString('en')} order states (${p.pages} pages of ${p.pageSize}), server answering after ${p.serverDelayMs} ms,`,
  );
  console.log(`   caller spending ${p.workMsPerPage} ms of CPU on each page. Heap: peak during the walk above the settled heap before it.\n`);
  console.log(
    table(
      ['prefetch', 'seconds', '× without', 'peak heap MB'],
      p.walks.map((w) => [String(w.prefetch), w.seconds.toFixed(2), `${w.ratio.toFixed(2)}×`, w.peakHeapAboveBaselineMB.toFixed(1)]),
    ),
  );
  console.log(
    `   Floors: ${p.idealSeconds.withoutPrefetch} s without prefetch (server + work per page), ${p.idealSeconds.overlapped} s with ${PREFETCH_TARGET.prefetch} pages ahead.`,
  );
  console.log(`   Target ≤ ${PREFETCH_TARGET.ratio}× with prefetch ${PREFETCH_TARGET.prefetch}: ${p.met ? 'met' : 'MISSED'}.`);
}
