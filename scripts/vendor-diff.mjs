#!/usr/bin/env node
// Compares specs/<api>/openapi.yaml with the vendor's own document of the API and fails (exit 1) on a
// difference that specs/<api>/DIFFERENCES.md does not explain, or on an explanation whose difference
// is gone. What counts as a difference, and how an id is written: scripts/lib/vendor-diff.mjs.
//   node scripts/vendor-diff.mjs <api> [--root <dir>]      e.g. node scripts/vendor-diff.mjs iom-order
import { checkApi, report } from './lib/vendor-diff.mjs';
import { listApis, repoRoot } from './lib/specs.mjs';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = rootFlag === -1 ? repoRoot : args[rootFlag + 1];
const api = args[0];
const known = listApis(root);
if (!known.includes(api) || args.length !== (rootFlag === -1 ? 1 : 3)) {
  console.error(`usage: node scripts/vendor-diff.mjs <${known.join('|')}> [--root <dir>]`);
  process.exit(2);
}
const { ok, lines } = report(api, checkApi(api, root));
for (const line of lines) console.log(line);
process.exit(ok ? 0 : 1);
