#!/usr/bin/env node
// Generates, from one spec, its TypeScript types and its standalone validators into its types package,
// or with --check fails when the committed output differs from what the spec generates now.
//   node scripts/generate-types.mjs <api> [--check] [--root DIR]      e.g. komfortkasse, iom-order
// --root points at another checkout (specs/ and packages/ below it); the tests use it on a copy.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { compileValidators } from './lib/validators/compile.mjs';
import {
  allChecksDeclarations,
  allChecksModule,
  checksFile,
  checksModule,
  operationsModule,
  validatorsDeclarations,
  validatorsModule,
} from './lib/validators/emit.mjs';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { check: { type: 'boolean' }, root: { type: 'string' } } });
const [api] = positionals;
if (!api || positionals.length > 1) {
  console.error('usage: generate-types.mjs <api> [--check] [--root DIR]');
  process.exit(2);
}
const root = values.root ? `${resolve(values.root)}/` : fileURLToPath(new URL('..', import.meta.url));

const specFile = `${root}specs/${api}/openapi.yaml`;
const outDir = `${root}packages/${api}-types/src/generated`;
const require = createRequire(import.meta.url);
const versionOf = (name) => require(`${name}/package.json`).version;

const headerFor = (tool) => `// GENERATED FILE — do not edit by hand.
// Source: specs/${api}/openapi.yaml, by ${tool}.
// Regenerate with \`pnpm generate\`; \`pnpm lint\` and \`pnpm test\` fail when this file is stale.

`;
const ast = await openapiTS(pathToFileURL(specFile), { readWriteMarkers: true });
const validators = compileValidators(parse(await readFile(specFile, 'utf8')));
const validatorsHeader = headerFor(`Ajv ${versionOf('ajv')} standalone code (scripts/lib/validators)`);
const outputs = {
  'schema.ts': headerFor(`openapi-typescript ${versionOf('openapi-typescript')} (--read-write-markers)`) + astToString(ast),
  'operations.ts': operationsModule(validators, headerFor('scripts/lib/validators from the spec')),
  'validators.js': validatorsModule(validators, validatorsHeader),
  'validators.d.ts': validatorsDeclarations(validators, validatorsHeader),
  'all-checks.js': allChecksModule(validators, validatorsHeader),
  'all-checks.d.ts': allChecksDeclarations(validatorsHeader),
  ...Object.fromEntries(validators.modules.map((module) => [checksFile(module.name), checksModule(module, validatorsHeader)])),
};
const checksDir = `${outDir}/checks`;
const expectedChecks = new Set(validators.modules.map((module) => checksFile(module.name)));
const presentChecks = (await readdir(checksDir).catch(() => [])).map((name) => `checks/${name}`);

let stale = false;
for (const [name, generated] of Object.entries(outputs)) {
  const outFile = `${outDir}/${name}`;
  const shown = relative(root, outFile);
  if (values.check) {
    const committed = await readFile(outFile, 'utf8').catch(() => '');
    if (committed !== generated) {
      console.error(`${shown} is stale: specs/${api}/openapi.yaml changed without regenerating. Run \`pnpm generate\` and commit the result.`);
      stale = true;
    } else console.log(`${shown} is up to date.`);
  } else {
    await mkdir(dirname(outFile), { recursive: true });
    await writeFile(outFile, generated);
    console.log(`wrote ${shown}`);
  }
}
for (const name of presentChecks.filter((name) => !expectedChecks.has(name))) {
  const shown = relative(root, `${outDir}/${name}`);
  if (values.check) {
    console.error(`${shown} is stale: the spec no longer generates it. Run \`pnpm generate\` and commit the result.`);
    stale = true;
  } else {
    await rm(`${outDir}/${name}`);
    console.log(`removed ${shown}`);
  }
}
if (stale) process.exit(1);
