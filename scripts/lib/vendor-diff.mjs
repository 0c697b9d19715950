// Compares our curated spec of an API with the vendor's own document of it, structurally, and checks
// that every difference is explained in the API's DIFFERENCES.md.
//
// The comparison is spec-diff's classify() with the vendor's document as the old side and ours as the
// new one, so each difference reads as the step from the vendor's document to ours: "property
// removed" means ours lacks a property the vendor documents, "optional property added" means ours
// has one the vendor does not. Both documents are first put into OpenAPI 3.0 notation
// (openapi-notation.mjs), and only what changes a request or response counts: operations,
// parameters, bodies, statuses, media types, types, formats, enums, required fields, constraints,
// defaults, security, servers and deprecation. Descriptions, examples, tags, `x-*` extensions and
// the names of components (a `$ref` or an inline schema) do not.
//
// A difference's id is `<where>: <what>` as classify() words it, without the level and without
// the advice classify() adds for releases. DIFFERENCES.md explains an id with a line of its own,
// `<!-- vendor-diff: <id> -->`, above the entry that gives the reason and evidence; one line per id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isAnnotation } from './annotations.mjs';
import { refResolver } from './openapi-ref.mjs';
import { toOpenApi30 } from './openapi-notation.mjs';
import { classify } from './spec-diff.mjs';
import { repoRoot, specFile, specPath } from './specs.mjs';

/** Where an API's vendor documents live, relative to the repository root. */
export const vendorDir = (api) => `specs/${api}/vendor`;

/** The API's vendor manifest, `specs/<api>/vendor/vendor.json`: `{ document, upstream, licence }`. */
export function readManifest(api, root = repoRoot) {
  return JSON.parse(readFileSync(join(root, vendorDir(api), 'vendor.json'), 'utf8'));
}

/** Repository-relative path of the vendor document our spec is compared with. */
export const vendorDocumentFile = (api, root = repoRoot) => `${vendorDir(api)}/${readManifest(api, root).document}`;
export const differencesPath = (api, root = repoRoot) => join(root, 'specs', api, 'DIFFERENCES.md');

// A marker is a line of its own, so that prose can quote the syntax.
const MARKER = /^<!--\s*vendor-diff:\s*(.+?)\s*-->[ \t]*$/gm;

/** The ids DIFFERENCES.md explains, in order (repeats kept, so they can be reported). */
export function explainedIds(markdown) {
  return [...markdown.matchAll(MARKER)].map((match) => match[1]);
}

// Changes of these kinds are not structural: a component's name is notation (`$ref` vs inline).
const isComponentNaming = ({ where }) => /^components\.(schemas|parameters|responses|requestBodies|headers|examples)\./.test(where);
const isStructural = (change) => !isComponentNaming(change) && (change.level !== 'patch' || /^deprecated\b/.test(change.what));

/** `what` without the release advice spec-diff adds after a `;` or for unclassified keys. */
const plainWhat = (what) => what.replace(/ \(no rule for this; review by hand\)$/, '').replace(/ \(([^;)]*);[^)]*\)/, ' ($1)');

/** `value` without documentation keys, for the parts classify() compares as a whole. */
function withoutAnnotations(value) {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isAnnotation(key))
      .map(([key, child]) => [key, withoutAnnotations(child)]),
  );
}

/** The document in 3.0 notation, its servers, security schemes and response headers without documentation. */
function comparable(document) {
  const normalised = toOpenApi30(document);
  if (normalised.servers) normalised.servers = withoutAnnotations(normalised.servers);
  const schemes = normalised.components?.securitySchemes;
  if (schemes) normalised.components.securitySchemes = withoutAnnotations(schemes);
  for (const item of Object.values(normalised.paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const response of Object.values(operation?.responses ?? {})) {
        if (response.headers) response.headers = withoutAnnotations(response.headers);
      }
    }
  }
  return normalised;
}

