// Compiles a spec's validators with Ajv into standalone code: one function per request part (path,
// query, JSON body) and per documented response (status × media type), and one per named body schema.
// The output runs without Ajv and without eval: formats and Ajv's two runtime helpers are handed in
// by @shopclients/core when the validators are first used.
import { createRequire } from 'node:module';
import { listOperations } from '../specs.mjs';
import { refResolver } from '../openapi-ref.mjs';
import { componentSchemas, convertSchema } from './json-schema.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const { _ } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

/** Formats the specs may use: the JSON type each applies to, and @shopclients/core's check of it. */
const FORMATS = {
  date: ['string', 'formatDate'],
  'date-time': ['string', 'formatDateTime'],
  time: ['string', 'formatTime'],
  email: ['string', 'formatEmail'],
  uri: ['string', 'formatUri'],
  'uri-reference': ['string', 'formatUriReference'],
  uuid: ['string', 'formatUuid'],
  int32: ['number', 'formatInt32'],
  int64: ['number', 'formatInt64'],
  float: ['number', 'formatAny'],
  double: ['number', 'formatAny'],
  binary: ['string', 'formatAny'],
  byte: ['string', 'formatAny'],
};

/** Ajv's runtime helpers the standalone code requires, and core's export that replaces each. */
const RUNTIME = { 'ajv/dist/runtime/ucs2length': 'ucs2length', 'ajv/dist/runtime/equal': 'deepEqual' };
/** Core's helper that gathers a referenced schema's errors in place of Ajv's `concat` (see `sited`). */
const APPEND_ERRORS = 'appendErrors';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * `{ code, imports, operations, metadata }`: `code` is the standalone module's body (CommonJS style,
 * assigning to `exports`), `imports` what it needs from @shopclients/core, `operations` the operation
 * table (method, path, parameters, media types, statuses), `metadata` which export checks each request
 * part and response of every operation, and which checks each named request body schema.
 */
