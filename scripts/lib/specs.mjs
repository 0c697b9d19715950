// Where the repository's OpenAPI specs are, and how to read them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root as repoRoot } from './workspace.mjs';

export { repoRoot };

/** Repository-relative path of an API's spec, e.g. `specs/komfortkasse/openapi.yaml`. */
export const specFile = (api) => `specs/${api}/openapi.yaml`;

export const specPath = (api, root = repoRoot) => join(root, specFile(api));

/** The APIs that have a spec: the directory names under specs/. */
export function listApis(root = repoRoot) {
  return readdirSync(join(root, 'specs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(specPath(entry.name, root)))
    .map((entry) => entry.name)
    .sort();
}

export const loadSpec = (api) => parse(readFileSync(specPath(api), 'utf8'));

/** Every operation of a spec, in document order. */
export function listOperations(spec) {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    methods.filter((method) => item[method]).map((method) => ({ path, method, operationId: item[method].operationId, summary: item[method].summary })),
  );
}