const pathKey = (path) => path.replace(/\{[^}]*\}/g, '{}');
const templateNames = (path) => [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);

/**
 * The vendor's paths under our names for their parameters: `/order/{number}` becomes our
 * `/order/{orderNumber}`, and its path parameter `number` becomes `orderNumber`. A path parameter's
 * name never reaches the wire.
 */
function withOurPathNames(vendor, ours) {
  const ourPaths = new Map(Object.keys(ours.paths ?? {}).map((path) => [pathKey(path), path]));
  const resolve = refResolver(vendor);
  const paths = {};
  for (const [path, item] of Object.entries(vendor.paths ?? {})) {
    const ourPath = ourPaths.get(pathKey(path)) ?? path;
    const rename = new Map(templateNames(path).map((name, i) => [name, templateNames(ourPath)[i]]));
    const renamed = (parameters) =>
      parameters?.map((reference) => {
        const parameter = resolve(reference).node;
        return parameter.in === 'path' && rename.has(parameter.name) ? { ...parameter, name: rename.get(parameter.name) } : reference;
      });
    paths[ourPath] = Object.fromEntries(
      Object.entries(item).map(([key, value]) => [
        key,
        key === 'parameters' ? renamed(value) : value?.parameters ? { ...value, parameters: renamed(value.parameters) } : value,
      ]),
    );
  }
  return { ...vendor, paths };
}

/** The structural differences between the vendor's document and ours, as sorted unique ids. */
export function differences(vendorDocument, ourSpec) {
  const ours = comparable(ourSpec);
  const { changes } = classify(withOurPathNames(comparable(vendorDocument), ours), ours);
  return [...new Set(changes.filter(isStructural).map(({ where, what }) => `${where}: ${plainWhat(what)}`))].sort();
}

/**
 * Checks the differences against the ids DIFFERENCES.md explains.
 * @returns {{ explained: string[], unexplained: string[], stale: string[], repeated: string[] }}
 */
export function reconcile(ids, explained) {
  const known = new Set(explained);
  const found = new Set(ids);
  return {
    explained: ids.filter((id) => known.has(id)),
    unexplained: ids.filter((id) => !known.has(id)),
    stale: [...known].filter((id) => !found.has(id)),
    repeated: [...new Set(explained.filter((id, i) => explained.indexOf(id) !== i))],
  };
}

/** Runs the whole check for one API in the repository at `root`. */
export function checkApi(api, root = repoRoot) {
  const load = (path) => parse(readFileSync(path, 'utf8'));
  const vendorFile = vendorDocumentFile(api, root);
  const ids = differences(load(join(root, vendorFile)), load(specPath(api, root)));
  return { vendorFile, ...reconcile(ids, explainedIds(readFileSync(differencesPath(api, root), 'utf8'))) };
}

/** The report lines of `checkApi`'s result; `ok` is false when anything is unexplained, stale or repeated. */
export function report(api, result) {
  const lines = [`vendor-diff ${api}: ${specFile(api)} against ${result.vendorFile}`];
  for (const id of result.explained) lines.push(`  explained    ${id}`);
  for (const id of result.unexplained) lines.push(`  UNEXPLAINED  ${id}`);
  for (const id of result.stale) lines.push(`  STALE        ${id} (DIFFERENCES.md explains a difference that no longer exists)`);
  for (const id of result.repeated) lines.push(`  REPEATED     ${id} (DIFFERENCES.md explains it more than once)`);
  const ok = result.unexplained.length + result.stale.length + result.repeated.length === 0;
  const where = `specs/${api}/DIFFERENCES.md`;
  lines.push(
    ok
      ? `${result.explained.length} differences, each explained in ${where}`
      : `${result.unexplained.length} unexplained, ${result.stale.length} stale, ${result.repeated.length} repeated: add or remove \`<!-- vendor-diff: <id> -->\` entries in ${where}`,
  );
  return { ok, lines };
}
