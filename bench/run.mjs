// `pnpm bench`: what the clients cost their users, printed as tables and written to results.json.
//   1. per-request overhead against raw fetch and bare openapi-fetch   (overhead.mjs)
//      over loopback HTTP, then with an in-memory fetch (CPU per layer)
//   2. pagination over 100,000 order states: throughput and heap      (pagination.mjs)
//   3. bundle size, minified and gzipped                              (size.mjs)
//   4. type-check cost of a consumer                                  (typecheck.mjs)
//   5. codegen: spec lint and type generation                         (codegen.mjs)
//   then the work users do at scale, each against a server answering after 20 ms:
//   bulk: Komfortkasse orders.submitAll of 10,000 orders                (bulk.mjs)
//   prefetch: IOM orderStates.iterate with and without prefetch         (prefetch.mjs)
//   throttle: 200 concurrent calls against a 10-at-a-time server        (throttle.mjs)
// Needs the packages built (`pnpm build`). Options: --quick (fewer rounds, for trying the bench out;
// its figures are not the ones to record), --only=overhead,size (run some sections; the others are
// null), --out=FILE (where to write the JSON). Only a full run writes bench/results.json by default.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { printBulk } from './bulk.mjs';
import { measureCodegen } from './codegen.mjs';
import { printPrefetch } from './prefetch.mjs';
import { measureSize } from './size.mjs';
import { printThrottle } from './throttle.mjs';
import { measureTypecheck } from './typecheck.mjs';

const SECTIONS = ['overhead', 'pagination', 'size', 'typecheck', 'codegen'];
const SCALE_SECTIONS = ['bulk', 'prefetch', 'throttle'];
const TARGETS = { overheadRatio: 1.1, paginationHeapMB: 50, gzipBytes: 6000 };

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',') ?? [...SECTIONS, ...SCALE_SECTIONS];
const defaultOut = quick || only.length < SECTIONS.length + SCALE_SECTIONS.length ? undefined : fileURLToPath(new URL('./results.json', import.meta.url));
const outFile = args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? defaultOut;
for (const name of only) if (!SECTIONS.includes(name) && !SCALE_SECTIONS.includes(name)) throw new Error(`unknown section ${name}; choose from ${SECTIONS.join(', ')}`);

const settings = {
  quick,
  overhead: quick
    ? {
        network: { rounds: 3, requests: 50, concurrentRequests: 100, inFlight: 8, warmup: 200 },
        inMemory: { rounds: 3, requests: 200, concurrentRequests: 0, inFlight: 1, warmup: 800 },
      }
    : {
        network: { rounds: 15, requests: 200, concurrentRequests: 400, inFlight: 8, warmup: 1000 },
        inMemory: { rounds: 15, requests: 1000, concurrentRequests: 0, inFlight: 1, warmup: 4000 },
      },
  typecheckRuns: quick ? 1 : 3,
  codegenRuns: quick ? 1 : 3,
};

function machine() {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    undici: process.versions.undici,
    v8: process.versions.v8,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    // Other work on the machine shows up as noise; the load says how busy it was.
    loadAverageAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Runs a section in a fresh `node --expose-gc` and returns the JSON it prints. */
function inChild(name, sectionSettings) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(new URL('./lib/section.mjs', import.meta.url)), name, JSON.stringify(sectionSettings ?? {})], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${name} failed with exit code ${code}`))));
  });
}

function table(headers, rows, alignLeft = 1) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i < alignLeft ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (value, digits = 1) => value.toFixed(digits);
const ratio = (value) => `${value.toFixed(2)}×`;
const bytes = (count) => `${count.toLocaleString('en')} B`;
const mark = (ok) => (ok ? 'met' : 'MISSED');

function printOverhead({ network, inMemory }) {
  const { rounds, requests, concurrentRequests, inFlight } = settings.overhead.network;
  console.log(`\n1. Per-request overhead over loopback HTTP: median of ${rounds} interleaved rounds; each round sends ${requests} sequential`);
  console.log(`   requests and ${concurrentRequests} with ${inFlight} in flight, per variant. µs = wall time per request, CPU = this process's CPU time`);
  console.log('   per request; × = ratio to raw fetch (median of the per-round ratios, so load that drifts between rounds cancels out).\n');
  const rows = [];
  for (const { operation, variants } of network) {
    for (const { variant, sequential: s, concurrent: c } of variants) {
      const target = variant === 'wrapper' ? mark(s.ratio <= TARGETS.overheadRatio) : '';
      rows.push([rows.length % 3 === 0 ? operation : '', variant, fixed(s.usPerRequest), ratio(s.ratio), fixed(s.cpuUsPerRequest), ratio(s.cpuRatio), fixed(c.usPerRequest), ratio(c.ratio), target]);
    }
  }
  console.log(table(['operation', 'variant', 'seq µs', '×', 'seq CPU', 'CPU ×', `${inFlight}-par µs`, '×', `≤${TARGETS.overheadRatio}×`], rows, 2));

  console.log(`\n   Where the time goes: the same calls with an in-memory fetch (no network, no server), CPU µs per call, median of ${settings.overhead.inMemory.rounds} rounds.`);
  console.log('   "fetch + json()" builds the Request and the canned Response and parses it, as raw fetch does; the other columns add each layer.\n');
  console.log(
    table(
      ['operation', 'fetch + json()', 'openapi-fetch', 'wrapper', 'openapi-fetch adds', 'wrapper adds'],
      inMemory.map(({ operation, variants }) => {
        const [raw, openapi, wrapper] = ['raw fetch', 'openapi-fetch', 'wrapper'].map((name) => variants.find((v) => v.variant === name).sequential.cpuUsPerRequest);
        return [operation, fixed(raw), fixed(openapi), fixed(wrapper), fixed(openapi - raw), fixed(wrapper - openapi)];
      }),
    ),
  );
}

