// Rate limits: CALLS concurrent Komfortkasse `orders.get` calls (safe to repeat: retried on 429 with the
// default 2 retries) against a server that serves LIMITED_CONCURRENCY at a time, answering after
// DELAY_MS, and answers 429 with `Retry-After: 1` beyond that. Without `maxConcurrency`, with it at the
// server's limit, and with it above (where the shared 429 pause does the work).
import { Komfortkasse } from '@shopclients/komfortkasse';
import { LIMITED_CONCURRENCY, startScaleServer } from './lib/scale-server.mjs';
import { round } from './lib/stats.mjs';

const CALLS = 200;
const VARIANTS = [undefined, LIMITED_CONCURRENCY, 2 * LIMITED_CONCURRENCY];
export const THROTTLE_TARGET = `no 429 with maxConcurrency ${LIMITED_CONCURRENCY}`;

async function run(url, maxConcurrency, counters) {
  const client = new Komfortkasse({ apiKey: 'bench-api-key-7c1e', baseUrl: `${url}/limited`, maxConcurrency });
  const start = process.hrtime.bigint();
  const settled = await Promise.allSettled(Array.from({ length: CALLS }, (_, index) => client.orders.get(`T-${index}`)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const server = await counters();
  return {
    maxConcurrency: maxConcurrency ?? null,
    requests: server.requests,
    tooMany: server.tooMany,
    succeeded: settled.filter((result) => result.status === 'fulfilled').length,
    failed: settled.filter((result) => result.status === 'rejected').length,
    seconds: round(seconds, 2),
  };
}

export async function measureThrottle() {
  const server = await startScaleServer();
  try {
    await run(server.url, LIMITED_CONCURRENCY, server.counters);
    const runs = [];
    for (const maxConcurrency of VARIANTS) runs.push(await run(server.url, maxConcurrency, server.counters));
    return { calls: CALLS, serverConcurrency: LIMITED_CONCURRENCY, runs, met: runs[1].tooMany === 0 && runs[1].failed === 0 };
  } finally {
    await server.close();
  }
}

export function printThrottle(t, table) {
  console.log(
    `\nThrottle: ${t.calls} concurrent orders.get calls against a server serving ${t.serverConcurrency} at a time (20 ms each) and answering 429 with`,
  );
  console.log('   Retry-After: 1 beyond; default retries (2). A 429 pauses every call of the client until its Retry-After, whatever maxConcurrency.\n');
  console.log(
    table(
      ['maxConcurrency', 'requests', '429s', 'succeeded', 'failed', 'seconds'],
      t.runs.map((r) => [r.maxConcurrency === null ? 'none' : String(r.maxConcurrency), r.requests, r.tooMany, r.succeeded, r.failed, r.seconds.toFixed(2)]),
    ),
  );
  console.log(`   Target ${THROTTLE_TARGET}: ${t.met ? 'met' : 'MISSED'}.`);
}
