// 4. Start-up: what a client costs before its first request, each figure from a fresh process
// (this file run again with --probe), the subjects interleaved run by run; medians over the runs.
//   import    `await import(package)`
//   build     the first client built after the import, and the RSS it added
//   again     a second client built in the same process
//   first call (ours and bare openapi-fetch only, with the in-memory fetch of the overhead section):
//             the first GET of a fresh client against the steady state, and the extra time of the first
//             call that reads a `Date` (the time zone lookup loads ICU's data)
//   cold      a fresh process importing the package, building a client and getting its first answer
//             (in-memory fetch), against raw fetch's first answer: on a GET (every subject that takes a
//             fetch), and on a POST (raw fetch and bare openapi-fetch: the Komfortkasse order; ours: that
//             order with a `Date`, which loads ICU, or for IOM a search from a `Date`)
//   touches   whether importing one of ours touches fetch, Request, Response, Headers, FormData or Intl
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
const GET_PATH = `/order/${ORDER_NUMBER}`;

/** Ours first, then bare openapi-fetch (the baseline of the import target), then the peers. */
export const SUBJECTS = [
  {
    name: '@shopclients/komfortkasse',
    ours: true,
    load: () => import('@shopclients/komfortkasse'),
    build: ({ Komfortkasse }, fetch) => new Komfortkasse({ apiKey: API_KEY, baseUrl: `${BASE}/kk`, ...(fetch && { fetch }) }),
    firstCalls: async (client, order) => ({
      get: () => client.orders.get(ORDER_NUMBER),
      post: () => client.orders.submit(ORDER_NUMBER, { ...order, date: new Date('2026-11-27T10:00:00Z') }),
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
      post: () => client.orderStates.search({ shopCustomerNumbers: ['C-100482'], createdFrom: new Date('2026-01-01T10:00:00Z') }),
      withoutDate: () => client.orderStates.search({ shopCustomerNumbers: ['C-100482'], createdFrom: '2026-01-01' }),
      withDate: () => client.orderStates.search({ shopCustomerNumbers: ['C-100482'], createdFrom: new Date('2026-01-01T10:00:00Z') }),
    }),
  },
  {
    name: 'openapi-fetch',
    label: 'bare openapi-fetch',
    load: () => import('openapi-fetch'),
    build: ({ default: createClient }, fetch) => createClient({ baseUrl: `${BASE}/kk`, headers: KK_HEADERS, ...(fetch && { fetch }) }),
    firstCalls: async (client, order) => ({
      get: () => client.GET('/order/{orderNumber}', { params: { path: { orderNumber: ORDER_NUMBER } } }),
      post: () => client.POST('/order/{orderNumber}', { params: { path: { orderNumber: ORDER_NUMBER } }, body: order }),
    }),
  },
  ...PEERS.map((peer) => ({
    name: peer.name,
    label: peer.label,
    load: peer.load,
    build: (module, fetch) => peer.build(module, { baseUrl: `${BASE}/kk`, headers: KK_HEADERS, ...(fetch && { fetch }) }),
    ...(peer.customFetch && { firstCalls: async (client) => ({ get: () => peer.get(client, GET_PATH) }), peerOnly: true }),
  })),
];

/** The baseline of the cold start: raw fetch's first answer, with nothing to import. */
const RAW_FETCH = {
  name: 'raw fetch',
  load: async () => ({}),
  build: (_module, fetch) => fetch,
  firstCalls: async (fetch, order) => ({
    get: async () => (await fetch(`${BASE}/kk${GET_PATH}`, { headers: KK_HEADERS })).json(),
    post: async () =>
      (
        await fetch(`${BASE}/kk${GET_PATH}`, { method: 'POST', headers: { ...KK_HEADERS, 'Content-Type': 'application/json' }, body: JSON.stringify(order) })
      ).json(),
  }),
};
/** Who is measured cold, on which call. */
const COLD = [RAW_FETCH, ...SUBJECTS]
  .filter((subject) => subject.firstCalls)
  .flatMap((subject) => ['get', ...(subject.peerOnly ? [] : ['post'])].map((call) => ({ subject, call })));

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
    const [{ inMemoryFetch }, { requestExample }] = await Promise.all([import('./lib/in-memory-fetch.mjs'), import('./lib/examples.mjs')]);
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