export function compileValidators(spec) {
  const resolve = refResolver(spec);
  const ajv = new Ajv({
    code: { source: true, formats: _`formats`, lines: false, optimize: 1 },
    allErrors: true,
    messages: false,
    strict: false,
    inlineRefs: false,
    allowUnionTypes: true,
  });
  for (const [name, [type]] of Object.entries(FORMATS)) ajv.addFormat(name, { type, validate: () => true });
  const documents = splitByDirection(spec);
  for (const [id, schemas] of Object.entries(documents.schemas)) ajv.addSchema({ $id: id, components: { schemas } });

  const exports = {};
  const names = new Map();
  const add = (direction, schema) => {
    const converted = documents.rebase(convertSchema(spec, schema, direction), direction);
    // A bare `$ref` is checked by the component's own function: no wrapper around it.
    const id = Object.keys(converted).length === 1 && converted.$ref ? converted.$ref : `${direction}.v${names.size}`;
    if (!names.has(id)) {
      if (id !== converted.$ref) ajv.addSchema({ $id: id, ...converted });
      names.set(id, `v${names.size}`);
      exports[names.get(id)] = id;
    }
    return names.get(id);
  };

  const operations = {};
  const operationChecks = {};
  for (const { path, method, operationId } of listOperations(spec)) {
    const operation = spec.paths[path][method];
    const parameters = [...(spec.paths[path].parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolve(parameter).node);
    const request = {};
    for (const place of ['path', 'query']) {
      const own = parameters.filter((parameter) => parameter.in === place);
      if (own.length === 0) continue;
      request[place] = add('request', {
        type: 'object',
        properties: Object.fromEntries(own.map((parameter) => [parameter.name, parameter.schema ?? {}])),
        required: own.filter((parameter) => parameter.required).map((parameter) => parameter.name),
      });
    }
    const requestBody = operation.requestBody && resolve(operation.requestBody).node;
    const [requestMediaType, requestContent] = Object.entries(requestBody?.content ?? {})[0] ?? [];
    if (requestContent?.schema && JSON_MEDIA_TYPE.test(requestMediaType)) request.body = add('request', requestContent.schema);

    const responses = {};
    for (const [status, declared] of Object.entries(operation.responses ?? {})) {
      const response = resolve(declared).node;
      responses[status] = Object.fromEntries(
        Object.entries(response.content ?? {}).map(([mediaType, content]) => [
          mediaType,
          content.schema && JSON_MEDIA_TYPE.test(mediaType) ? add('response', content.schema) : null,
        ]),
      );
    }

    operations[operationId] = {
      method,
      path,
      parameters: parameters.map((parameter) => describeParameter(parameter, resolve)),
      ...(requestMediaType ? { requestMediaType } : {}),
      ...(requestBody ? { bodyRequired: requestBody.required === true } : {}),
      responses: Object.fromEntries(Object.entries(responses).map(([status, byMediaType]) => [status, Object.keys(byMediaType)])),
    };
    operationChecks[operationId] = { request, responses };
  }

  const schemas = {};
  for (const name of requestBodySchemaNames(spec, resolve)) schemas[name] = add('request', { $ref: `#/components/schemas/${name}` });

  const code = sited(portable(standaloneCode(ajv, exports)));
  const entries = {};
  for (const [operationId, { request, responses }] of Object.entries(operationChecks)) {
    entries[`operation:${operationId}`] = [...Object.values(request), ...Object.values(responses).flatMap((byType) => Object.values(byType).filter(Boolean))];
  }
  for (const [name, check] of Object.entries(schemas)) entries[`schema:${name}`] = [check];
  const { modules, loads } = splitModules(code, entries);
  return {
    modules: modules.map((module) => ({ ...module, imports: coreImports(module.code) })),
    operations,
    metadata: { operationChecks, schemas },
    loads: {
      operations: Object.fromEntries(Object.keys(operationChecks).map((id) => [id, loads[`operation:${id}`]])),
      schemas: Object.fromEntries(Object.keys(schemas).map((name) => [name, loads[`schema:${name}`]])),
    },
  };
}

/**
 * The component schemas in three documents: `common` holds every schema that is the same in both
 * directions (and refers only to such), `request` and `response` the rest; so that no function is
 * generated twice. `rebase` points a schema's `$ref`s at the document that holds each component.
 */
function splitByDirection(spec) {
  const request = componentSchemas(spec, 'request');
  const response = componentSchemas(spec, 'response');
  const refsOf = (schema) => [...JSON.stringify(schema).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
  const common = new Set(Object.keys(request).filter((name) => JSON.stringify(request[name]) === JSON.stringify(response[name])));
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of common) {
      if (refsOf(request[name]).some((ref) => !common.has(ref))) {
        common.delete(name);
        changed = true;
      }
    }
  }
  const documentOf = (name, direction) => (common.has(name) ? 'common' : direction);
  const rebase = (schema, direction) =>
    JSON.parse(
      JSON.stringify(schema).replace(
        /"\$ref":"#\/components\/schemas\/([^"]+)"/g,
        (_match, name) => `"$ref":"${documentOf(name, direction)}#/components/schemas/${name}"`,
      ),
    );
  const pick = (schemas, keep, direction) =>
    Object.fromEntries(
      Object.entries(schemas)
        .filter(([name]) => keep(name))
        .map(([name, schema]) => [name, rebase(schema, direction)]),
    );
  return {
    schemas: {
      common: pick(request, (name) => common.has(name), 'common'),
      request: pick(request, (name) => !common.has(name), 'request'),
      response: pick(response, (name) => !common.has(name), 'response'),
    },
    rebase,
  };
}

function describeParameter(parameter, resolve) {
  const schema = resolve(parameter.schema ?? {}).node;
  const items = schema.type === 'array' ? resolve(schema.items ?? {}).node.type : undefined;
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
    type: schema.type ?? 'string',
    ...(items ? { items } : {}),
    // OpenAPI's default for query and cookie parameters is form with explode.
    explode: parameter.explode ?? (parameter.style ?? 'form') === 'form',
  };
}

