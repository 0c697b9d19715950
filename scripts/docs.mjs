#!/usr/bin/env node
// Builds the HTML API reference of every spec (or of the APIs named) into docs/<api>.html and, when no
// API is named, the reference of the client packages' own API into docs/clients/ (TypeDoc).
//   pnpm api-docs [api...]        e.g. pnpm api-docs komfortkasse
// The pages are self-contained: they load nothing from the network when opened. The client reference
// fails the build when an exported symbol has no doc comment, a link leads nowhere, a public method has
// no `@example`, or an example does not compile against the built packages (run `pnpm build` first).
import { relative } from 'node:path';
import { buildClientReference, clientReferenceDir } from './lib/build-client-reference.mjs';
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

if (apis.length === 0) {
  const problems = await buildClientReference();
  if (problems.length > 0) {
    console.error(`client reference: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`clients: ${relative(repoRoot, clientReferenceDir)}/index.html (every export documented, every link resolves, every method's example compiles)`);
}
