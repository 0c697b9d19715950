// Why a Komfortkasse GET costs more over raw fetch with 8 in flight than one at a time: raw fetch with
// each guarantee of ours added on its own (a per-attempt AbortController and timer, the body read in
// chunks under a size cap), bare openapi-fetch, and our client with and without checking the answer,
// over loopback, interleaved; then raw fetch, openapi-fetch and ours with the in-memory fetch, to show
// whether our own CPU grows with concurrency. A script that prints figures, never a timed test.
//   node --expose-gc bench/in-flight.mjs [--rounds=N]
import { Komfortkasse } from '@shopclients/komfortkasse';
import createClient from 'openapi-fetch';
import { startServer } from './lib/server.mjs';
import { inMemoryFetch, interleave, operations, summarize } from './overhead.mjs';

const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 11);
const API_KEY = 'bench-api-key-7f3a9c21';
const settings = { rounds, requests: 200, concurrentRequests: 400, inFlight: 8, warmup: 400 };

/** The body read chunk by chunk, counting as it goes (as core does under its size cap), then parsed. */
async function readInChunks(response) {
  const chunks = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks, total).toString('utf8'));
}

function print(title, cells) {
  console.log(`\n${title}\nvariant                          seq × raw  8-par × raw  seq CPU µs  8-par CPU µs`);
  for (const cell of cells) {
    const { sequential, concurrent } = summarize(cell, cells[0]);
    const row = [sequential.ratio.toFixed(3), concurrent.ratio.toFixed(3), sequential.cpuUsPerRequest.toFixed(1), concurrent.cpuUsPerRequest.toFixed(1)];
    console.log(cell.variant.padEnd(32) + row.map((value, index) => value.padStart([9, 13, 12, 14][index])).join(''));
  }
}

const server = await startServer();
try {
  const base = `${server.url}/kk`;
  const url = `${base}/order/10001`;
  const headers = { Accept: 'application/json', 'X-Komfortkasse-API-Key': API_KEY };
  const openapi = createClient({ baseUrl: base, headers });
  const checked = new Komfortkasse({ apiKey: API_KEY, baseUrl: base });
  const unchecked = new Komfortkasse({ apiKey: API_KEY, baseUrl: base, validateResponses: 'off' });
  const loopback = [
    { variant: 'raw fetch', send: async () => (await fetch(url, { headers })).json() },
    {
      variant: 'raw + AbortController and timer',
      send: async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 30_000);
        try {
          return await (await fetch(url, { headers, signal: controller.signal })).json();
        } finally {
          clearTimeout(timer);
        }
      },
    },
    { variant: 'raw + body read in chunks', send: async () => readInChunks(await fetch(url, { headers })) },
    { variant: 'bare openapi-fetch', send: async () => (await openapi.GET('/order/{orderNumber}', { params: { path: { orderNumber: '10001' } } })).data },
    { variant: 'ours', send: () => checked.orders.get('10001') },
    { variant: "ours, validateResponses: 'off'", send: () => unchecked.orders.get('10001') },
  ];
  await interleave(loopback, settings);
  print(`Komfortkasse orders.get over loopback, ${rounds} interleaved rounds (CPU includes the in-process server):`, loopback);

  const inMemory = Object.entries(
    operations('http://in-memory.test', { fetch: inMemoryFetch() }).find((op) => op.name === 'Komfortkasse orders.get').variants,
  ).map(([variant, send]) => ({ variant, send }));
  await interleave(inMemory, settings);
  print(`The same with the in-memory fetch, ${rounds} interleaved rounds:`, inMemory);
} finally {
  await server.close();
}
