#!/usr/bin/env node
// Generates the TypeScript types of one spec into its types package, or with --check fails when the
// committed output differs from what the spec generates now.
//   node scripts/generate-types.mjs <api> [--check] [--root DIR]      e.g. komfortkasse, iom-order
// --root points at another checkout (specs/ and packages/ below it); the tests use it on a copy.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean' }, root: { type: 'string' } } });
const [api] = positionals;
if (!api || positionals.length > 1) {
  console.error('usage: generate-types.mjs <api> [--check] [--root DIR]');
  process.exit(2);
}
const root = values.root ? `${resolve(values.root)}/` : fileURLToPath(new URL('..', import.meta.url));

const specFile = `${root}specs/${api}/openapi.yaml`;
const outFile = `${root}packages/${api}-types/src/generated/schema.ts`;
const { version } = createRequire(import.meta.url)('openapi-typescript/package.json');

const header = `// GENERATED FILE — do not edit by hand.
// Source: specs/${api}/openapi.yaml, by openapi-typescript ${version} (--read-write-markers).
// Regenerate with \`pnpm generate\`; \`pnpm lint\` and \`pnpm test\` fail when this file is stale.

`;
const ast = await openapiTS(pathToFileURL(specFile), { readWriteMarkers: true });
const generated = header + astToString(ast);

const shown = relative(root, outFile);
if (values.check) {
  const committed = await readFile(outFile, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${shown} is stale: specs/${api}/openapi.yaml changed without regenerating. Run \`pnpm generate\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${shown} is up to date.`);
} else {
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, generated);
  console.log(`wrote ${shown}`);
}
