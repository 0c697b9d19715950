// classify(oldSpec, newSpec): the changes between two versions of an OpenAPI document, each with the
// semver level it needs, and the bump they add up to. The rules are listed in scripts/spec-diff.mjs.
import { compareAnnotations, compareUnclassified, sameJson } from './annotations.mjs';
import { refResolver } from './openapi-ref.mjs';
import { compareSchemas } from './schema-diff.mjs';

export const LEVELS = ['none', 'patch', 'minor', 'major'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Sections whose entries become named types in the generated `components`.
const TYPED_COMPONENTS = ['schemas', 'parameters', 'responses', 'requestBodies', 'headers'];

/**
 * @returns {{ changes: { level: 'major' | 'minor' | 'patch', where: string, what: string }[], bump: string }}
 *   the changes, most severe first, and the suggested bump: `major`, `minor`, `patch` or `none`.
 */
export function classify(oldSpec, newSpec) {
  const changes = [];
  const ctx = {
    old: { spec: oldSpec, resolve: refResolver(oldSpec) },
    new: { spec: newSpec, resolve: refResolver(newSpec) },
    seen: new Set(),
    report: (level, where, what) => changes.push({ level, where, what }),
  };
  compareAnnotations(ctx, 'info', oldSpec.info, newSpec.info, ['version', 'license', 'contact', 'termsOfService']);
  compareAnnotations(ctx, 'document', oldSpec, newSpec, ['tags']);
  if (!sameJson(oldSpec.servers, newSpec.servers)) ctx.report('minor', 'servers', "changed (check the clients' default base URL)");
  if (!sameJson(oldSpec.security, newSpec.security)) ctx.report('major', 'security', 'global security requirements changed');
  compareNamed(ctx, 'components.securitySchemes', oldSpec.components?.securitySchemes, newSpec.components?.securitySchemes, 'major');
  for (const section of TYPED_COMPONENTS) compareComponentNames(ctx, section);
  compareNamed(ctx, 'components.examples', oldSpec.components?.examples, newSpec.components?.examples, 'patch');
  comparePaths(ctx, oldSpec.paths ?? {}, newSpec.paths ?? {});
  const handled = new Set(['info', 'tags', 'servers', 'security', 'components', 'paths']);
  compareUnclassified(ctx, 'document', oldSpec, newSpec, handled);
  const handledComponents = new Set([...TYPED_COMPONENTS, 'securitySchemes', 'examples']);
  compareUnclassified(ctx, 'components', oldSpec.components, newSpec.components, handledComponents);
  return summarize(changes);
}

function summarize(changes) {
  const unique = [...new Map(changes.map((change) => [`${change.level} ${change.where} ${change.what}`, change])).values()];
  const rank = (change) => LEVELS.indexOf(change.level);
  unique.sort((a, b) => rank(b) - rank(a));
  return { changes: unique, bump: unique.length === 0 ? 'none' : unique[0].level };
}

/** Removing a component that has a generated type removes that type; its content is compared where it is used. */
function compareComponentNames(ctx, section) {
  const before = Object.keys(ctx.old.spec.components?.[section] ?? {});
  const after = Object.keys(ctx.new.spec.components?.[section] ?? {});
  for (const name of before.filter((n) => !after.includes(n))) {
    ctx.report('major', `components.${section}.${name}`, `removed (its generated type components['${section}']['${name}'] disappears)`);
  }
  for (const name of after.filter((n) => !before.includes(n))) ctx.report('minor', `components.${section}.${name}`, 'added');
}

/** Entries of a map compared as a whole: removed or changed at `level`, added at most minor. */
function compareNamed(ctx, where, before = {}, after = {}, level) {
  for (const [name, value] of Object.entries(before)) {
    if (!(name in after)) ctx.report(level, `${where}.${name}`, 'removed');
    else if (!sameJson(value, after[name])) ctx.report(level, `${where}.${name}`, 'changed');
  }
  const addedLevel = level === 'patch' ? 'patch' : 'minor';
  for (const name of Object.keys(after).filter((n) => !(n in before))) ctx.report(addedLevel, `${where}.${name}`, 'added');
}

// `/order/{id}` and `/order/{orderNumber}` are the same path; only the parameter name differs.
const pathKey = (path) => path.replace(/\{[^}]*\}/g, '{}');
const operationsOf = (item) => METHODS.filter((m) => item[m]).map((m) => item[m].operationId ?? m.toUpperCase());

