#!/usr/bin/env node
// Builds the HTML API reference of every spec (or of the APIs named) into docs/<api>.html.
//   pnpm docs [api...]        e.g. pnpm docs komfortkasse
// The pages are self-contained: they load nothing from the network when opened.
import { relative } from 'node:path';
import { buildDocs } from './lib/build-docs.mjs';
import { listApis, repoRoot } from './lib/specs.mjs';

const known = listApis();
const apis = process.argv.slice(2);
const unknown = apis.filter((api) => !known.includes(api));
if (unknown.length > 0) {
  console.error(`unknown API: ${unknown.join(', ')} (known: ${known.join(', ')})`);
  process.exit(2);
}

for (const api of apis.length > 0 ? apis : known) {
  const output = await buildDocs(api);
  console.log(`${api}: ${relative(repoRoot, output)}`);
}
