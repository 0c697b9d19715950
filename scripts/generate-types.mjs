#!/usr/bin/env node
// Generates the TypeScript types of one spec into its types package, or with --check fails when the
// committed output differs from what the spec generates now.
//   node scripts/generate-types.mjs <api> [--check]      e.g. komfortkasse, iom-order
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const [api, flag] = process.argv.slice(2);
if (!api || (flag && flag !== '--check')) {
  console.error('usage: generate-types.mjs <api> [--check]');
  process.exit(2);
}

const specFile = `${root}specs/${api}/openapi.yaml`;
const outFile = `${root}packages/${api}-types/src/generated/schema.ts`;
const { version } = JSON.parse(await readFile(`${root}node_modules/openapi-typescript/package.json`, 'utf8'));

const header = `// GENERATED FILE — do not edit by hand.
// Source: specs/${api}/openapi.yaml, by openapi-typescript ${version} (--read-write-markers).
// Regenerate with \`pnpm generate\`; \`pnpm lint\` and \`pnpm test\` fail when this file is stale.

`;
const ast = await openapiTS(pathToFileURL(specFile), { readWriteMarkers: true });
const generated = header + astToString(ast);

const shown = relative(root, outFile);
if (flag === '--check') {
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