function comparePaths(ctx, oldPaths, newPaths) {
  const newByKey = new Map(Object.keys(newPaths).map((path) => [pathKey(path), path]));
  const oldKeys = new Set(Object.keys(oldPaths).map(pathKey));
  for (const [oldPath, oldItem] of Object.entries(oldPaths)) {
    const newPath = newByKey.get(pathKey(oldPath));
    if (!newPath) {
      ctx.report('major', oldPath, `path removed with its operations ${operationsOf(oldItem).join(', ')}`);
      continue;
    }
    const newItem = newPaths[newPath];
    compareAnnotations(ctx, newPath, oldItem, newItem);
    for (const method of METHODS) {
      const [before, after] = [oldItem[method], newItem[method]];
      const where = `${method.toUpperCase()} ${newPath}`;
      if (before && !after) ctx.report('major', where, `operation ${before.operationId ?? ''} removed`);
      if (!before && after) ctx.report('minor', where, `operation ${after.operationId ?? ''} added`);
      if (before && after) compareOperation(ctx, where, [oldItem, before], [newItem, after]);
    }
  }
  for (const [newPath, newItem] of Object.entries(newPaths)) {
    if (!oldKeys.has(pathKey(newPath))) ctx.report('minor', newPath, `path added with its operations ${operationsOf(newItem).join(', ')}`);
  }
}

function compareOperation(ctx, where, [oldItem, before], [newItem, after]) {
  if (before.operationId !== after.operationId) {
    ctx.report('major', where, `operationId renamed from ${before.operationId} to ${after.operationId} (the generated operations['…'] key changes)`);
  }
  compareAnnotations(ctx, where, before, after, ['tags']);
  compareParameters(ctx, where, parametersOf(ctx.old, oldItem, before), parametersOf(ctx.new, newItem, after));
  compareRequestBodies(ctx, `${where} request body`, ctx.old.resolve(before.requestBody).node, ctx.new.resolve(after.requestBody).node);
  compareResponses(ctx, where, before.responses ?? {}, after.responses ?? {});
  if (!sameJson(before.security, after.security)) ctx.report('major', where, 'security requirements changed');
  const handled = new Set(['operationId', 'tags', 'parameters', 'requestBody', 'responses', 'security']);
  compareUnclassified(ctx, where, before, after, handled);
}

/** Path-level and operation-level parameters, keyed by location and name (headers ignore case). */
function parametersOf(side, pathItem, operation) {
  const parameters = new Map();
  for (const reference of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = side.resolve(reference).node;
    const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
    parameters.set(`${parameter.in} ${name}`, parameter);
  }
  return parameters;
}

function compareParameters(ctx, where, before, after) {
  for (const [key, parameter] of before) {
    const at = `${where} ${parameter.in} parameter ${parameter.name}`;
    const next = after.get(key);
    if (!next) {
      ctx.report('major', at, 'removed');
      continue;
    }
    if (!parameter.required && next.required) ctx.report('major', at, 'now required');
    if (parameter.required && !next.required) ctx.report('minor', at, 'now optional');
    compareAnnotations(ctx, at, parameter, next);
    compareSchemas(ctx, at, parameter.schema ?? {}, next.schema ?? {}, 'request');
    compareUnclassified(ctx, at, parameter, next, new Set(['name', 'in', 'required', 'schema']));
  }
  for (const [key, parameter] of after) {
    if (before.has(key)) continue;
    const at = `${where} ${parameter.in} parameter ${parameter.name}`;
    if (parameter.required) ctx.report('major', at, 'new required parameter');
    else ctx.report('minor', at, 'optional parameter added');
  }
}

function compareRequestBodies(ctx, where, before, after) {
  if (!before && !after) return;
  if (!before) return ctx.report(after.required ? 'major' : 'minor', where, after.required ? 'new required request body' : 'optional request body added');
  if (!after) return ctx.report('major', where, 'removed');
  if (!before.required && after.required) ctx.report('major', where, 'now required');
  if (before.required && !after.required) ctx.report('minor', where, 'now optional');
  compareAnnotations(ctx, where, before, after);
  compareContent(ctx, where, before.content, after.content, 'request', 'major');
}

// `default` usually describes errors, so it counts with them.
const isSuccess = (status) => /^[123]/.test(status);

function compareResponses(ctx, where, before, after) {
  for (const [status, reference] of Object.entries(before)) {
    const at = `${where} response ${status}`;
    if (!(status in after)) {
      if (isSuccess(status)) ctx.report('major', at, 'success response removed');
      else ctx.report('minor', at, 'error response removed');
      continue;
    }
    const [a, b] = [ctx.old.resolve(reference).node, ctx.new.resolve(after[status]).node];
    compareAnnotations(ctx, at, a, b);
    compareContent(ctx, at, a.content, b.content, 'response', isSuccess(status) ? 'major' : 'minor');
    compareUnclassified(ctx, at, a, b, new Set(['content']));
  }
  for (const status of Object.keys(after).filter((s) => !(s in before))) ctx.report('minor', `${where} response ${status}`, 'response added');
}

function compareContent(ctx, where, before = {}, after = {}, direction, removedLevel) {
  for (const [mediaType, media] of Object.entries(before)) {
    if (!(mediaType in after)) {
      ctx.report(removedLevel, where, `media type ${mediaType} removed`);
      continue;
    }
    compareAnnotations(ctx, `${where} ${mediaType}`, media, after[mediaType]);
    compareSchemas(ctx, `${where} ${mediaType}`, media.schema ?? {}, after[mediaType].schema ?? {}, direction);
  }
  for (const mediaType of Object.keys(after).filter((m) => !(m in before))) ctx.report('minor', where, `media type ${mediaType} added`);
}
