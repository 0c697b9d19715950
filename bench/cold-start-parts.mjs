// Where a fresh process's first Komfortkasse / IOM GET spends its time, piece by piece (the start-up
// section gives the totals): importing the installed client against the same client bundled into one
// file, loading the operation's checks, the first call after that against a warm call, and the first
// Intl.DateTimeFormat in a zone. Each figure is the median over fresh processes (this file run again
// with --probe), the variants interleaved. A script that prints figures, never a timed test.
//   node bench/cold-start-parts.mjs [--runs=N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './lib/stats.mjs';

const here = fileURLToPath(import.meta.url);
const API_KEY = 'bench-api-key-7f3a9c21';
const IOM_AUTH = { username: 'integration', password: 'bench-password-5e8d1b' };
const APIS = {
  kk: { package: '@shopclients/komfortkasse', types: '@shopclients/komfortkasse-types/validators/lazy', order: '10001' },
  iom: { package: '@shopclients/iom-order', types: '@shopclients/iom-order-types/validators/lazy', order: 'B2B-2024-000731' },
};

async function probe([kind, api, extra]) {
  // Node's fetch (undici) first: every client needs it and it costs the same for each. The in-memory
  // fetch is made after the import, so its own start (it parses the specs' examples) is not in it.
  await new Response('{}').json();
  const t0 = performance.now();
  if (kind === 'intl') {
    new Intl.DateTimeFormat('en-US', { timeZone: api, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
    return { 'first Intl.DateTimeFormat': performance.now() - t0 };
  }
  if (kind === 'openapi-fetch') {
    const { default: createClient } = await import('openapi-fetch');
    const imported = performance.now();
    const { inMemoryFetch } = await import('./lib/in-memory-fetch.mjs');
    const client = createClient({ baseUrl: 'http://in-memory.test/kk', headers: { 'X-Komfortkasse-API-Key': API_KEY }, fetch: inMemoryFetch() });
    globalThis.gc();
    const get = () => client.GET('/order/{orderNumber}', { params: { path: { orderNumber: '10001' } } });
    const t1 = performance.now();
    await get();
    const t2 = performance.now();
    await get();
    return { import: imported - t0, 'first call': t2 - t1, 'warm call': performance.now() - t2 };
  }
  const { package: name, types, order } = APIS[api];
  const module = await import(kind === 'bundled' ? extra : name);
  const imported = performance.now();
  if (kind === 'bundled') return { import: imported - t0 };
  const { inMemoryFetch } = await import('./lib/in-memory-fetch.mjs');
  const fetch = inMemoryFetch();
  const client =
    api === 'kk'
      ? new module.Komfortkasse({ apiKey: API_KEY, baseUrl: 'http://in-memory.test/kk', fetch })
      : new module.IomOrders({ baseUrl: 'http://in-memory.test/iom', shopId: 1000, auth: IOM_AUTH, fetch });
  const { validators } = await import(types);
  // The in-memory fetch's garbage is collected here, not in the pieces timed next.
  globalThis.gc();
  const t1 = performance.now();
  await validators.load('getOrder');
  const t2 = performance.now();
  await client.orders.get(order);
  const t3 = performance.now();
  await client.orders.get(order);
  const t4 = performance.now();
  return { import: imported - t0, 'load the checks': t2 - t1, 'first call after': t3 - t2, 'warm call': t4 - t3 };
}

if (process.argv[2] === '--probe') {
  process.stdout.write(JSON.stringify(await probe(process.argv.slice(3))));
} else {
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 15);
  const { build } = await import('esbuild');
  const out = mkdtempSync(join(tmpdir(), 'cold-start-parts-'));
  try {
    const bundled = {};
    for (const [api, { package: name }] of Object.entries(APIS)) {
      const outfile = join(out, `${api}.mjs`);
      await build({
        stdin: { contents: `export * from '${name}';`, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
        bundle: true,
        format: 'esm',
        platform: 'node',
        outfile,
        logLevel: 'error',
        logOverride: { 'ignored-bare-import': 'silent' },
      });
      bundled[api] = pathToFileURL(outfile).href;
    }
    const subjects = [
      ['openapi-fetch', 'kk'],
      ['installed', 'kk'],
      ['bundled', 'kk', bundled.kk],
      ['installed', 'iom'],
      ['bundled', 'iom', bundled.iom],
      ['intl', 'Europe/Berlin'],
      ['intl', 'UTC'],
    ];
    const samples = new Map(subjects.map((subject) => [subject, {}]));
    for (let run = 0; run < runs; run++) {
      for (const subject of run % 2 ? [...subjects].reverse() : subjects) {
        const child = spawnSync(process.execPath, ['--expose-gc', here, '--probe', ...subject], { encoding: 'utf8' });
        if (child.status !== 0) throw new Error(child.stderr);
        for (const [part, ms] of Object.entries(JSON.parse(child.stdout))) (samples.get(subject)[part] ??= []).push(ms);
      }
    }
    console.log(`Cold start, piece by piece: median ms of ${runs} fresh processes each (undici loaded first; the in-memory fetch made after the import)`);
    for (const [subject, parts] of samples) {
      const label =
        subject[0] === 'intl'
          ? `Intl in ${subject[1]}`
          : subject[0] === 'openapi-fetch'
            ? 'bare openapi-fetch (Komfortkasse GET)'
            : `${APIS[subject[1]].package} (${subject[0] === 'bundled' ? 'one bundled file' : 'installed'})`;
      console.log(
        `${label.padEnd(48)} ${Object.entries(parts)
          .map(([part, ms]) => `${part} ${median(ms).toFixed(2)}`)
          .join('   ')}`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
