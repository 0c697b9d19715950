// Named examples from the specs, so every canned response and request body is one the spec promises.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const documents = new Map();

function documentOf(api) {
  if (!documents.has(api)) documents.set(api, parse(readFileSync(`${root}specs/${api}/openapi.yaml`, 'utf8')));
  return documents.get(api);
}

function resolve(document, node) {
  while (node && typeof node === 'object' && '$ref' in node) {
    node = String(node.$ref)
      .replace(/^#\//, '')
      .split('/')
      .reduce((at, key) => at[key], document);
  }
  return node;
}

function operation(document, operationId) {
  for (const item of Object.values(document.paths)) {
    for (const candidate of Object.values(item)) {
      if (candidate && typeof candidate === 'object' && candidate.operationId === operationId) return candidate;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

function namedExample(document, media, name, where) {
  const example = resolve(document, media?.examples?.[name]);
  if (!example || !('value' in example)) throw new Error(`${where}: no example named ${name}`);
  return structuredClone(example.value);
}

/** The value of a named example of an operation's response. */
export function responseExample(api, operationId, status, mediaType, name) {
  const document = documentOf(api);
  const response = resolve(document, operation(document, operationId).responses[String(status)]);
  return namedExample(document, response?.content?.[mediaType], name, `${api} ${operationId} ${status} ${mediaType}`);
}

/** The value of a named example of an operation's request body. */
export function requestExample(api, operationId, mediaType, name) {
  const document = documentOf(api);
  const body = resolve(document, operation(document, operationId).requestBody);
  return namedExample(document, body?.content?.[mediaType], name, `${api} ${operationId} request ${mediaType}`);
}