function printPagination(p) {
  console.log(`\n2. Pagination: orderStates.iterate over ${p.states.toLocaleString('en')} order states (${p.pages} pages of ${p.pageSize}), raw fetch walking the same pages in lockstep.\n`);
  console.log(
    table(
      ['walk', 'seconds', 'states/s', 'pages/s', '× raw'],
      [
        ['orderStates.iterate', fixed(p.wrapper.seconds, 2), p.wrapper.statesPerSecond, p.wrapper.pagesPerSecond, ratio(p.ratioToRawFetch)],
        ['raw fetch + json()', fixed(p.rawFetch.seconds, 2), p.rawFetch.statesPerSecond, p.rawFetch.pagesPerSecond, ratio(1)],
      ],
    ),
  );
  const h = p.heap;
  console.log(
    `\n   Heap (a second walk, wrapper alone): baseline ${h.baselineMB} MB; peak ${h.peakAboveBaselineMB} MB above it (garbage not yet collected);` +
      `\n   after full collections at ${h.checkpoints.length} checkpoints: max ${h.maxSettledAboveBaselineMB} MB, last ${h.finalSettledAboveBaselineMB} MB, slope ${h.settledSlopeMBPer1000Pages} MB per 1,000 pages.` +
      `\n   Target < ${TARGETS.paginationHeapMB} MB above baseline: ${mark(h.peakAboveBaselineMB < TARGETS.paginationHeapMB)}.`,
  );
}

function printSize(size) {
  console.log('\n3. Size: entry bundled with its dependencies by esbuild (minified, ESM, es2022), gzip -9.\n');
  console.log(
    table(
      ['entry', 'minified', 'gzip', 'of which openapi-fetch', 'core', 'own code', `≤ ${bytes(TARGETS.gzipBytes)}`],
      size.wrappers.map((w) => [
        w.entry,
        bytes(w.minifiedBytes),
        bytes(w.gzipBytes),
        bytes(w.gzipBytesOf['openapi-fetch']),
        bytes(w.gzipBytesOf['@shopclients/core']),
        bytes(w.gzipBytesOf[w.entry]),
        mark(w.gzipBytes <= TARGETS.gzipBytes),
      ]),
    ),
  );
  console.log('   (the gzip bytes of openapi-fetch and core are what the bundle shrinks by when each is left out)');
  for (const t of size.types) console.log(`   ${t.entry}: ${t.minifiedBytes} bytes of code (an empty module); files of it in the wrapper bundles: ${size.wrappers.reduce((n, w) => n + w.typesPackageFilesBundled, 0)}`);
}

function printTypecheck(typecheck) {
  console.log(`\n4. Type-check cost: tsc ${typecheck.typescript} --extendedDiagnostics, strict, moduleResolution Bundler; median of ${typecheck.runs} run(s).\n`);
  console.log(
    table(
      ['file', 'skipLibCheck', 'check s', 'total s', 'instantiations', 'types'],
      typecheck.rows.map((row) => [row.file, String(row.skipLibCheck), fixed(row.checkSeconds, 2), fixed(row.totalSeconds, 2), row.instantiations, row.types]),
    ),
  );
}

