#!/usr/bin/env node
// Fetches each vendor's current document over our copy of it and runs vendor-diff, so that a change on
// the vendor's side shows up as an unexplained difference. Run on a schedule by
// .github/workflows/vendor-drift.yml; exits 1 if a document cannot be fetched or any API fails vendor-diff.
//   node scripts/vendor-drift.mjs [--root <dir>] [--upstream <api>=<url>]...
// The upstream of each API is `upstream` in specs/<api>/vendor/vendor.json; --upstream replaces it (a
// file: URL reads a local file, which is how the tests run without network).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listApis, repoRoot } from './lib/specs.mjs';
import { checkApi, readManifest, report, vendorDocumentFile } from './lib/vendor-diff.mjs';

const args = process.argv.slice(2);
let root = repoRoot;
const upstreams = new Map();
for (let i = 0; i < args.length; i += 2) {
  const [flag, value] = [args[i], args[i + 1]];
  if (flag === '--root' && value) root = value;
  else if (flag === '--upstream' && value?.includes('=')) upstreams.set(value.slice(0, value.indexOf('=')), value.slice(value.indexOf('=') + 1));
  else {
    console.error('usage: node scripts/vendor-drift.mjs [--root <dir>] [--upstream <api>=<url>]...');
    process.exit(2);
  }
}

async function download(url) {
  if (url.startsWith('file:')) return readFileSync(fileURLToPath(url), 'utf8');
  const response = await fetch(url, { headers: { accept: 'application/yaml, application/json;q=0.9, */*;q=0.1' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

let ok = true;
for (const api of listApis(root)) {
  const url = upstreams.get(api) ?? readManifest(api, root).upstream;
  const target = vendorDocumentFile(api, root);
  try {
    writeFileSync(join(root, target), await download(url));
    console.log(`fetched ${url} into ${target}`);
  } catch (error) {
    console.error(`vendor-drift ${api}: cannot fetch ${url}: ${error.message}`);
    ok = false;
    continue;
  }
  const result = report(api, checkApi(api, root));
  for (const line of result.lines) console.log(line);
  ok &&= result.ok;
}
process.exit(ok ? 0 : 1);
