// `pnpm bench`: what the clients cost their users, printed as tables and written to results.json.
//   overhead    per-request overhead against raw fetch, bare openapi-fetch and the peers   (overhead.mjs)
//               over loopback HTTP, then with an in-memory fetch (CPU per layer)
//   startup     import time, building a client, the first call; fresh processes        (startup.mjs)
//   pagination  100,000 order states: throughput and heap                               (pagination.mjs)
//   size        bundle size, minified and gzipped, ours and the peers'                  (size.mjs)
//   typecheck   type-check cost of a consumer                                           (typecheck.mjs)
//   codegen     spec lint and type generation                                           (codegen.mjs)
//   then the work users do at scale, each against a server answering after 20 ms:
//   bulk        Komfortkasse orders.submitAll of 10,000 orders                          (bulk.mjs)
//   prefetch    IOM orderStates.iterate with and without prefetch                       (prefetch.mjs)
//   throttle    200 concurrent calls against a 10-at-a-time server                      (throttle.mjs)
//   drift       checking a drifting and a conforming list of 10k, 50k and 100k orders   (drift.mjs)
//   feed        IOM orderStates.changes over 100,000 modified orders, limit 1,000          (feed.mjs)
// Then "Where we stand" (ours beside every peer, from the sections that ran) and every target.
// Needs the packages built (`pnpm build`). Options: --quick (fewer rounds, for trying the bench out;
// its figures are not the ones to record), --only=overhead,size (run some sections; the others are
// null), --rounds=N (rounds of the overhead section), --out=FILE (where to write the JSON). Only a full run writes bench/results.json by default.
//
// To add a section: measure in a module of its own, then add an entry to SECTIONS below with `run`
// (returns the JSON-able result, in a child process via inChild() if it should not share this one's
// heap), `print` and `targets` (a list of { target, value, met }).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { printBulk } from './bulk.mjs';
import { FEED_TARGETS, printFeed } from './feed.mjs';
import { measureCodegen } from './codegen.mjs';
import { DRIFT_TARGET_RATIO, printDrift } from './drift.mjs';
import { printPrefetch } from './prefetch.mjs';
import { measureSize } from './size.mjs';
import { measureStartup } from './startup.mjs';
import { printThrottle } from './throttle.mjs';
import { measureTypecheck } from './typecheck.mjs';

const TARGETS = {
  /** Our GETs against raw fetch, sequential and 8 in flight (issue 21). */
  getRatioToRawFetch: 1.3,
  /** Our POST against bare openapi-fetch, sequential and 8 in flight (issue 21). */
  postRatioToOpenapiFetch: 1.1,
  /** The full-featured peers ours must be ahead of in every per-request column (issue 21). */
  fullFeaturedPeers: ['openai (Stainless)', '@octokit/core', 'ky'],
  paginationHeapMB: 50,
  /** Gzip of the first chunk of an app that imports one client and calls one operation (issue 21). */
  firstChunkGzipBytes: 12_000,
  buildMs: 1,
  /** A fresh process's first answer (import, build, call) against bare openapi-fetch's (issue 21). */
  coldStartExtraMs: 5,
};

const args = process.argv.slice(2);
const quick = args.includes('--quick');
// --rounds=N overrides the overhead section's rounds (e.g. on a machine too busy for a full run).
const roundsArg = Number(args.find((arg) => arg.startsWith('--rounds='))?.slice('--rounds='.length) ?? 0);

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
  startup: { runs: quick ? 5 : 15 },
  typecheckRuns: quick ? 1 : 3,
  codegenRuns: quick ? 1 : 3,
};

