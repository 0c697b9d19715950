#!/usr/bin/env node
// Installs the packages as a user would and runs them on every runtime we claim: packs every publishable
// package, installs the tarballs with plain npm into a fresh project outside the workspace, type-checks
// the consumers in scripts/consumer/consumers strictly as ESM and as CommonJS, and runs each against
// Prism mocks on Node (this one and the pinned others, ESM and CJS), Bun, Deno and workerd. Every
// runtime comes from the npm registry (see scripts/lib/consumer-runtimes.mjs). Prints the matrix of
// runtime × consumer and fails if any cell failed. Run after `pnpm build`.
//
// A consumer is one file, scripts/consumer/consumers/<name>.mts, whose default export receives the
// mocks' base URLs and throws when something is wrong; the test picks up every file there.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { consumerRuntimes } from './lib/consumer-runtimes.mjs';
import { publishablePackages, root } from './lib/workspace.mjs';

const TOOL_VERSIONS = { typescript: '5.9.3', '@opentelemetry/api': '1.9.1' };
const execFileAsync = promisify(execFile);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

const work = mkdtempSync(join(tmpdir(), 'shopclients-consumer-'));
const children = [];
let failures = 0;
try {
  // Prism takes a while to start on a busy machine: start the mocks first, await them once they are needed.
  const mocksStarted = Promise.all([startMock('komfortkasse'), startMock('iom-order')]);
  mocksStarted.catch(() => {});
  const tarballs = await pack(join(work, 'tarballs'));
  const { project, consumers } = install(join(work, 'project'), tarballs);
  run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project);
  console.log(`type-checked (${elapsed()}): ${consumers.length} consumers compile strictly as ESM and as CommonJS against the installed packages`);

  const [komfortkasse, iomOrder] = await mocksStarted;
  console.log(`Prism mocks listening (${elapsed()})`);
  const targets = { komfortkasse, iomOrder };
  const rows = [];
  for (const runtime of consumerRuntimes()) rows.push(await runAll(runtime, { project, targets, consumers }));
  failures = printMatrix(consumers, rows);
  console.log(
    `consumer test: ${rows.length * consumers.length - failures} of ${rows.length * consumers.length} runs ok on ${rows.length} runtimes, ${tarballs.length} tarballs, ${elapsed()}`,
  );
} finally {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
}
if (failures > 0) process.exit(1);

/** Packs every publishable package at once (each `pnpm pack` mostly waits for pnpm to start). */
async function pack(destination) {
  mkdirSync(destination, { recursive: true });
  await Promise.all(publishablePackages().map(({ path }) => execFileAsync('pnpm', ['pack', '--pack-destination', destination], { cwd: path })));
  const tarballs = readdirSync(destination).map((file) => join(destination, file));
  console.log(`packed (${elapsed()}): ${readdirSync(destination).join(', ')}`);
  return tarballs;
}

/** The consumer project: the tarballs installed with npm, each consumer as `<name>.mts` and as `<name>.cts`. */
function install(project, tarballs) {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'shopclients-consumer', private: true, version: '1.0.0', type: 'module' }, null, 2));
  cpSync(join(root, 'scripts/consumer'), project, { recursive: true });
  const consumers = readdirSync(join(project, 'consumers'))
    .filter((file) => file.endsWith('.mts'))
    .map((file) => file.slice(0, -'.mts'.length));
  for (const consumer of consumers) copyFileSync(join(project, 'consumers', `${consumer}.mts`), join(project, 'consumers', `${consumer}.cts`));
  const tools = Object.entries(TOOL_VERSIONS).map(([name, version]) => `${name}@${version}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, ...tools], project);
  console.log(`installed with npm (${elapsed()}): ${tarballs.length} tarballs and ${tools.join(', ')}`);
  return { project, consumers };
}

/** One row of the matrix: each consumer's outcome on one runtime (a runtime that fails to start fails every cell). */
async function runAll(runtime, context) {
  const cells = {};
  let instance;
  try {
    instance = await runtime.start(context);
    for (const consumer of context.consumers) {
      cells[consumer] = await instance.run(consumer).then(
        () => ({ ok: true }),
        (error) => ({ ok: false, output: error.message }),
      );
    }
  } catch (error) {
    for (const consumer of context.consumers) cells[consumer] ??= { ok: false, output: `${runtime.label} did not start: ${error.message}` };
  } finally {
    instance?.stop();
  }
  const verdicts = context.consumers.map((consumer) => `${consumer} ${cells[consumer].ok ? 'ok' : 'FAIL'}`);
  console.log(`${runtime.label} (${elapsed()}): ${verdicts.join(', ')}`);
  return { label: runtime.label, cells };
}

/** Prints the matrix and the output of every failed cell; returns how many failed. */
function printMatrix(consumers, rows) {
  const width = Math.max(...rows.map((row) => row.label.length));
  const widths = consumers.map((consumer) => Math.max(consumer.length, 4));
  const line = (first, cells) => [first.padEnd(width), ...cells.map((cell, i) => cell.padEnd(widths[i]))].join('  ').trimEnd();
  console.log(`\n${line('runtime', consumers)}`);
  let failed = 0;
  for (const row of rows)
    console.log(
      line(
        row.label,
        consumers.map((consumer) => (row.cells[consumer].ok ? 'ok' : 'FAIL')),
      ),
    );
  for (const row of rows) {
    for (const consumer of consumers) {
      if (row.cells[consumer].ok) continue;
      failed++;
      console.log(`\n${row.label} × ${consumer} failed:\n${row.cells[consumer].output}`);
    }
  }
  console.log('');
  return failed;
}

/** A Prism mock of one of our specs on a free port, as a child process: resolves to its base URL. */
function startMock(api) {
  const child = spawn(join(root, 'node_modules/.bin/prism'), ['mock', '--host', '127.0.0.1', '--port', '0', join(root, `specs/${api}/openapi.yaml`)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism mock of ${api} did not start within 180 s`)), 180_000);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Prism is listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`Prism mock of ${api} exited with ${code}:\n${output}`)));
  });
}
