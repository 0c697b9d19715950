// Bulk submit at scale: Komfortkasse `orders.submitAll` of ORDERS orders against a server that
// answers each call after DELAY_MS, beside one-by-one `orders.submit` calls (measured on a sample,
// since 10,000 of them take minutes) and the ideal for the batch size and concurrency: the server's
// delay times the rounds of calls, ceil(ORDERS / batchSize / concurrency).
import { Komfortkasse } from '@shopclients/komfortkasse';
import { DELAY_MS, startScaleServer } from './lib/scale-server.mjs';
import { round } from './lib/stats.mjs';

const ORDERS = 10_000;
const BATCH_SIZE = 100;
const CONCURRENCY = 2;

const order = (index) => ({
  number: `BULK-${String(index).padStart(6, '0')}`,
  date: '02-11-2026',
  type: 'INVOICE',
  amount: 19.99 + (index % 100),
  currency: 'EUR',
  customerEmail: `buyer${index}@example.org`,
  items: [{ number: 'SKU-1', name: 'T-Shirt' }],
  billing: { lastName: 'Mustermann', countryCode: 'DE', city: 'Offenbach am Main' },
});

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

export async function measureBulk({ oneByOneSample = 300 } = {}) {
  const server = await startScaleServer();
  try {
    const client = new Komfortkasse({ apiKey: 'bench-api-key-7c1e', baseUrl: `${server.url}/kk` });
    const orders = Array.from({ length: ORDERS }, (_, index) => order(index));
    await client.orders.submitAll(orders.slice(0, 400), { batchSize: BATCH_SIZE, concurrency: CONCURRENCY });
    for (const item of orders.slice(0, 20)) await client.orders.submit(item.number, item);
    await server.counters();

    let start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = await client.orders.submitAll(orders, { batchSize: BATCH_SIZE, concurrency: CONCURRENCY });
    const bulkSeconds = seconds(start);
    const { user, system } = process.cpuUsage(cpu);
    const bulkServer = await server.counters();
    if (result.submittedCount !== ORDERS || result.failed.length > 0 || bulkServer.distinctOrders !== ORDERS) {
      throw new Error(
        `submitAll: ${result.submittedCount} submitted, ${result.failed.length} failed batches, ${bulkServer.distinctOrders} distinct orders on the server`,
      );
    }

    start = process.hrtime.bigint();
    for (const item of orders.slice(0, oneByOneSample)) await client.orders.submit(item.number, item);
    const sampleSeconds = seconds(start);
    const oneByOneServer = await server.counters();
    if (oneByOneServer.distinctOrders !== oneByOneSample) throw new Error(`one-by-one: ${oneByOneServer.distinctOrders} orders on the server`);

    const calls = Math.ceil(ORDERS / BATCH_SIZE);
    const idealSeconds = (Math.ceil(calls / CONCURRENCY) * DELAY_MS) / 1000;
    const oneByOneSeconds = (sampleSeconds / oneByOneSample) * ORDERS;
    return {
      orders: ORDERS,
      batchSize: BATCH_SIZE,
      concurrency: CONCURRENCY,
      serverDelayMs: DELAY_MS,
      calls: bulkServer.requests,
      submitAllSeconds: round(bulkSeconds, 2),
      // Checking, serialising and parsing 10,000 orders: time the ideal does not count.
      submitAllClientCpuSeconds: round((user + system) / 1e6, 2),
      idealSeconds: round(idealSeconds, 2),
      ratioToIdeal: round(bulkSeconds / idealSeconds, 2),
      oneByOne: {
        sample: oneByOneSample,
        sampleSeconds: round(sampleSeconds, 2),
        msPerOrder: round((sampleSeconds / oneByOneSample) * 1000, 1),
        extrapolatedSeconds: round(oneByOneSeconds, 1),
      },
      speedupOverOneByOne: round(oneByOneSeconds / bulkSeconds, 1),
    };
  } finally {
    await server.close();
  }
}

export function printBulk(b, table) {
  console.log(
    `\nBulk: Komfortkasse orders.submitAll of ${b.orders.toLocaleString('en')} orders (batches of ${b.batchSize}, ${b.concurrency} at a time), server answering after ${b.serverDelayMs} ms.`,
  );
  console.log(
    `   One-by-one orders.submit measured on ${b.oneByOne.sample} orders in sequence and scaled to ${b.orders.toLocaleString('en')}; ideal = ceil(${b.orders} / ${b.batchSize} / ${b.concurrency}) × ${b.serverDelayMs} ms.\n`,
  );
  console.log(
    table(
      ['way', 'calls', 'seconds', '× ideal'],
      [
        ['ideal for batch size and concurrency', Math.ceil(b.orders / b.batchSize), b.idealSeconds.toFixed(2), '1.00×'],
        ['orders.submitAll', b.calls, b.submitAllSeconds.toFixed(2), `${b.ratioToIdeal.toFixed(2)}×`],
        [
          `orders.submit one by one (${b.oneByOne.msPerOrder} ms each)`,
          b.orders,
          `${b.oneByOne.extrapolatedSeconds.toFixed(1)} (est.)`,
          `${(b.oneByOne.extrapolatedSeconds / b.idealSeconds).toFixed(0)}×`,
        ],
      ],
    ),
  );
  console.log(
    `   submitAll is ${b.speedupOverOneByOne}× faster than one by one; it spent ${b.submitAllClientCpuSeconds} s of this process's CPU (checking, serialising, parsing).`,
  );
}