if (roundsArg > 0) for (const part of Object.values(settings.overhead)) part.rounds = roundsArg;

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
    const child = spawn(
      process.execPath,
      ['--expose-gc', fileURLToPath(new URL('./lib/section.mjs', import.meta.url)), name, JSON.stringify(sectionSettings ?? {})],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
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

const fixed = (value, digits = 1) => (value === undefined || value === null ? '–' : value.toFixed(digits));
const ratio = (value) => (value === undefined || value === null ? '–' : `${value.toFixed(2)}×`);
const bytes = (count) => `${count.toLocaleString('en')} B`;
const mark = (ok) => (ok ? 'met' : 'MISSED');
const kB = (count) => `${(count / 1000).toFixed(1)} kB`;
const progress = (name) => (line) => process.stderr.write(`  ${name}: ${line}\n`);

function printOverhead({ network, inMemory }, n) {
  const { rounds, requests, concurrentRequests, inFlight } = settings.overhead.network;
  console.log(`\n${n}. Per-request overhead over loopback HTTP: median of ${rounds} interleaved rounds; each round sends ${requests} sequential`);
  console.log(`   requests and ${concurrentRequests} with ${inFlight} in flight, per variant. µs = wall time per request, CPU = this process's CPU time`);
  console.log('   per request; × raw / × oaf = ratio to raw fetch / to bare openapi-fetch (median of the per-round ratios, so load that');
  console.log(
    `   drifts between rounds cancels out). Targets: our GETs ≤ ${TARGETS.getRatioToRawFetch}× raw fetch, our POST ≤ ${TARGETS.postRatioToOpenapiFetch}× bare openapi-fetch,`,
  );
  console.log(`   sequential and ${inFlight} in flight; ahead of ${TARGETS.fullFeaturedPeers.join(', ')} (see Targets).`);
  console.log('   Peers send the same method, URL, body and caller headers (checked before measuring), with their own defaults.\n');
  const rows = [];
  for (const { operation, variants } of network) {
    variants.forEach(({ variant, sequential: s, concurrent: c }, index) => {
      const target = variant === 'wrapper' ? mark(requestTarget(operation, s) && requestTarget(operation, c)) : '';
      rows.push([
        index === 0 ? operation : '',
        variant,
        fixed(s.usPerRequest),
        ratio(s.ratio),
        ratio(s.ratioToSecond),
        fixed(s.cpuUsPerRequest),
        ratio(s.cpuRatioToSecond),
        fixed(c.usPerRequest),
        ratio(c.ratio),
        ratio(c.ratioToSecond),
        target,
      ]);
    });
  }
  console.log(table(['operation', 'variant', 'seq µs', '× raw', '× oaf', 'seq CPU', 'CPU × oaf', `${inFlight}-par µs`, '× raw', '× oaf', 'target'], rows, 2));

  console.log(
    `\n   Where the time goes: the same calls with an in-memory fetch (no network, no server), CPU µs per call, median of ${settings.overhead.inMemory.rounds} rounds.`,
  );
  console.log('   "fetch + json()" builds the Request and the canned Response and parses it, as raw fetch does; the other columns add each layer.\n');
  console.log(
    table(
      ['operation', 'fetch + json()', 'openapi-fetch', 'wrapper', 'openapi-fetch adds', 'wrapper adds'],
      inMemory.map(({ operation, variants }) => {
        const [raw, openapi, wrapper] = ['raw fetch', 'openapi-fetch', 'wrapper'].map(
          (name) => variants.find((v) => v.variant === name).sequential.cpuUsPerRequest,
        );
        return [operation, fixed(raw), fixed(openapi), fixed(wrapper), fixed(openapi - raw), fixed(wrapper - openapi)];
      }),
    ),
  );
}

/** Whether ours meets its per-request target on one operation's figures: a POST against bare openapi-fetch, a GET against raw fetch. */
function requestTarget(operation, figures) {
  return isPost(operation) ? figures.ratioToSecond <= TARGETS.postRatioToOpenapiFetch : figures.ratio <= TARGETS.getRatioToRawFetch;
}

const isPost = (operation) => operation.endsWith('submit');

function printPagination(p, n) {
  console.log(
    `\n${n}. Pagination: orderStates.iterate over ${p.states.toLocaleString('en')} order states (${p.pages} pages of ${p.pageSize}), raw fetch walking the same pages in lockstep.\n`,
  );
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

function printSize(size, n) {
  console.log(
    `\n${n}. Size: what a user's browser bundle would contain: the entry bundled with its dependencies by esbuild (minified, ESM, es2022), gzip -9.\n`,
  );
  console.log(
    table(
      ['entry', 'minified', 'gzip', 'validators', 'openapi-fetch', 'core', 'own code'],
      size.wrappers.map((w) => [
        w.entry,
        bytes(w.minifiedBytes),
        bytes(w.gzipBytes),
        bytes(w.gzipBytesOf.validators),
        bytes(w.gzipBytesOf['openapi-fetch']),
        bytes(w.gzipBytesOf['@shopclients/core']),
        bytes(w.gzipBytesOf[w.entry]),
      ]),
    ),
  );
  console.log('   (the gzip bytes of the validators, openapi-fetch and core are what the bundle shrinks by when each is left out)');
  if (size.apps) {
    console.log(`\n   An app that imports one client and calls one operation (orders.get), bundled by esbuild with splitting. First chunk = the entry and the`);
    console.log(`   chunks it imports statically (loaded before any call); the operation's checks load on its first call. Gzip -9 of each file, summed.\n`);
    console.log(
      table(
        ['client', 'first chunk', 'files', '+ operation checks', 'files', 'all chunks', 'files', 'first chunk, minified, by package', 'target'],
        size.apps.map((a) => [
          a.entry,
          bytes(a.firstChunkGzipBytes),
          a.firstChunkFiles,
          bytes(a.operationChecksGzipBytes),
          a.operationChecksFiles,
          bytes(a.allChunksGzipBytes),
          a.files,
          Object.entries(a.firstChunkMinifiedBytesByPackage)
            .filter(([name]) => name !== 'app:entry')
            .sort((x, y) => y[1] - x[1])
            .map(([name, count]) => `${name} ${kB(count)}`)
            .join(', '),
          `≤ ${bytes(TARGETS.firstChunkGzipBytes)}: ${mark(a.firstChunkGzipBytes <= TARGETS.firstChunkGzipBytes)}`,
        ]),
      ),
    );
  }
  if (size.apps?.every((a) => a.nodeLoading)) {
    console.log(`\n   Node's own loading of the same app (the packages as built, unminified): files of ours and openapi-fetch read, and their bytes,`);
    console.log(`   at import, by the end of the first call, and once every operation's checks are loaded.\n`);
    const stages = ['import', 'first call', 'every check'];
    console.log(
      table(
        ['client', 'format', ...stages],
        size.apps.flatMap((a) =>
          Object.entries(a.nodeLoading).map(([format, loaded]) => [
            a.entry,
            format === 'esm' ? 'ESM' : 'CommonJS',
            ...stages.map((stage) => `${loaded[stage].files} files, ${kB(loaded[stage].bytes)}`),
          ]),
        ),
      ),
    );
    console.log('');
  }
  for (const t of size.types)
    console.log(
      `   ${t.entry}: ${t.minifiedBytes} bytes of code in its main entry; files of it in the wrapper bundles: ${size.wrappers.reduce((count, w) => count + w.typesPackageFilesBundled, 0)}`,
    );
  console.log('\n   The others, bundled from the import a user writes:\n');
  console.log(
    table(
      ['package', 'minified', 'gzip', 'files'],
      size.others.map((o) => [o.label, bytes(o.minifiedBytes), bytes(o.gzipBytes), o.files]),
    ),
  );
}

function printStartup(startup, n) {
  console.log(`\n${n}. Start-up: medians of ${startup.runs} fresh processes per package, interleaved. Node's fetch (undici) is loaded first in each`);
  console.log(
    `   (${fixed(startup.undiciMs, 1)} ms, the same for every client, which all need it for their first request); then import, build a client, build another.`,
  );
  console.log(
    `   Cold = import, build and the first answer (in-memory fetch), in a process of its own; raw fetch's first answer: GET ${fixed(startup.rawFetchColdGetMs, 2)} ms,`,
  );
  console.log(
    `   POST ${fixed(startup.rawFetchColdPostMs, 2)} ms. Ours POST = Komfortkasse orders.submit with a Date / IOM orderStates.search from a Date (loads ICU).`,
  );
  console.log(
    `   Targets (wall time): building ≤ ${TARGETS.buildMs} ms; cold ≤ bare openapi-fetch's + ${TARGETS.coldStartExtraMs} ms, GET and POST. CPU = this process's CPU time.\n`,
  );
  const openapi = startup.subjects.find((s) => s.name === 'openapi-fetch');
  const overRaw = (value, raw) => (value === undefined || raw === undefined ? '–' : `+${fixed(value - raw, 1)}`);
  console.log(
    table(
      ['package', 'import ms', 'CPU ms', 'build ms', 'CPU ms', 'RSS MB', 'again ms', 'cold GET ms', 'over raw', 'cold POST ms', 'over raw', 'targets'],
      startup.subjects.map((s) => [
        s.label,
        fixed(s.importMs, 2),
        fixed(s.importCpuMs, 2),
        fixed(s.buildMs, 2),
        fixed(s.buildCpuMs, 2),
        fixed(s.buildRssMB, 2),
        fixed(s.againMs, 3),
        fixed(s.coldGetMs, 2),
        overRaw(s.coldGetMs, startup.rawFetchColdGetMs),
        fixed(s.coldPostMs, 2),
        overRaw(s.coldPostMs, startup.rawFetchColdPostMs),
        s.ours
          ? `build ${mark(s.buildMs <= TARGETS.buildMs)}, cold ${mark(s.coldGetMs <= openapi.coldGetMs + TARGETS.coldStartExtraMs)} / ${mark(s.coldPostMs <= openapi.coldPostMs + TARGETS.coldStartExtraMs)}`
          : '',
      ]),
    ),
  );
  for (const s of startup.subjects.filter((subject) => subject.ours)) {
    console.log(`   ${s.name} touches at import: ${s.touchedAtImport.length ? s.touchedAtImport.join(', ') : 'no fetch global, no Intl'}`);
  }
  console.log('\n   The first call of a fresh client (in-memory fetch): the first GET against a warm one, and the extra time of the first call');
  console.log("   that reads a Date (the time zone is looked up then, which loads ICU's data).\n");
  console.log(
    table(
      ['package', 'first GET ms', 'warm GET ms', 'first Date +ms'],
      startup.subjects
        .filter((s) => s.firstGetMs !== undefined)
        .map((s) => [s.label, fixed(s.firstGetMs, 2), fixed(s.steadyGetMs, 3), fixed(s.firstDateExtraMs, 2)]),
    ),
  );
}

function printTypecheck(typecheck, n) {
  console.log(
    `\n${n}. Type-check cost: tsc ${typecheck.typescript} --extendedDiagnostics, strict, moduleResolution Bundler; median of ${typecheck.runs} run(s).\n`,
  );
  console.log(
    table(
      ['file', 'skipLibCheck', 'check s', 'total s', 'instantiations', 'types'],
      typecheck.rows.map((row) => [row.file, String(row.skipLibCheck), fixed(row.checkSeconds, 2), fixed(row.totalSeconds, 2), row.instantiations, row.types]),
    ),
  );
}

function printCodegen(codegen, n) {
  console.log(`\n${n}. Codegen: wall time, median of ${settings.codegenRuns} run(s). Generation with --check (in memory, nothing written).\n`);
  console.log(
    table(
      ['spec', 'lint s', 'generate s', 'total s', 'ok'],
      codegen.map((c) => [c.api, fixed(c.lint.seconds, 2), fixed(c.generate.seconds, 2), fixed(c.totalSeconds, 2), c.lint.ok && c.generate.ok ? 'yes' : 'NO']),
    ),
  );
  const failure = codegen.flatMap((c) => [c.lint.failure, c.generate.failure]).find(Boolean);
  if (failure) console.log(`   first failure:\n${failure}`);
}

function overheadTargets(overhead) {
  const out = [];
  for (const { operation, variants } of overhead.network) {
    const { sequential, concurrent } = variants.find((variant) => variant.variant === 'wrapper');
    for (const [mode, figures, pick] of [
      ['sequential', sequential, (v) => v.sequential],
      [`${settings.overhead.network.inFlight} in flight`, concurrent, (v) => v.concurrent],
    ]) {
      out.push(
        isPost(operation)
          ? {
              target: `${operation} ≤ ${TARGETS.postRatioToOpenapiFetch}× bare openapi-fetch (${mode})`,
              value: figures.ratioToSecond,
              met: figures.ratioToSecond <= TARGETS.postRatioToOpenapiFetch,
            }
          : {
              target: `${operation} ≤ ${TARGETS.getRatioToRawFetch}× raw fetch (${mode})`,
              value: figures.ratio,
              met: figures.ratio <= TARGETS.getRatioToRawFetch,
            },
      );
      const peers = variants.filter((variant) => TARGETS.fullFeaturedPeers.includes(variant.variant));
      if (peers.length === 0) continue;
      const best = Math.min(...peers.map((peer) => pick(peer).ratio));
      out.push({
        target: `${operation} ahead of ${TARGETS.fullFeaturedPeers.join(', ')} (${mode}; × raw fetch, the best of them ${best.toFixed(2)})`,
        value: figures.ratio,
        met: figures.ratio < best,
      });
    }
  }
  return out;
}

function startupTargets(startup) {
  const openapi = startup.subjects.find((s) => s.name === 'openapi-fetch');
  return startup.subjects
    .filter((s) => s.ours)
    .flatMap((s) => [
      { target: `${s.name}: building a client ≤ ${TARGETS.buildMs} ms (fresh process)`, value: s.buildMs, met: s.buildMs <= TARGETS.buildMs },
      {
        target: `${s.name}: first answer of a fresh process (GET) ≤ bare openapi-fetch's (${openapi.coldGetMs} ms) + ${TARGETS.coldStartExtraMs} ms`,
        value: s.coldGetMs,
        met: s.coldGetMs <= openapi.coldGetMs + TARGETS.coldStartExtraMs,
      },
      {
        target: `${s.name}: first answer of a fresh process (${s.name.endsWith('komfortkasse') ? 'orders.submit' : 'orderStates.search'} with a Date) ≤ bare openapi-fetch's POST (${openapi.coldPostMs} ms) + ${TARGETS.coldStartExtraMs} ms`,
        value: s.coldPostMs,
        met: s.coldPostMs <= openapi.coldPostMs + TARGETS.coldStartExtraMs,
      },
      {
        target: `${s.name}: touches no fetch global and no Intl at import`,
        value: s.touchedAtImport.join(', ') || 'none',
        met: s.touchedAtImport.length === 0,
      },
    ]);
}

function sizeTargets(size) {
  return [
    ...(size.apps ?? []).map((a) => ({
      target: `${a.entry}: first chunk of an app calling one operation ≤ ${TARGETS.firstChunkGzipBytes} bytes gzip (all chunks: ${a.allChunksGzipBytes})`,
      value: a.firstChunkGzipBytes,
      met: a.firstChunkGzipBytes <= TARGETS.firstChunkGzipBytes,
    })),
  ];
}

function paginationTargets(pagination) {
  const peak = pagination.heap.peakAboveBaselineMB;
  return [{ target: `pagination heap < ${TARGETS.paginationHeapMB} MB above baseline`, value: peak, met: peak < TARGETS.paginationHeapMB }];
}

function printValidators(v, n) {
  console.log(
    `\n${n}. Validators (@shopclients/<api>-types/validators): CPU µs per check on the spec's examples, median of ${v.rounds} batches of ${v.calls}.\n`,
  );
  console.log(
    table(
      ['check', 'µs', 'issues', 'target'],
      v.rows.map((r) =>
        r.available
          ? [r.name, fixed(r.usPerCheck, 2), r.issues, r.target ? `≤ ${r.target} µs: ${mark(r.usPerCheck <= r.target)}` : '']
          : [r.name, '–', '–', 'validators not built'],
      ),
    ),
  );
}

function validatorsTargets(v) {
  return v.rows
    .filter((r) => r.target)
    .map((r) => ({
      target: `${r.name} validated in ≤ ${r.target} µs`,
      value: r.available ? r.usPerCheck : 'validators not built',
      met: r.available ? r.usPerCheck <= r.target : null,
    }));
}

/** The sections in the order they run and print. */
const SECTIONS = {
  overhead: { run: () => inChild('overhead', settings.overhead), print: printOverhead, targets: overheadTargets },
  startup: { run: () => measureStartup(settings.startup, progress('startup')), print: printStartup, targets: startupTargets },
  pagination: { run: () => inChild('pagination'), print: printPagination, targets: paginationTargets },
  size: { run: () => measureSize(), print: printSize, targets: sizeTargets },
  validators: { run: () => inChild('validators', { rounds: quick ? 5 : 15 }), print: printValidators, targets: validatorsTargets },
  typecheck: { run: () => measureTypecheck({ runs: settings.typecheckRuns }), print: printTypecheck, targets: () => [] },
  codegen: { run: () => measureCodegen({ runs: settings.codegenRuns }), print: printCodegen, targets: () => [] },
  bulk: {
    run: () => inChild('bulk'),
    print: (result) => printBulk(result, table),
    targets: (bulk) => [
      {
        target: 'orders.submitAll of 10,000 orders faster than one-by-one submits (× faster)',
        value: bulk.speedupOverOneByOne,
        met: bulk.speedupOverOneByOne > 1,
      },
    ],
  },
  prefetch: {
    run: () => inChild('prefetch'),
    print: (result) => printPrefetch(result, table),
    targets: (prefetch) => [
      { target: 'iterate with prefetch 2 ≤ 0.6× the time without', value: prefetch.walks.find((walk) => walk.prefetch === 2)?.ratio, met: prefetch.met },
    ],
  },
  throttle: {
    run: () => inChild('throttle'),
    print: (result) => printThrottle(result, table),
    targets: (throttle) => [{ target: '200 calls, maxConcurrency 10: no 429 (429s)', value: throttle.runs[1].tooMany, met: throttle.met }],
  },
  drift: {
    run: () => inChild('drift', { rounds: quick ? 3 : 5 }),
    print: (result) => printDrift(result, table),
    targets: (drift) =>
      drift.rows.map((row) => ({
        target: `a drifting list of ${row.items.toLocaleString('en')} orders checked in ≤ ${DRIFT_TARGET_RATIO}× a conforming one's time (×)`,
        value: row.ratio,
        met: row.ratio <= DRIFT_TARGET_RATIO,
      })),
  },
  feed: {
    run: () => inChild('feed'),
    print: (result) => printFeed(result, table),
    targets: (feed) =>
      feed.modes.flatMap((mode) => [
        {
          target: `change feed (${mode.minCursor}): 100,000 orders, limit 1,000, in ≤ ${FEED_TARGETS.requests} requests`,
          value: mode.requests,
          met: mode.requests <= FEED_TARGETS.requests,
        },
        {
          target: `change feed (${mode.minCursor}): heap held ≤ two pages (${feed.twoPagesMB} MB)`,
          value: mode.maxHeldAboveBaselineMB,
          met: mode.maxHeldAboveBaselineMB <= feed.twoPagesMB,
        },
      ]),
  },
};

/**
 * Ours beside bare openapi-fetch and every peer, from whichever sections ran: the Komfortkasse GET
 * and POST over loopback against raw fetch (IOM: its orders.get), build, import and gzip.
 */
function printStandings(results) {
  const network = results.overhead?.network ?? [];
  const variantOf = (operation, variant) => network.find((o) => o.operation === operation)?.variants.find((v) => v.variant === variant);
  const rows = [
    {
      label: '@shopclients/komfortkasse',
      get: ['Komfortkasse orders.get', 'wrapper'],
      post: ['Komfortkasse orders.submit', 'wrapper'],
      name: '@shopclients/komfortkasse',
    },
    { label: '@shopclients/iom-order', get: ['IOM orders.get', 'wrapper'], name: '@shopclients/iom-order' },
    {
      label: 'bare openapi-fetch',
      get: ['Komfortkasse orders.get', 'openapi-fetch'],
      post: ['Komfortkasse orders.submit', 'openapi-fetch'],
      name: 'openapi-fetch',
    },
    ...(results.size?.others ?? results.startup?.subjects ?? [])
      .filter((o) => o.name !== 'openapi-fetch' && !o.ours)
      .map((o) => ({ label: o.label, get: ['Komfortkasse orders.get', o.label], post: ['Komfortkasse orders.submit', o.label], name: o.name })),
  ];
  // Ours: the first chunk of an app calling one operation, and with every chunk; the others: their whole bundle.
  const gzipOf = (name) => {
    const app = results.size?.apps?.find((a) => a.entry === name);
    if (app) return `${kB(app.firstChunkGzipBytes)} (${kB(app.allChunksGzipBytes)} all)`;
    const gzip = results.size?.wrappers.find((w) => w.entry === name)?.gzipBytes ?? results.size?.others.find((o) => o.name === name)?.gzipBytes;
    return gzip === undefined ? '–' : kB(gzip);
  };
  const startupOf = (name) => results.startup?.subjects.find((s) => s.name === name);
  const coldOverRaw = (name) => {
    const cold = startupOf(name)?.coldGetMs;
    return cold === undefined || results.startup.rawFetchColdGetMs === undefined ? '–' : `+${fixed(cold - results.startup.rawFetchColdGetMs, 1)} ms`;
  };
  // CPU per call over bare openapi-fetch with the in-memory fetch (ours only: the peers are measured over loopback alone).
  const cpuOverOpenapi = (operation) => {
    const variants = results.overhead?.inMemory.find((o) => o.operation === operation)?.variants;
    const cpu = (name) => variants?.find((v) => v.variant === name)?.sequential.cpuUsPerRequest;
    return variants ? `${(cpu('wrapper') - cpu('openapi-fetch')).toFixed(1)} µs` : '–';
  };
  console.log('\nWhere we stand: sequential and 8 in flight, × raw fetch over loopback (median of per-round ratios); CPU per call over bare');
  console.log('openapi-fetch in memory (GET / POST); a fresh process to its first GET answer, over raw fetch; fresh-process build; gzip.\n');
  console.log(
    table(
      ['client', 'GET ×', '8-par ×', 'POST ×', '8-par ×', 'CPU over oaf', 'cold start', 'build ms', 'import ms', 'gzip'],
      rows.map((row) => {
        const [get, post] = [row.get, row.post].map((at) => (at ? variantOf(...at) : undefined));
        return [
          row.label,
          ratio(get?.sequential.ratio),
          ratio(get?.concurrent.ratio),
          ratio(post?.sequential.ratio),
          ratio(post?.concurrent.ratio),
          row.get?.[1] === 'wrapper'
            ? [row.get, row.post]
                .filter(Boolean)
                .map(([operation]) => cpuOverOpenapi(operation))
                .join(' / ')
            : '',
          coldOverRaw(row.name),
          fixed(startupOf(row.name)?.buildMs, 2),
          fixed(startupOf(row.name)?.importMs, 1),
          gzipOf(row.name),
        ];
      }),
    ),
  );
}

const onlyArg = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const only = onlyArg ?? Object.keys(SECTIONS);
for (const name of only) if (!(name in SECTIONS)) throw new Error(`unknown section ${name}; choose from ${Object.keys(SECTIONS).join(', ')}`);
const defaultOut = quick || only.length < Object.keys(SECTIONS).length ? undefined : fileURLToPath(new URL('./results.json', import.meta.url));
const outFile = args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? defaultOut;

const started = Date.now();
const results = { machine: machine(), settings, ...Object.fromEntries(Object.keys(SECTIONS).map((name) => [name, null])), targets: [], seconds: 0 };
console.log(
  `shopclients bench: ${results.machine.cores} cores, ${results.machine.cpuModel}, Node ${results.machine.node} (undici ${results.machine.undici}), ${results.machine.os}`,
);
console.log(`load average at start: ${results.machine.loadAverageAtStart.join(' ')}${quick ? '   [--quick: figures are rough]' : ''}`);

for (const [name, section] of Object.entries(SECTIONS)) if (only.includes(name)) results[name] = await section.run();
results.targets = Object.entries(SECTIONS).flatMap(([name, section]) => (results[name] ? section.targets(results[name]) : []));
results.seconds = Math.round((Date.now() - started) / 1000);

let number = 0;
for (const [name, section] of Object.entries(SECTIONS)) if (results[name]) section.print(results[name], ++number);
if (results.overhead || results.startup || results.size) printStandings(results);
console.log('\nTargets:');
for (const t of results.targets) console.log(`  ${t.met === null ? 'n/a   ' : t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);

if (outFile) writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${results.seconds} s. ${outFile ? `Figures written to ${outFile}.` : 'A partial or --quick run: no JSON written (pass --out=FILE for one).'}`);
