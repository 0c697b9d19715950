// Before/after figures for a change to packages/core: the overhead benchmark's operations (and one
// 50-state page of the pagination walk) with the wrappers built against two core source trees, in one
// process, interleaved with raw fetch. On a shared machine this is the only fair way to compare two
// versions: both see the same load, round by round.
//   git archive HEAD packages/core/src | tar -x -C /tmp/core-head
//   node --expose-gc ab-core.mjs /tmp/core-head/packages/core/src ../packages/core/src [--rounds=N] [--in-memory-only]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { inMemoryFetch, interleave, operations, summarize } from './overhead.mjs';
import { PAGED_SHOP_ID, startServer } from './lib/server.mjs';
import { median } from './lib/stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const [a, b] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map((dir) => resolve(dir));
if (!a || !b) throw new Error('usage: node --expose-gc ab-core.mjs <core src A> <core src B> [--rounds=N] [--in-memory-only]');
const rounds = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 21);

/** Both wrappers, built from their sources with `@shopclients/core` taken from `coreSrc`. */
async function wrappersWith(coreSrc, outDir, name) {
  const core = { name: 'core', setup: (on) => on.onResolve({ filter: /^@shopclients\/core$/ }, () => ({ path: join(coreSrc, 'index.ts') })) };
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    stdin: {
      contents: `export { Komfortkasse } from '${root}packages/komfortkasse/src/index.ts'; export { IomOrders } from '${root}packages/iom-order/src/index.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outfile,
    plugins: [core],
    nodePaths: [join(root, 'packages/core/node_modules')],
    logLevel: 'warning',
    // The types packages' chunks import shared chunks bare; with `sideEffects: false` esbuild says it drops them, which is right.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  return import(pathToFileURL(outfile).href);
}

/** Runs raw / A / B interleaved for each group and prints one line per group. */
async function compare(title, groups) {
  console.log(`\n${title}\noperation                       raw µs    A µs  A×raw    B µs  B×raw   B/A wall  B/A CPU`);
  for (const group of groups) {
    const cells = Object.entries(group.sends).map(([variant, send]) => ({ variant, send }));
    await interleave(cells, { rounds, requests: group.requests, concurrentRequests: 0, inFlight: 1, warmup: group.requests * 4 });
    const [raw, cellA, cellB] = cells;
    const [sumA, sumB] = [summarize(cellA, raw).sequential, summarize(cellB, raw).sequential];
    const paired = (key) => median(cellB[key].map((value, index) => value / cellA[key][index]));
    const cells7 = [median(raw.seq), sumA.usPerRequest, sumA.ratio, sumB.usPerRequest, sumB.ratio, paired('seq'), paired('seqCpu')];
    const widths = [8, 8, 7, 8, 7, 10, 9];
    const digits = [1, 1, 2, 1, 2, 3, 3];
    console.log(group.name.padEnd(30) + cells7.map((value, i) => value.toFixed(digits[i]).padStart(widths[i])).join(''));
  }
}

const outDir = mkdtempSync(join(tmpdir(), 'ab-core-'));
const server = await startServer();
try {
  const clients = { A: await wrappersWith(a, outDir, 'a'), B: await wrappersWith(b, outDir, 'b') };
  console.log(`A = ${a}\nB = ${b}\n${rounds} rounds; × and B/A are medians of the per-round ratios.`);

  const auth = { username: 'integration', password: 'bench-password-5e8d1b' };
  const WALK_PAGES = 10;
  const walkOf = (clientsOf, base, fetch) => {
    const iom = new clientsOf.IomOrders({ baseUrl: `${base}/iom`, shopId: PAGED_SHOP_ID, auth, fetch });
    return async () => {
      let count = 0;
      for await (const _ of iom.orderStates.iterate({ limit: 50 })) if (++count === WALK_PAGES * 50) return;
    };
  };
  const groupsFor = (base, fetch) => {
    const [opsA, opsB] = [operations(base, { clients: clients.A, fetch }), operations(base, { clients: clients.B, fetch })];
    const groups = opsA.map((op, index) => ({
      name: op.name,
      sends: { raw: op.variants['raw fetch'], A: op.variants.wrapper, B: opsB[index].variants.wrapper },
      requests: fetch ? 1000 : 200,
    }));
    const pageHeaders = { Authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` };
    const send = fetch ?? globalThis.fetch;
    groups.push({
      name: `IOM iterate, ${WALK_PAGES} pages of 50`,
      sends: {
        raw: async () => {
          for (let page = 0; page < WALK_PAGES; page++) {
            await (await send(`${base}/iom/shops/${PAGED_SHOP_ID}/order-states?offset=${page * 50}&limit=50`, { headers: pageHeaders })).json();
          }
        },
        A: walkOf(clients.A, base, fetch),
        B: walkOf(clients.B, base, fetch),
      },
      requests: fetch ? 10 : 3,
    });
    return groups;
  };

  if (!process.argv.includes('--in-memory-only')) await compare('Over loopback HTTP (wall µs per request):', groupsFor(server.url));
  await compare('With the in-memory fetch (wall µs per call; the CPU ratio is the one to read):', groupsFor('http://in-memory.test', inMemoryFetch()));
} finally {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
