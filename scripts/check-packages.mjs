#!/usr/bin/env node
// Lints every publishable package as npm will see it: publint (package.json, exports, files) and
// @arethetypeswrong/cli (types resolve for ESM and CJS consumers under every module resolution).
// Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { publishablePackages, root } from './lib/workspace.mjs';

const bin = (name) => `${root}scripts/node_modules/.bin/${name}`;
let failed = 0;
for (const { name, path } of publishablePackages()) {
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--format', 'ascii']],
  ]) {
    try {
      const output = execFileSync(bin(tool), args, { cwd: path, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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
}
if (failed > 0) {
  console.error(`check-packages: ${failed} problem report(s)`);
  process.exit(1);
}
console.log('check-packages: every package is clean under publint and attw');