function printCodegen(codegen) {
  console.log(`\n5. Codegen: wall time, median of ${settings.codegenRuns} run(s). Generation with --check (in memory, nothing written).\n`);
  console.log(
    table(
      ['spec', 'lint s', 'generate s', 'total s', 'ok'],
      codegen.map((c) => [c.api, fixed(c.lint.seconds, 2), fixed(c.generate.seconds, 2), fixed(c.totalSeconds, 2), c.lint.ok && c.generate.ok ? 'yes' : 'NO']),
    ),
  );
  const failure = codegen.flatMap((c) => [c.lint.failure, c.generate.failure]).find(Boolean);
  if (failure) console.log(`   first failure:\n${failure}`);
}

function targets(results) {
  const out = [];
  for (const { operation, variants } of results.overhead?.network ?? []) {
    const wrapper = variants.find((variant) => variant.variant === 'wrapper');
    out.push({ target: `${operation} ≤ ${TARGETS.overheadRatio}× raw fetch (sequential)`, value: wrapper.sequential.ratio, met: wrapper.sequential.ratio <= TARGETS.overheadRatio });
  }
  if (results.pagination) {
    out.push({ target: `pagination heap < ${TARGETS.paginationHeapMB} MB above baseline`, value: results.pagination.heap.peakAboveBaselineMB, met: results.pagination.heap.peakAboveBaselineMB < TARGETS.paginationHeapMB });
  }
  for (const wrapper of results.size?.wrappers ?? []) {
    out.push({ target: `${wrapper.entry} ≤ ${TARGETS.gzipBytes} bytes gzip`, value: wrapper.gzipBytes, met: wrapper.gzipBytes <= TARGETS.gzipBytes });
  }
  for (const types of results.size?.types ?? []) out.push({ target: `${types.entry} adds no run-time code`, value: types.minifiedBytes, met: types.minifiedBytes === 0 });
  if (results.bulk) out.push({ target: 'orders.submitAll of 10,000 orders faster than one-by-one submits (× faster)', value: results.bulk.speedupOverOneByOne, met: results.bulk.speedupOverOneByOne > 1 });
  if (results.prefetch) {
    const walk = results.prefetch.walks.find((w) => w.prefetch === 2);
    out.push({ target: 'iterate with prefetch 2 ≤ 0.6× the time without', value: walk.ratio, met: results.prefetch.met });
  }
  if (results.throttle) out.push({ target: '200 calls, maxConcurrency 10: no 429 (429s)', value: results.throttle.runs[1].tooMany, met: results.throttle.met });
  return out;
}

const started = Date.now();
const results = { machine: machine(), settings, overhead: null, pagination: null, size: null, typecheck: null, codegen: null, bulk: null, prefetch: null, throttle: null, targets: [], seconds: 0 };
console.log(`shopclients bench: ${results.machine.cores} cores, ${results.machine.cpuModel}, Node ${results.machine.node} (undici ${results.machine.undici}), ${results.machine.os}`);
console.log(`load average at start: ${results.machine.loadAverageAtStart.join(' ')}${quick ? '   [--quick: figures are rough]' : ''}`);

if (only.includes('overhead')) results.overhead = await inChild('overhead', settings.overhead);
if (only.includes('pagination')) results.pagination = await inChild('pagination');
if (only.includes('size')) results.size = await measureSize();
if (only.includes('typecheck')) results.typecheck = measureTypecheck({ runs: settings.typecheckRuns });
if (only.includes('codegen')) results.codegen = measureCodegen({ runs: settings.codegenRuns });
for (const name of SCALE_SECTIONS) if (only.includes(name)) results[name] = await inChild(name);
results.targets = targets(results);
results.seconds = Math.round((Date.now() - started) / 1000);

if (results.overhead) printOverhead(results.overhead);
if (results.pagination) printPagination(results.pagination);
if (results.size) printSize(results.size);
if (results.typecheck) printTypecheck(results.typecheck);
if (results.codegen) printCodegen(results.codegen);
if (results.bulk) printBulk(results.bulk, table);
if (results.prefetch) printPrefetch(results.prefetch, table);
if (results.throttle) printThrottle(results.throttle, table);
console.log('\nTargets:');
for (const t of results.targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);

if (outFile) writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${results.seconds} s. ${outFile ? `Figures written to ${outFile}.` : 'A partial or --quick run: no JSON written (pass --out=FILE for one).'}`);
