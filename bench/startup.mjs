// 4. Start-up: what a client costs before its first request, each figure from a fresh process
// (this file run again with --probe), the subjects interleaved run by run; medians over the runs.
//   import    `await import(package)`
//   build     the first client built after the import, and the RSS it added
//   again     a second client built in the same process
//   first call (ours and bare openapi-fetch only, with the in-memory fetch of the overhead section):
//             the first GET of a fresh client against the steady state, and the extra time of the first
//             call that reads a `Date` (the time zone lookup loads ICU's data)
// Node's own fetch (undici) is loaded before anything is timed: it loads lazily on first use, costs the
// same whichever client touches it first, and every client needs it for its first request. Its cost is
// reported on its own line.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PEERS } from './peers.mjs';
import { median, round } from './lib/stats.mjs';

const API_KEY = 'bench-api-key-7f3a9c21';
const BASE = 'http://in-memory.test';
const KK_HEADERS = { 'X-Komfortkasse-API-Key': API_KEY, 'User-Agent': '@shopclients/komfortkasse/0.1.0' };
const IOM_AUTH = { username: 'integration', password: 'bench-password-5e8d1b' };
const ORDER_NUMBER = '10001';

/** Ours first, then bare openapi-fetch (the baseline of the import target), then the peers. */
export const SUBJECTS = [
  {
    name: '@shopclients/komfortkasse',
    ours: true,
    load: () => import('@shopclients/komfortkasse'),
    build: ({ Komfortkasse }, fetch) => new Komfortkasse({ apiKey: API_KEY, baseUrl: `${BASE}/kk`, ...(fetch && { fetch }) }),
    firstCalls: async (client, order) => ({
      get: () => client.orders.get(ORDER_NUMBER),
      withoutDate: () => client.orders.submit(ORDER_NUMBER, { ...order, date: '2026-11-27' }),
      withDate: () => client.orders.submit(ORDER_NUMBER, { ...order, date: new Date('2026-11-27T10:00:00Z') }),
    }),
  },
  {
    name: '@shopclients/iom-order',
    ours: true,
    load: () => import('@shopclients/iom-order'),
    build: ({ IomOrders }, fetch) => new IomOrders({ baseUrl: `${BASE}/iom`, shopId: 1000, auth: IOM_AUTH, ...(fetch && { fetch }) }),
    firstCalls: async (client) => ({
      get: () => client.orders.get('B2B-2024-000731'),
      withoutDate: () => client.orderStates.search({ shopCustomerNumbers: ['C-100482'], createdFrom: '2026-01-01' }),
      withDate: () => client.orderStates.search({ shopCustomerNumbers: ['C-100482'], createdFrom: new Date('2026-01-01T10:00:00Z') }),
    }),
  },
  {
    name: 'openapi-fetch',
    label: 'bare openapi-fetch',
    load: () => import('openapi-fetch'),
    build: ({ default: createClient }, fetch) => createClient({ baseUrl: `${BASE}/kk`, headers: KK_HEADERS, ...(fetch && { fetch }) }),
    firstCalls: async (client) => ({ get: () => client.GET('/order/{orderNumber}', { params: { path: { orderNumber: ORDER_NUMBER } } }) }),
  },
  ...PEERS.map((peer) => ({
    name: peer.name,
    label: peer.label,
    load: peer.load,
    build: (module) => peer.build(module, { baseUrl: `${BASE}/kk`, headers: KK_HEADERS }),
  })),
];

const ms = (from) => performance.now() - from;
const cpuMs = (from) => {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
};

/** One fresh process's figures for one subject, printed as JSON. */
async function probe(name) {
  const subject = SUBJECTS.find((s) => s.name === name);
  let started = performance.now();
  for (const global of ['fetch', 'Request', 'Response', 'Headers', 'FormData']) void globalThis[global];
  const undiciMs = ms(started);

  started = performance.now();
  let cpu = process.cpuUsage();
  const module = await subject.load();
  const importMs = ms(started);
  const importCpuMs = cpuMs(cpu);

  const rss = process.memoryUsage.rss();
  started = performance.now();
  cpu = process.cpuUsage();
  subject.build(module);
  const buildMs = ms(started);
  const buildCpuMs = cpuMs(cpu);
  const buildRssMB = (process.memoryUsage.rss() - rss) / 2 ** 20;
  started = performance.now();
  subject.build(module);
  const againMs = ms(started);

  let first;
  if (subject.firstCalls) {
    // Loaded only now, so that the figures above never include the bench's own modules.
    const [{ inMemoryFetch }, { requestExample }] = await Promise.all([import('./overhead.mjs'), import('./lib/examples.mjs')]);
    const calls = await subject.firstCalls(
      subject.build(module, inMemoryFetch()),
      requestExample('komfortkasse', 'submitOrder', 'application/json', 'invoiceOrder'),
    );
    const time = async (call) => {
      const from = performance.now();
      await call();
      return ms(from);
    };
    const getMs = await time(calls.get);
    const steady = [];
    for (let i = 0; i < 20; i++) steady.push(await time(calls.get));
    first = { getMs, steadyGetMs: median(steady.slice(10)) };
    if (calls.withDate) {
      await time(calls.withoutDate);
      const withoutDate = [await time(calls.withoutDate), await time(calls.withoutDate)];
      first.withDateMs = await time(calls.withDate);
      first.withoutDateMs = Math.min(...withoutDate);
    }
  }
  process.stdout.write(JSON.stringify({ undiciMs, importMs, importCpuMs, buildMs, buildCpuMs, buildRssMB, againMs, first }));
}

function runProbe(name) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--probe', name], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`startup probe of ${name} failed with exit code ${code}`))));
  });
}

export async function measureStartup({ runs }, progress = () => {}) {
  const samples = new Map(SUBJECTS.map((s) => [s.name, []]));
  for (let run = 0; run < runs; run++) {
    // A different order every run, so no subject always follows the same one.
    const order = SUBJECTS.map((_, k) => SUBJECTS[(k + run) % SUBJECTS.length]);
    for (const subject of run % 2 ? order.reverse() : order) samples.get(subject.name).push(await runProbe(subject.name));
    progress(`run ${run + 1}/${runs}`);
  }
  const med = (list, pick) => round(median(list.map(pick)), 2);
  const subjects = SUBJECTS.map((subject) => {
    const list = samples.get(subject.name);
    const row = {
      name: subject.name,
      label: subject.label ?? subject.name,
      ours: subject.ours === true,
      importMs: med(list, (s) => s.importMs),
      importCpuMs: med(list, (s) => s.importCpuMs),
      buildMs: med(list, (s) => s.buildMs),
      buildCpuMs: med(list, (s) => s.buildCpuMs),
      buildRssMB: med(list, (s) => s.buildRssMB),
      againMs: med(list, (s) => s.againMs),
    };
    if (list[0].first) {
      row.firstGetMs = med(list, (s) => s.first.getMs);
      row.steadyGetMs = med(list, (s) => s.first.steadyGetMs);
      if (list[0].first.withDateMs !== undefined) row.firstDateExtraMs = med(list, (s) => s.first.withDateMs - s.first.withoutDateMs);
    }
    return row;
  });
  const undiciMs = round(median([...samples.values()].flat().map((s) => s.undiciMs)), 2);
  return { runs, undiciMs, subjects };
}

if (process.argv[2] === '--probe') await probe(process.argv[3]);
