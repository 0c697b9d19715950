// 1. Per-request overhead: raw fetch, bare openapi-fetch and our wrappers against the same canned
// server, same URL, headers and body (checked before measuring), same keep-alive dispatcher (the
// global fetch's), interleaved round by round; on the Komfortkasse GET and POST also the peers of
// peers.mjs, sending the same logical request. Reports the median over rounds of µs per request and
// the ratios to raw fetch and to bare openapi-fetch. Then the same calls with an in-memory fetch,
// which leaves only the CPU each layer spends. ab-core.mjs reuses the operations and the runner to
// compare two versions of core.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import * as iomOrder from '@shopclients/iom-order';
import * as komfortkasse from '@shopclients/komfortkasse';
import createClient from 'openapi-fetch';
import { requestExample } from './lib/examples.mjs';
import { loadPeers } from './peers.mjs';
import { inMemoryFetch } from './lib/in-memory-fetch.mjs';
import { startServer } from './lib/server.mjs';
import { median, round } from './lib/stats.mjs';

export { inMemoryFetch };

export const VARIANTS = ['raw fetch', 'openapi-fetch', 'wrapper'];

const require = createRequire(import.meta.url);
const komfortkassePackage = require('@shopclients/komfortkasse/package.json');
const iomPackage = require('@shopclients/iom-order/package.json');

const API_KEY = 'bench-api-key-7f3a9c21';
const IOM_USER = 'integration';
const IOM_PASSWORD = 'bench-password-5e8d1b';
const ORDER_NUMBER = '10001';
const SHOP_ID = 1000;
const SHOP_ORDER_NUMBER = 'B2B-2024-000731';
const SEARCH = { shopCustomerNumbers: ['C-100482'], limit: 50 };

const INSTALLED = { Komfortkasse: komfortkasse.Komfortkasse, IomOrders: iomOrder.IomOrders };

/**
 * The four measured operations, each as raw fetch, bare openapi-fetch and our wrapper, all sending
 * with `fetch`. `clients` are the wrapper classes (the installed packages unless ab-core.mjs passes
 * builds of its own). `peers` (from `loadPeers()`) add a variant per peer to the Komfortkasse GET and
 * POST. `callerHeaders` are the headers the caller chose: a peer must send them as raw fetch does,
 * while the headers a library adds of its own accord (Accept, User-Agent, telemetry) may differ.
 */
