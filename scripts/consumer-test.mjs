#!/usr/bin/env node
// Installs the packages as a user would and runs them: packs every publishable package, installs the
// tarballs with plain npm into a fresh project outside the workspace, type-checks an ESM and a
// CommonJS consumer strictly, and runs both against Prism mocks on Node 20, 22 and 24 (the other
// Node versions come from the registry's `node` package). Run after `pnpm build`.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishablePackages, root } from './lib/workspace.mjs';

const NODE_MAJORS = (process.env.CONSUMER_NODE_MAJORS ?? '22,24').split(',').filter(Boolean);
const TOOL_VERSIONS = { typescript: '5.9.3', '@types/node': '20.19.43' };
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const work = mkdtempSync(join(tmpdir(), 'shopclients-consumer-'));
const mocks = [];
try {
  const tarballs = pack(join(work, 'tarballs'));
  const project = install(join(work, 'project'), tarballs);
  console.log('type-check: strict ESM and CommonJS consumers compile against the installed packages');
  run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project);

  mocks.push(await startMock('komfortkasse'), await startMock('iom-order'));
  const urls = mocks.map((mock) => mock.url);
  const nodes = [process.execPath, ...NODE_MAJORS.map(nodeBinary)];
  let runs = 0;
  for (const node of nodes) {
    for (const consumer of ['build/consumer.mjs', 'build/consumer.cjs', 'build/fakes.mjs']) {
      process.stdout.write(run(node, [consumer, ...urls], project));
      runs++;
    }
  }
  console.log(`consumer test: ${runs} runs ok (ESM and CommonJS on ${nodes.length} Node versions), ${tarballs.length} tarballs`);
} finally {
  for (const mock of mocks) mock.process.kill();
  rmSync(work, { recursive: true, force: true });
}

function pack(destination) {
  mkdirSync(destination, { recursive: true });
  for (const { path } of publishablePackages()) run('pnpm', ['pack', '--pack-destination', destination], path);
  const tarballs = readdirSync(destination).map((file) => join(destination, file));
  console.log(`packed: ${readdirSync(destination).join(', ')}`);
  return tarballs;
}

function install(project, tarballs) {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'shopclients-consumer', private: true, version: '1.0.0' }, null, 2));
  cpSync(join(root, 'scripts/consumer'), project, { recursive: true });
  const tools = Object.entries(TOOL_VERSIONS).map(([name, version]) => `${name}@${version}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, ...tools], project);
  console.log(`installed with npm: ${tarballs.length} tarballs and ${tools.join(', ')}`);
  return project;
}

/** A Node binary of the given major version from the registry's `node` package, kept in a cache. */
function nodeBinary(major) {
  const prefix = join(homedir(), '.cache', 'shopclients-node', major);
  const binary = join(prefix, 'node_modules/.bin/node');
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', prefix, `node@${major}`], prefix);
  }
  return binary;
}

/** A Prism mock of one of our specs on a free port, as a child process. */
function startMock(api) {
  const child = spawn(join(root, 'node_modules/.bin/prism'), ['mock', '--host', '127.0.0.1', '--port', '0', join(root, `specs/${api}/openapi.yaml`)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism mock of ${api} did not start within 60 s`)), 60_000);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Prism is listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child });
      }
    });
    child.on('exit', (code) => reject(new Error(`Prism mock of ${api} exited with ${code}:\n${output}`)));
  });
}