function runProbe(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...(args.length === 1 ? ['--probe', ...args] : args)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`startup probe ${args.join(' ')} failed with exit code ${code}`))));
  });
}

export async function measureStartup({ runs }, progress = () => {}) {
  const samples = new Map(SUBJECTS.map((s) => [s.name, []]));
  const coldSamples = new Map(COLD.map(({ subject, call }) => [`${subject.name} ${call}`, []]));
  const probes = [
    ...SUBJECTS.map((subject) => async () => samples.get(subject.name).push(await runProbe(subject.name))),
    ...COLD.map(
      ({ subject, call }) =>
        async () =>
          coldSamples.get(`${subject.name} ${call}`).push((await runProbe('--cold', subject.name, call)).ms),
    ),
  ];
  for (let run = 0; run < runs; run++) {
    // A different order every run, so no probe always follows the same one.
    const order = probes.map((_, k) => probes[(k + run) % probes.length]);
    for (const probe of run % 2 ? order.reverse() : order) await probe();
    progress(`run ${run + 1}/${runs}`);
  }
  const coldOf = (name, call) => {
    const list = coldSamples.get(`${name} ${call}`);
    return list ? round(median(list), 2) : undefined;
  };
  const touches = {};
  for (const subject of SUBJECTS.filter((s) => s.ours)) touches[subject.name] = await runProbe('--touches', subject.name);
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
      coldGetMs: coldOf(subject.name, 'get'),
      coldPostMs: coldOf(subject.name, 'post'),
      ...(subject.ours && { touchedAtImport: touches[subject.name] }),
    };
    if (list[0].first) {
      row.firstGetMs = med(list, (s) => s.first.getMs);
      row.steadyGetMs = med(list, (s) => s.first.steadyGetMs);
      if (list[0].first.withDateMs !== undefined) row.firstDateExtraMs = med(list, (s) => s.first.withDateMs - s.first.withoutDateMs);
    }
    return row;
  });
  const undiciMs = round(median([...samples.values()].flat().map((s) => s.undiciMs)), 2);
  return { runs, undiciMs, rawFetchColdGetMs: coldOf('raw fetch', 'get'), rawFetchColdPostMs: coldOf('raw fetch', 'post'), subjects };
}

/**
 * One fresh process's first answer: import, build a client with the in-memory fetch, one call. The
 * bench's own modules (the in-memory fetch, the spec's example) and Node's fetch are loaded before the clock.
 */
async function coldProbe(name, call) {
  for (const global of ['fetch', 'Request', 'Response', 'Headers', 'FormData']) void globalThis[global];
  const [{ inMemoryFetch }, { requestExample }] = await Promise.all([import('./lib/in-memory-fetch.mjs'), import('./lib/examples.mjs')]);
  const fetch = inMemoryFetch();
  const order = requestExample('komfortkasse', 'submitOrder', 'application/json', 'invoiceOrder');
  const { subject } = COLD.find((cold) => cold.subject.name === name && cold.call === call);
  const started = performance.now();
  const module = await subject.load();
  const calls = await subject.firstCalls(subject.build(module, fetch), order);
  const answer = await calls[call]();
  if (answer === undefined || answer === null) throw new Error(`${name} ${call}: no answer`);
  process.stdout.write(JSON.stringify({ ms: ms(started) }));
}

/** Which of fetch's globals and Intl importing a package touches (none is touched before). */
async function touchesProbe(name) {
  const touched = new Set();
  for (const global of ['fetch', 'Request', 'Response', 'Headers', 'FormData', 'Intl']) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, global);
    if (!descriptor) continue;
    Object.defineProperty(globalThis, global, {
      configurable: true,
      get() {
        touched.add(global);
        return descriptor.get ? descriptor.get.call(this) : descriptor.value;
      },
    });
  }
  await SUBJECTS.find((s) => s.name === name).load();
  process.stdout.write(JSON.stringify([...touched]));
}

if (process.argv[2] === '--probe') await probe(process.argv[3]);
if (process.argv[2] === '--cold') await coldProbe(process.argv[3], process.argv[4]);
if (process.argv[2] === '--touches') await touchesProbe(process.argv[3]);