export function operations(url, { clients = INSTALLED, fetch = globalThis.fetch, peers = [] } = {}) {
  const { ACCEPT } = iomOrder;
  const order = requestExample('komfortkasse', 'submitOrder', 'application/json', 'invoiceOrder');
  const kkBase = `${url}/kk`;
  // Accept as the client sends it: the media types the spec documents for Komfortkasse's answers.
  const kkHeaders = {
    Accept: 'application/json',
    'X-Komfortkasse-API-Key': API_KEY,
    'User-Agent': `@shopclients/komfortkasse/${komfortkassePackage.version}`,
  };
  const iomBase = `${url}/iom`;
  const iomHeaders = {
    Accept: ACCEPT,
    Authorization: `Basic ${Buffer.from(`${IOM_USER}:${IOM_PASSWORD}`).toString('base64')}`,
    'User-Agent': `@shopclients/iom-order/${iomPackage.version}`,
  };

  /** @type {import('openapi-fetch').Client<import('@shopclients/komfortkasse-types').paths>} */
  const kkOpenapi = createClient({ baseUrl: kkBase, headers: kkHeaders, fetch });
  /** @type {import('openapi-fetch').Client<import('@shopclients/iom-order-types').paths>} */
  const iomOpenapi = createClient({ baseUrl: iomBase, headers: iomHeaders, fetch });
  const kk = new clients.Komfortkasse({ apiKey: API_KEY, baseUrl: kkBase, fetch });
  const iom = new clients.IomOrders({ baseUrl: iomBase, shopId: SHOP_ID, auth: { username: IOM_USER, password: IOM_PASSWORD }, fetch });

  const raw = async (input, init) => {
    const response = await fetch(input, init);
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${input}: ${response.status}`);
    return response.json();
  };
  const unwrap = async (call) => {
    const { data, error, response } = await call;
    if (error !== undefined || data === undefined) throw new Error(`openapi-fetch: ${response.status}`);
    return data;
  };
  const kkPeers = peers.map(({ peer, module }) => ({
    peer,
    client: peer.build(module, { baseUrl: kkBase, headers: kkHeaders, fetch: peer.customFetch ? fetch : undefined }),
  }));
  const peerVariants = (call) => Object.fromEntries(kkPeers.map(({ peer, client }) => [peer.label, () => call(peer, client)]));
  const kkCallerHeaders = ['x-komfortkasse-api-key'];
  const searchQuery = `shopCustomerNumbers=${encodeURIComponent(SEARCH.shopCustomerNumbers[0])}&limit=${SEARCH.limit}`;

  return [
    {
      name: 'Komfortkasse orders.submit',
      check: (data) => data.number === ORDER_NUMBER,
      callerHeaders: [...kkCallerHeaders, 'content-type'],
      variants: {
        'raw fetch': () =>
          raw(`${kkBase}/order/${ORDER_NUMBER}`, {
            method: 'POST',
            headers: { ...kkHeaders, 'Content-Type': 'application/json' },
            body: JSON.stringify(order),
          }),
        'openapi-fetch': () => unwrap(kkOpenapi.POST('/order/{orderNumber}', { params: { path: { orderNumber: ORDER_NUMBER } }, body: order })),
        wrapper: () => kk.orders.submit(ORDER_NUMBER, order),
        ...peerVariants((peer, client) => peer.post(client, `/order/${ORDER_NUMBER}`, order)),
      },
    },
    {
      name: 'Komfortkasse orders.get',
      check: (data) => data.number === ORDER_NUMBER,
      callerHeaders: kkCallerHeaders,
      variants: {
        'raw fetch': () => raw(`${kkBase}/order/${ORDER_NUMBER}`, { headers: kkHeaders }),
        'openapi-fetch': () => unwrap(kkOpenapi.GET('/order/{orderNumber}', { params: { path: { orderNumber: ORDER_NUMBER } } })),
        wrapper: () => kk.orders.get(ORDER_NUMBER),
        ...peerVariants((peer, client) => peer.get(client, `/order/${ORDER_NUMBER}`)),
      },
    },
    {
      name: 'IOM orders.get',
      check: (data) => data.shopOrderNumber === SHOP_ORDER_NUMBER,
      variants: {
        'raw fetch': () => raw(`${iomBase}/shops/${SHOP_ID}/orders/${SHOP_ORDER_NUMBER}`, { headers: iomHeaders }),
        'openapi-fetch': () =>
          unwrap(iomOpenapi.GET('/shops/{shopId}/orders/{shopOrderNumber}', { params: { path: { shopId: SHOP_ID, shopOrderNumber: SHOP_ORDER_NUMBER } } })),
        wrapper: () => iom.orders.get(SHOP_ORDER_NUMBER),
      },
    },
    {
      name: 'IOM orderStates.search',
      check: (data) => data.data?.length === 1 && data.meta?.totalCount === 1,
      variants: {
        'raw fetch': () => raw(`${iomBase}/shops/${SHOP_ID}/order-states?${searchQuery}`, { headers: iomHeaders }),
        'openapi-fetch': () => unwrap(iomOpenapi.GET('/shops/{shopId}/order-states', { params: { path: { shopId: SHOP_ID }, query: { ...SEARCH } } })),
        wrapper: () => iom.orderStates.search(SEARCH),
      },
    },
  ];
}

/**
 * Sends one request per variant with the server recording, and fails unless the variants of an
 * operation sent the same method, URL and body, and got the same data back. Ours and bare
 * openapi-fetch must send the very headers raw fetch sends; a peer, the caller's headers.
 */
async function checkSameRequests(server, ops) {
  for (const op of ops) {
    const variants = Object.keys(op.variants);
    await server.record();
    const results = [];
    for (const variant of variants) results.push(await op.variants[variant]());
    const requests = await server.recorded();
    if (requests.length !== variants.length) throw new Error(`${op.name}: expected ${variants.length} requests, got ${requests.length}`);
    for (const [index, result] of results.entries()) {
      if (!op.check(result)) throw new Error(`${op.name} / ${variants[index]}: unexpected data`);
      if (!isDeepStrictEqual(result, results[0])) throw new Error(`${op.name} / ${variants[index]}: data differs from raw fetch`);
      const [sent, reference] = [requests[index], requests[0]];
      const pick = (headers) => Object.fromEntries(op.callerHeaders.map((name) => [name, headers[name]]));
      const ours = VARIANTS.includes(variants[index]);
      const compared = {
        method: [sent.method, reference.method],
        url: [sent.url, reference.url],
        body: [sent.body, reference.body],
        ...(ours ? { headers: [sent.headers, reference.headers] } : { "caller's headers": [pick(sent.headers), pick(reference.headers)] }),
      };
      for (const [label, [mine, theirs]] of Object.entries(compared)) {
        if (!isDeepStrictEqual(mine, theirs)) {
          throw new Error(`${op.name} / ${variants[index]} sent another ${label} than raw fetch:\n${JSON.stringify(mine)}\n${JSON.stringify(theirs)}`);
        }
      }
    }
  }
}

async function sequential(send, count) {
  for (let i = 0; i < count; i++) await send();
}

async function concurrent(send, count, inFlight) {
  let started = 0;
  const lane = async () => {
    while (started++ < count) await send();
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
}

/**
 * Runs one batch and returns µs of wall time and of this process's CPU time per request. No forced
 * collection between batches: a full GC throws away warm code and feedback and slows the next batch
 * (by up to 2× here), and each variant should pay for its own garbage through ordinary collections.
 */
async function timeBatch(run, count) {
  await settle();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await run();
  const wallNs = Number(process.hrtime.bigint() - start);
  const { user, system } = process.cpuUsage(cpu);
  return { us: wallNs / 1000 / count, cpuUs: (user + system) / count };
}

/**
 * One task turn before each batch. Undici lets go of a Request made with an AbortSignal (ours, and
 * openapi-fetch's Request copied by the in-memory fetch) through a FinalizationRegistry, whose
 * callbacks run only in a later task: in memory, where a batch never yields to one, that garbage piled
 * up round after round (100 MB and more) and slowed whichever batch came later. Forcing a collection
 * here instead shrinks V8's young generation and doubles every in-memory figure, so none is forced.
 */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each round runs every cell once, from a different start and in alternating directions, so no cell always follows the same one. */
function roundOrder(cells, round) {
  const rotated = cells.map((_, k) => cells[(k + round) % cells.length]);
  return round % 2 ? rotated.reverse() : rotated;
}

/**
 * Measures `cells` ({ send }) interleaved: warm-up, then `rounds` rounds in which every cell sends a
 * batch of sequential requests and a batch with `inFlight` in flight. Adds the samples to each cell.
 */
export async function interleave(cells, { rounds, requests, concurrentRequests, inFlight, warmup }, progress = () => {}) {
  for (const cell of cells) Object.assign(cell, { seq: [], seqCpu: [], conc: [], concCpu: [] });
  for (let pass = 0; pass < 4; pass++) for (const cell of cells) await sequential(cell.send, warmup / 4);
  progress('warmed up');
  for (let r = 0; r < rounds; r++) {
    for (const cell of roundOrder(cells, r)) {
      const seq = await timeBatch(() => sequential(cell.send, requests), requests);
      cell.seq.push(seq.us);
      cell.seqCpu.push(seq.cpuUs);
      if (concurrentRequests === 0) continue;
      const conc = await timeBatch(() => concurrent(cell.send, concurrentRequests, inFlight), concurrentRequests);
      cell.conc.push(conc.us);
      cell.concCpu.push(conc.cpuUs);
    }
    progress(`round ${r + 1}/${rounds}`);
  }
}

/**
 * Medians of a cell's samples, and its ratios to a reference cell measured in the same rounds
 * (`concurrent` is null when not measured); with `second`, also the ratios to that cell.
 */
export function summarize(cell, reference, second) {
  const of = (key, cpuKey) => {
    const us = median(cell[key]);
    return {
      usPerRequest: round(us),
      // The ratio within each round, whose median is insensitive to load that drifts between rounds.
      ratio: round(median(cell[key].map((value, index) => value / reference[key][index])), 3),
      ratioOfMedians: round(us / median(reference[key]), 3),
      cpuUsPerRequest: round(median(cell[cpuKey])),
      cpuRatio: round(median(cell[cpuKey].map((value, index) => value / reference[cpuKey][index])), 3),
      rounds: cell[key].map((value) => round(value)),
      ...(second && {
        ratioToSecond: round(median(cell[key].map((value, index) => value / second[key][index])), 3),
        cpuRatioToSecond: round(median(cell[cpuKey].map((value, index) => value / second[cpuKey][index])), 3),
      }),
    };
  };
  return { sequential: of('seq', 'seqCpu'), concurrent: cell.conc.length ? of('conc', 'concCpu') : null };
}

/** `ratioToSecond` in the result is the ratio to bare openapi-fetch. */
async function measure(ops, settings, progress) {
  const cells = ops.flatMap((op) => Object.entries(op.variants).map(([variant, send]) => ({ op, variant, send })));
  await interleave(cells, settings, progress);
  return ops.map((op) => {
    const mine = cells.filter((cell) => cell.op === op);
    const [raw, openapi] = ['raw fetch', 'openapi-fetch'].map((name) => mine.find((cell) => cell.variant === name));
    return {
      operation: op.name,
      variants: mine.map((cell) => ({ variant: cell.variant, peer: !VARIANTS.includes(cell.variant), ...summarize(cell, raw, openapi) })),
    };
  });
}

/**
 * Over the network: the headline figures. Then the same operations with `inMemoryFetch()`, which
 * shows how much CPU each layer itself spends per call.
 */
export async function measureOverhead({ network, inMemory }, progress = () => {}) {
  const server = await startServer();
  let overNetwork;
  try {
    const ops = operations(server.url, { peers: await loadPeers() });
    await checkSameRequests(server, ops);
    overNetwork = await measure(ops, network, (line) => progress(`network ${line}`));
  } finally {
    await server.close();
  }
  const inProcess = await measure(operations('http://in-memory.test', { fetch: inMemoryFetch() }), inMemory, (line) => progress(`in memory ${line}`));
  return { network: overNetwork, inMemory: inProcess };
}
