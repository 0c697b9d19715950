// The runtimes of the consumer test, each a binary from the npm registry at a pinned version, cached
// under ~/.cache/shopclients-runtimes/<package>@<version>. A runtime's `start` returns `run(consumer)`,
// which resolves when the consumer passed and rejects with its output when it did not.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { root } from './workspace.mjs';

export const NODE_VERSIONS = ['22.23.3', '24.9.0'];
export const BUN = { package: '@oven/bun-linux-x64', version: '1.4.5', bin: 'node_modules/@oven/bun-linux-x64/bin/bun' };
export const DENO = { package: 'deno', version: '2.9.6', bin: 'node_modules/.bin/deno' };
export const WORKERD = { package: 'workerd', version: '1.20261117.1', bin: 'node_modules/.bin/workerd', compatibilityDate: '2026-11-01' };
const RUN_TIMEOUT_MS = 60_000;

/** Every runtime, in the order of the matrix: this Node, the pinned Nodes (ESM and CommonJS each), Bun, Deno, workerd. */
export function consumerRuntimes() {
  const nodes = [{ label: `node ${process.versions.node}`, binary: () => process.execPath }].concat(
    NODE_VERSIONS.map((version) => ({ label: `node ${version}`, binary: () => registryBinary({ package: 'node', version, bin: 'node_modules/.bin/node' }) })),
  );
  return [
    ...nodes.flatMap(({ label, binary }) => [
      processRuntime(`${label} ESM`, binary, (consumer) => ['run.mjs', `build/${consumer}.mjs`]),
      processRuntime(`${label} CJS`, binary, (consumer) => ['run.cjs', `build/${consumer}.cjs`]),
    ]),
    processRuntime(
      `bun ${BUN.version} ESM`,
      () => registryBinary(BUN),
      (consumer) => ['--no-install', 'run.mjs', `build/${consumer}.mjs`],
    ),
    processRuntime(
      `deno ${DENO.version} ESM`,
      () => registryBinary(DENO),
      (consumer, project) => ['run', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', `--allow-read=${project}`, 'run.mjs', `build/${consumer}.mjs`],
    ),
    { label: `workerd ${WORKERD.version} ESM`, start: startWorkerd },
  ];
}

/** A runtime that runs each consumer as a process: `<binary> ...args(consumer) <targets as JSON>` in the project. */
function processRuntime(label, binary, args) {
  return {
    label,
    async start({ project, targets }) {
      const executable = binary();
      return {
        run: (consumer) => runProcess(executable, [...args(consumer, project), JSON.stringify(targets)], project),
        stop() {},
      };
    },
  };
}

function runProcess(executable, args, cwd) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(cwd, '.deno') };
    execFile(executable, args, { cwd, env, encoding: 'utf8', timeout: RUN_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error || stdout.trim() !== 'ok') reject(new Error(`${stdout}${stderr}`.trim() || String(error)));
      else resolve();
    });
  });
}

/**
 * Bundles every consumer into one worker with esbuild (as `wrangler` would), serves it with workerd on a
 * free port of 127.0.0.1, and runs a consumer by requesting `/<consumer>`; the worker answers `ok` or the error.
 */
async function startWorkerd({ project, targets, consumers }) {
  const executable = registryBinary(WORKERD);
  const dir = join(project, 'worker');
  mkdirSync(dir, { recursive: true });
  const imports = consumers.map((consumer, i) => `import consumer${i} from '../build/${consumer}.mjs';`);
  const table = consumers.map((consumer, i) => `  ${JSON.stringify(consumer)}: consumer${i},`);
  writeFileSync(join(dir, 'entry.mjs'), [...imports, 'const consumers = {', ...table, '};', WORKER_FETCH].join('\n'));
  await esbuild().build({
    entryPoints: [join(dir, 'entry.mjs')],
    outfile: join(dir, 'worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'config.capnp'), workerdConfig(JSON.stringify(targets)));

  const child = spawn(executable, ['serve', 'config.capnp', '--control-fd=3'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  const port = await listeningPort(child);
  return {
    async run(consumer) {
      const response = await fetch(`http://127.0.0.1:${port}/${consumer}`, { signal: AbortSignal.timeout(RUN_TIMEOUT_MS) });
      const text = await response.text();
      if (!response.ok || text !== 'ok') throw new Error(text);
    },
    stop: () => child.kill(),
  };
}

const WORKER_FETCH = `export default {
  async fetch(request, env) {
    const consume = consumers[new URL(request.url).pathname.slice(1)];
    if (!consume) return new Response('no such consumer', { status: 404 });
    try {
      await consume(JSON.parse(env.TARGETS));
      return new Response('ok');
    } catch (error) {
      return new Response(String(error && error.stack ? error.stack : error), { status: 500 });
    }
  },
};`;

// The worker may reach loopback addresses (the Prism mocks), which workerd's default outbound refuses.
const workerdConfig = (targets) => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "${WORKERD.compatibilityDate}",
  bindings = [(name = "TARGETS", text = ${JSON.stringify(targets)})],
  globalOutbound = "loopback",
);
`;

/** The port workerd reports on its control file descriptor once its socket listens. */
function listeningPort(child) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`workerd did not listen within ${RUN_TIMEOUT_MS / 1000} s:\n${errors}`)), RUN_TIMEOUT_MS);
    let control = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => {
      control += chunk;
      const match = /"event":"listen","socket":"http","port":(\d+)/.exec(control);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited with ${code}:\n${errors}`));
    });
  });
}

/** esbuild as the workspace has it (through tsup, which builds the packages). */
function esbuild() {
  const tsup = createRequire(join(root, 'package.json')).resolve('tsup');
  return createRequire(tsup)('esbuild');
}

/** The binary of a registry package at a pinned version, installed with npm into the cache on first use. */
function registryBinary({ package: name, version, bin }) {
  const prefix = join(homedir(), '.cache', 'shopclients-runtimes', `${name}@${version}`);
  const binary = join(prefix, bin);
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, `${name}@${version}`], {
      cwd: prefix,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return binary;
}
