// Builds the HTML reference of the client packages' public API with TypeDoc, for reading offline, and
// fails on what a reader would trip over: an exported symbol without a doc comment, a broken {@link},
// a type that is used by the API but not exported, a public method without an `@example`, or an
// example that does not compile against the built packages (see client-examples.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Application, LogLevel } from 'typedoc';
import { collectExamples, compileExamples, examplesDir, PREAMBLES } from './client-examples.mjs';
import { externalResources } from './offline-html.mjs';
import { repoRoot } from './specs.mjs';

/** The client packages whose entry points the reference documents, as `@shopclients/<name>`. */
export const CLIENT_PACKAGES = ['komfortkasse', 'iom-order'];
export const clientReferenceDir = `${repoRoot}docs/clients`;

const DOCUMENTED_PACKAGES = ['core', 'komfortkasse', 'komfortkasse-types', 'iom-order', 'iom-order-types'].map((name) => `@shopclients/${name}`);
// Re-exported verbatim from openapi-typescript's output: their members carry the spec's descriptions.
const GENERATED = ['$defs', 'Readable', 'Writable', 'components', 'operations', 'paths', 'webhooks'];
// Every kind of exported declaration, and the methods and accessors of classes and interfaces. Properties
// are left out: most are members of types generated from the specs.
const REQUIRED_TO_BE_DOCUMENTED = ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'Method', 'Accessor', 'TypeAlias', 'Namespace'];

/**
 * Builds the reference into `out` and returns the problems TypeDoc reported and those of the examples
 * (empty when it wrote the pages). The defaults document the client packages; tests point it at a fixture.
 * `exampleEntryPoints` (the `/testing` entries) are not rendered, but their methods need examples too.
 * `packageDirs` are the packages whose methods need examples, and against whose build they compile.
 */
export async function buildClientReference({
  entryPoints = CLIENT_PACKAGES.map((name) => `${repoRoot}packages/${name}/src/index.ts`),
  tsconfig = `${repoRoot}scripts/client-reference.tsconfig.json`,
  out = clientReferenceDir,
  intentionallyNotDocumented = CLIENT_PACKAGES.flatMap((name) => GENERATED.map((symbol) => `@shopclients/${name}.${symbol}`)),
  exampleEntryPoints = CLIENT_PACKAGES.map((name) => `${repoRoot}packages/${name}/src/testing/index.ts`),
  packageDirs = Object.fromEntries(CLIENT_PACKAGES.map((name) => [`@shopclients/${name}`, `${repoRoot}packages/${name}`])),
  examplesOut = examplesDir,
  preambles = PREAMBLES,
} = {}) {
  const problems = [];
  const app = await Application.bootstrapWithPlugins({
    entryPoints,
    tsconfig,
    out,
    name: 'shopclients: client reference',
    readme: 'none',
    disableSources: true,
    hideGenerator: true,
    excludePrivate: true,
    excludeInternal: true,
    intentionallyNotDocumented,
    // Without this, TypeDoc requires docs only of the package it runs in, not of what the clients re-export.
    packagesRequiringDocumentation: DOCUMENTED_PACKAGES,
    requiredToBeDocumented: REQUIRED_TO_BE_DOCUMENTED,
    validation: { notExported: true, invalidLink: true, invalidPath: true, rewrittenLink: true, notDocumented: true, unusedMergeModuleWith: true },
    treatWarningsAsErrors: true,
    logLevel: 'Warn',
  });
  app.logger.log = (message, level) => {
    if (level >= LogLevel.Warn) problems.push(String(message));
  };
  const project = await app.convert();
  if (!project) return problems.length > 0 ? problems : ['TypeDoc could not convert the entry points'];
  app.validate(project);
  problems.push(...(await exampleProblems(project, { exampleEntryPoints, tsconfig, packageDirs, examplesOut, preambles })));
  if (problems.length > 0) return problems;
  await app.generateDocs(project, out);
  return pageProblems(out);
}

/** Public methods without an `@example`, and examples that do not compile, of the reference and of `exampleEntryPoints`. */
async function exampleProblems(project, { exampleEntryPoints, tsconfig, packageDirs, examplesOut, preambles }) {
  const packageNames = Object.keys(packageDirs);
  const collected = [collectExamples(project, packageNames)];
  if (exampleEntryPoints.length > 0) {
    const problems = [];
    const app = await Application.bootstrapWithPlugins({
      entryPoints: exampleEntryPoints,
      tsconfig,
      disableSources: true,
      excludePrivate: true,
      excludeInternal: true,
      logLevel: 'Warn',
    });
    app.logger.log = (message, level) => {
      if (level >= LogLevel.Warn) problems.push(String(message));
    };
    const testing = await app.convert();
    if (!testing) return problems.length > 0 ? problems : [`TypeDoc could not convert ${exampleEntryPoints.join(', ')}`];
    if (problems.length > 0) return problems;
    collected.push(collectExamples(testing, packageNames));
  }
  const missing = collected.flatMap((result) => result.missing);
  const examples = collected.flatMap((result) => result.examples);
  return [...missing, ...compileExamples(examples, { packageDirs, outDir: examplesOut, preambles })];
}

/** Links between the pages that lead nowhere, and anything a page would load from the network. */
export function pageProblems(out) {
  const problems = [];
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(out, page), 'utf8');
    for (const remote of externalResources(html)) problems.push(`${page} would load ${remote}`);
    for (const [, href] of html.matchAll(/\bhref="([^"#]*)(?:#[^"]*)?"/g)) {
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const target = resolve(dirname(join(out, page)), decodeURIComponent(href));
      if (!existsSync(target)) problems.push(`${page} links to ${href}, which is not in ${relative(repoRoot, out)}`);
    }
  }
  return problems;
}
