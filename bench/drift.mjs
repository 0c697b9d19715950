// Drift: what checking an answer against the spec costs when every item of a list breaks it, beside
// one that conforms. Komfortkasse orders.list answers ITEMS orders, from an in-memory fetch: in the
// conforming answer each is the spec's example order; in the drifting one each lacks `date`, `type`
// and `billing` and is padded to the same length, so both answers have the same bytes. Each call
// goes through a fresh client in the default `validateResponses: 'warn'`, so each drifting call
// reports its kinds; `'off'` on the drifting answer shows what parsing alone costs. Variants are
// interleaved within each round, their order alternating; ms is the median wall time per call.
import { Komfortkasse } from '@shopclients/komfortkasse';
import { responseExample } from './lib/examples.mjs';
import { collectGarbage, median, round } from './lib/stats.mjs';

const SIZES = [10_000, 50_000, 100_000];
const ROUNDS = 5;
/** The issue's target: a drifting list resolves within this many times a conforming one's time. */
export const DRIFT_TARGET_RATIO = 2;

function answers(items) {
  const [example] = responseExample('komfortkasse', 'readOrders', 200, 'application/json', 'unpaidOrders');
  const { date, type, billing, ...rest } = example;
  const length = (order) => JSON.stringify(order).length;
  // `statusDescription` is free text: lengthened to make up for the three fields left out.
  const drifting = { ...rest, statusDescription: `${rest.statusDescription}${'.'.repeat(length(example) - length(rest))}` };
  if (length(drifting) !== length(example)) throw new Error('the drifting order is not as long as the conforming one');
  const list = (order) => JSON.stringify(Array.from({ length: items }, (_, index) => ({ ...order, number: String(1_000_000 + index) })));
  return { conforming: list(example), drifting: list(drifting) };
}

async function timeCall(text, validateResponses) {
  const reports = [];
  const client = new Komfortkasse({
    apiKey: 'bench-api-key-7c1e',
    baseUrl: 'http://127.0.0.1:9/api/v2',
    maxResponseBytes: 256 * 1024 * 1024,
    validateResponses,
    fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }),
    onValidationIssue: (report) => reports.push(report),
  });
  collectGarbage();
  const start = process.hrtime.bigint();
  const orders = await client.orders.list();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, orders: orders.length, reports };
}

export async function measureDrift({ sizes = SIZES, rounds = ROUNDS } = {}, progress = () => {}) {
  const rows = [];
  for (const items of sizes) {
    const { conforming, drifting } = answers(items);
    const variants = { conforming: [conforming, 'warn'], drifting: [drifting, 'warn'], off: [drifting, 'off'] };
    const samples = { conforming: [], drifting: [], off: [] };
    const ratios = [];
    let reports = [];
    await timeCall(conforming, 'warn');
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? ['drifting', 'conforming', 'off'] : ['conforming', 'off', 'drifting'];
      const times = {};
      for (const name of order) {
        const [text, mode] = variants[name];
        const result = await timeCall(text, mode);
        if (result.orders !== items) throw new Error(`${name}: ${result.orders} orders instead of ${items}`);
        times[name] = result.ms;
        samples[name].push(result.ms);
        if (name === 'drifting') reports = result.reports;
      }
      ratios.push(times.drifting / times.conforming);
    }
    rows.push({
      items,
      megabytes: round(conforming.length / 1e6, 1),
      conformingMs: round(median(samples.conforming), 0),
      driftingMs: round(median(samples.drifting), 0),
      offMs: round(median(samples.off), 0),
      ratio: round(median(ratios), 2),
      warnings: reports.length,
      counts: reports.map((report) => report.count),
    });
    progress(`${items} items done`);
  }
  return { rounds, rows };
}

export function printDrift(d, table) {
  console.log(
    `\nDrift: Komfortkasse orders.list answering N orders, in-memory fetch, a fresh client per call ('warn'); median of ${d.rounds} interleaved rounds.`,
  );
  console.log("   drifting = every order lacks date, type and billing (same bytes as the conforming list); 'off' = the drifting list unchecked;");
  console.log(`   ratio = drifting / conforming (median of the per-round ratios). Target: ≤ ${DRIFT_TARGET_RATIO}×.\n`);
  console.log(
    table(
      ['items', 'MB', 'conforming ms', 'drifting ms', 'ratio', 'warnings', "'off' ms"],
      d.rows.map((row) => [
        row.items.toLocaleString('en'),
        row.megabytes.toFixed(1),
        row.conformingMs,
        row.driftingMs,
        `${row.ratio.toFixed(2)}×`,
        `${row.warnings} (×${[...new Set(row.counts)].map((count) => count.toLocaleString('en')).join(', ')})`,
        row.offMs,
      ]),
    ),
  );
}