/** Named component schemas used directly as a JSON request body, or as the items of one. */
function requestBodySchemaNames(spec, resolve) {
  const names = new Set();
  for (const { path, method } of listOperations(spec)) {
    const body = spec.paths[path][method].requestBody;
    for (const [mediaType, content] of Object.entries((body && resolve(body).node.content) ?? {})) {
      if (!JSON_MEDIA_TYPE.test(mediaType)) continue;
      const ref = content.schema?.$ref ?? content.schema?.items?.$ref;
      if (ref?.startsWith('#/components/schemas/')) names.add(ref.slice('#/components/schemas/'.length));
    }
  }
  return [...names].sort();
}

/**
 * Replaces the standalone code's `require`s of Ajv's runtime with the helpers core hands in, and
 * trims each error's `schemaPath` to the part that says which `anyOf`/`oneOf` branch failed (all that
 * core reads of it; the full paths are a large share of the code).
 */
function portable(code) {
  const replaced = code
    .replace(/^"use strict";/, '')
    .replace(/\/\*# sourceURL="[^"]*" \*\/;?/g, '')
    .replace(/,schemaPath:"([^"]*)"/g, (_match, path) => {
      const branch = /^.*\/(?:anyOf|oneOf)(?:\/\d+)?/.exec(path);
      return branch ? `,schemaPath:"${branch[0]}"` : '';
    })
    .replace(/require\("([^"]+)"\)\.default/g, (_match, module) => {
      if (!RUNTIME[module]) throw new Error(`standalone validators require ${module}, which core does not provide`);
      return RUNTIME[module];
    });
  if (/\brequire\(/.test(replaced)) throw new Error('standalone validators still require a module');
  if (/\bnew Function\b|\beval\(/.test(replaced)) throw new Error('standalone validators would evaluate code at run time');
  return replaced;
}

/**
 * Gives every error the site that raised it, and gathers a referenced schema's errors with core's
 * `appendErrors` instead of Ajv's `vErrors.concat(…)`, which copies the whole list for each failing
 * item of an array and so makes a drifting list quadratic. Each rule and each call of another check
 * is numbered within its function, and `appendErrors` prefixes each error's site with the call's: a
 * site then names one place in the schema, counted from the check of the whole value, however many
 * instances fail there. That is what drift reports are grouped by. (Numbers local to each function
 * repeat across functions, which keeps the code they add small once compressed.)
 */
function sited(code) {
  const error = /(\{instancePath[^{}]*,keyword:"[^"]+")/g;
  const merge = /vErrors = vErrors === null \? ([\w$.]+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  const result = code
    .split(/(?=\bfunction [\w$]+\(data, )/)
    .map((source) => {
      let rules = 0;
      let calls = 0;
      return source
        .replace(error, (_match, literal) => `${literal},site:"${rules++}"`)
        .replace(merge, (_match, check) => `vErrors = ${APPEND_ERRORS}(vErrors, ${check}.errors, "${calls++}");`);
    })
    .join('');
  if (/\.concat\(/.test(result)) throw new Error('standalone validators concatenate errors in a way sited() does not recognise');
  return result;
}

/**
 * Splits the standalone code into modules that load on demand: each top-level declaration goes into
 * the module of the set of entries (operations, named schemas) that use it, so an operation's first
 * call loads what it checks and nothing else, and no declaration is in two modules. A module imports
 * what it uses from the modules of larger sets, which are loaded whenever it is. Returns the modules
 * (`{ name, code, checks }`, `checks` mapping export names to functions) and, per entry, the modules
 * that hold its checks.
 */
function splitModules(code, entries) {
  const units = topLevelStatements(code);
  const defined = new Map();
  const exported = new Map();
  for (const unit of units) {
    const exportMatch = /^exports\.(\w+) = (\w+);$/.exec(unit.text);
    if (exportMatch) {
      exported.set(exportMatch[1], exportMatch[2]);
      continue;
    }
    const name = /^(?:const|function) ([\w$]+)/.exec(unit.text)?.[1];
    if (!name) throw new Error(`unexpected top-level statement in the standalone code: ${unit.text.slice(0, 80)}`);
    defined.set(name, unit.text);
  }
  const depsOf = new Map();
  for (const [name, text] of defined) {
    const used = new Set([...text.matchAll(/\b([A-Za-z_$][\w$]*)\b/g)].map((match) => match[1]).filter((id) => id !== name && defined.has(id)));
    depsOf.set(name, used);
  }
  // The entries reaching each declaration.
  const reachedBy = new Map([...defined.keys()].map((name) => [name, new Set()]));
  for (const [entry, checks] of Object.entries(entries)) {
    const stack = checks.map((check) => exported.get(check));
    while (stack.length > 0) {
      const name = stack.pop();
      if (reachedBy.get(name).has(entry)) continue;
      reachedBy.get(name).add(entry);
      stack.push(...depsOf.get(name));
    }
  }
  const entryNames = Object.keys(entries);
  const keyOf = (name) => entryNames.filter((entry) => reachedBy.get(name).has(entry)).join(' ');
  const groups = new Map();
  for (const name of defined.keys()) {
    const key = keyOf(name);
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(name);
  }
  let shared = 0;
  const moduleName = new Map();
  for (const key of groups.keys()) {
    const members = key.split(' ');
    moduleName.set(key, members.length === 1 ? members[0].replace(':', '.') : `shared.${shared++}`);
  }
  const moduleOfName = new Map();
  for (const [key, names] of groups) for (const name of names) moduleOfName.set(name, moduleName.get(key));
  const checksOf = new Map();
  for (const [check, fn] of exported) {
    const module = moduleOfName.get(fn);
    if (!module) continue;
    if (!checksOf.has(module)) checksOf.set(module, {});
    checksOf.get(module)[check] = fn;
  }
  const neededElsewhere = new Set();
  const modules = [...groups].map(([key, names]) => {
    const name = moduleName.get(key);
    const imports = {};
    for (const own of names) {
      for (const dep of depsOf.get(own)) {
        const from = moduleOfName.get(dep);
        if (from === name) continue;
        neededElsewhere.add(dep);
        (imports[from] ??= new Set()).add(dep);
      }
    }
    return { name, names, code: names.map((own) => defined.get(own)).join(''), localImports: imports, checks: checksOf.get(name) ?? {} };
  });
  for (const module of modules) module.shares = module.names.filter((own) => neededElsewhere.has(own));
  const loads = Object.fromEntries(
    Object.entries(entries).map(([entry, checks]) => [entry, [...new Set(checks.map((check) => moduleOfName.get(exported.get(check))))].sort()]),
  );
  return { modules: modules.map(({ names, ...module }) => module), loads };
}

/** The top-level statements of Ajv's standalone code, which has no regular expression literals or comments. */
function topLevelStatements(code) {
  const units = [];
  let depth = 0;
  let start = 0;
  let quote = null;
  for (let index = 0; index < code.length; index++) {
    const char = code[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{' || char === '[' || char === '(') depth++;
    else if (char === '}' || char === ']' || char === ')') {
      depth--;
      if (depth === 0 && char === '}' && code.startsWith('function ', start)) {
        units.push({ text: code.slice(start, index + 1) });
        start = index + 1;
      }
    } else if (char === ';' && depth === 0) {
      units.push({ text: code.slice(start, index + 1) });
      start = index + 1;
    }
  }
  if (code.slice(start).trim() !== '') throw new Error('the standalone code does not end with a complete statement');
  if (units.map((unit) => unit.text).join('') !== code) throw new Error('the standalone code did not split into statements');
  return units;
}

/** The format checks and runtime helpers of @shopclients/core the code uses. */
function coreImports(code) {
  const formats = [...new Set([...code.matchAll(/formats(?:\.([\w$]+)|\["([^"]+)"\])/g)].map((match) => match[1] ?? match[2]))].sort();
  for (const format of formats) if (!FORMATS[format]) throw new Error(`no check for format ${format}`);
  const helpers = [...Object.values(RUNTIME), APPEND_ERRORS].filter((name) => new RegExp(`\\b${name}\\b`).test(code));
  return { formats: Object.fromEntries(formats.map((format) => [format, FORMATS[format][1]])), helpers };
}
