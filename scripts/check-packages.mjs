#!/usr/bin/env node
// Checks every publishable package as npm will see it: packs it with pnpm (as `pnpm publish` would) and
// checks the tarball with publint (package.json, exports, files), @arethetypeswrong/cli (types resolve for
// ESM and CJS consumers under every module resolution) and our hygiene rules (LICENSE, no workspace-only
// manifest fields, source maps that point into the tarball). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tarballProblems } from './lib/tarball-hygiene.mjs';
import { publishablePackages, root } from './lib/workspace.mjs';

const bin = (name) => `${root}scripts/node_modules/.bin/${name}`;
const license = readFileSync(join(root, 'LICENSE'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'shopclients-check-packages-'));
let failed = 0;
try {
  for (const { name, path, dir } of publishablePackages()) {
    const destination = join(work, dir);
    mkdirSync(destination, { recursive: true });
    execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: path, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = join(destination, readdirSync(destination)[0]);
    execFileSync('tar', ['-xzf', tarball, '-C', destination]);

    for (const [tool, args] of [
      ['publint', ['run', '--strict', tarball]],
      ['attw', [tarball, '--format', 'ascii']],
    ]) {
      try {
        const output = execFileSync(bin(tool), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        const verdict = output.includes('All good!') || output.includes('No problems found') ? 'clean' : 'see output';
        console.log(`${name}: ${tool} ${verdict}`);
        if (verdict !== 'clean') {
          failed++;
          console.log(output);
        }
      } catch (error) {
        failed++;
        console.log(`${name}: ${tool} FAILED\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      }
    }
    const problems = tarballProblems(join(destination, 'package'), license);
    console.log(`${name}: hygiene ${problems.length === 0 ? 'clean (LICENSE, manifest, source maps)' : 'FAILED'}`);
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) failed++;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed > 0) {
  console.error(`check-packages: ${failed} problem report(s)`);
  process.exit(1);
}
console.log('check-packages: every tarball is clean under publint, attw and the hygiene checks');
