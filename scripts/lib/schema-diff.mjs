// Compares two versions of a JSON schema of an OpenAPI document. The direction sets the level: in a
// request the client writes the data, in a response it reads it. So a schema that accepts less is
// breaking in a request, and one that may produce more is breaking in a response.
// The full rule list is in scripts/spec-diff.mjs.
import { compareAnnotations, compareUnclassified, sameJson } from './annotations.mjs';
import { refName } from './openapi-ref.mjs';

const LOWER_BOUNDS = ['minLength', 'minItems', 'minProperties', 'minimum'];
const UPPER_BOUNDS = ['maxLength', 'maxItems', 'maxProperties', 'maximum'];
const OTHER_CONSTRAINTS = ['pattern', 'multipleOf', 'uniqueItems', 'exclusiveMinimum', 'exclusiveMaximum'];
const VARIANT_KEYWORDS = ['oneOf', 'anyOf'];
const HANDLED = new Set([
  ...['type', 'nullable', 'format', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'allOf'],
  ...['readOnly', 'writeOnly', ...VARIANT_KEYWORDS, ...LOWER_BOUNDS, ...UPPER_BOUNDS, ...OTHER_CONSTRAINTS],
]);

/** The level of a change that lets the schema accept fewer values. */
const narrowed = (direction) => (direction === 'request' ? 'major' : 'minor');
/** The level of a change that lets the schema accept more values. */
const widened = (direction) => (direction === 'request' ? 'minor' : 'major');

export function compareSchemas(ctx, where, oldSchema, newSchema, direction) {
  const a = ctx.old.resolve(oldSchema);
  const b = ctx.new.resolve(newSchema);
  if (a.ref && b.ref) {
    // A named schema is compared once per direction, and reported under its own name. This also
    // stops the recursion of self-referencing schemas.
    const key = `${direction} ${a.ref} ${b.ref}`;
    if (ctx.seen.has(key)) return;
    ctx.seen.add(key);
    where = refName(b.ref);
  }
  const before = flattenAllOf(ctx.old, a.node ?? {});
  const after = flattenAllOf(ctx.new, b.node ?? {});

  compareAnnotations(ctx, where, before, after);
  const [oldType, newType] = [typeOf(before), typeOf(after)];
  if (oldType !== newType) {
    ctx.report('major', where, `type changed from ${oldType ?? 'any'} to ${newType ?? 'any'} (${direction})`);
    return;
  }
  if (!sameJson(before.format, after.format)) {
    ctx.report('major', where, `format changed from ${before.format ?? 'none'} to ${after.format ?? 'none'} (${direction})`);
  }
  if (Boolean(before.nullable) !== Boolean(after.nullable)) {
    if (after.nullable) ctx.report(widened(direction), where, `may now be null (${direction})`);
    else ctx.report(narrowed(direction), where, `may no longer be null (${direction})`);
  }
  compareEnums(ctx, where, before.enum, after.enum, direction);
  compareConstraints(ctx, where, before, after, direction);
  compareProperties(ctx, where, before, after, direction);
  compareAdditionalProperties(ctx, where, before.additionalProperties, after.additionalProperties, direction);
  if (before.items || after.items) compareSchemas(ctx, `${where}[]`, before.items ?? {}, after.items ?? {}, direction);
  for (const keyword of VARIANT_KEYWORDS) {
    compareVariants(ctx, where, keyword, inParent(before[keyword], before, oldType), inParent(after[keyword], after, newType), direction);
  }
  compareUnclassified(ctx, where, before, after, HANDLED);
}

// For a schema flattened from `allOf`, the named member each property came from. A change to
// OrderData.customerEmail is then reported once under that name, not again for each schema that
// extends OrderData.
const propertyOwners = new WeakMap();

/** Merges the members of `allOf` into one schema, so a wrapped `$ref` compares like the schema itself. */
function flattenAllOf(side, schema) {
  if (!schema.allOf) return schema;
  const { allOf, ...own } = schema;
  const properties = {};
  const owners = new Map();
  const required = new Set();
  const merged = {};
  for (const member of allOf) {
    const { node, ref } = side.resolve(member);
    const part = flattenAllOf(side, node ?? {});
    for (const name of Object.keys(part.properties ?? {})) {
      const owner = ref ? refName(ref) : propertyOwners.get(part)?.get(name);
      if (owner) owners.set(name, owner);
    }
    Object.assign(properties, part.properties);
    for (const name of part.required ?? []) required.add(name);
    Object.assign(merged, part);
  }
  for (const name of Object.keys(own.properties ?? {})) owners.delete(name);
  Object.assign(merged, own, { properties: { ...properties, ...own.properties } });
  for (const name of own.required ?? []) required.add(name);
  merged.required = [...required];
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  if (merged.required.length === 0) delete merged.required;
  propertyOwners.set(merged, owners);
  return merged;
}

function typeOf(schema) {
  if (schema.type !== undefined) return [schema.type].flat().sort().join('|');
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

const show = (value) => JSON.stringify(value);

function compareEnums(ctx, where, before, after, direction) {
  if (!before && !after) return;
  if (!before) return ctx.report(narrowed(direction), where, `now limited to ${after.map(show).join(', ')} (${direction})`);
  if (!after) return ctx.report(widened(direction), where, `no longer limited to a list of values (${direction})`);
  for (const value of before.filter((v) => !after.some((w) => sameJson(v, w)))) {
    ctx.report('major', where, `enum value ${show(value)} removed (${direction})`);
  }
  for (const value of after.filter((v) => !before.some((w) => sameJson(v, w)))) {
    const note = direction === 'response' ? '; code that switches exhaustively over this field must handle it' : '';
    ctx.report('minor', where, `enum value ${show(value)} added (${direction}${note})`);
  }
}

function compareConstraints(ctx, where, before, after, direction) {
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS, ...OTHER_CONSTRAINTS]) {
    const [a, b] = [before[key], after[key]];
    if (sameJson(a, b)) continue;
    const stricter = b !== undefined && b !== false && (a === undefined || (LOWER_BOUNDS.includes(key) ? b > a : UPPER_BOUNDS.includes(key) ? b < a : true));
    const level = stricter ? narrowed(direction) : widened(direction);
    ctx.report(level, where, `${key} changed from ${show(a) ?? 'none'} to ${show(b) ?? 'none'} (${direction})`);
  }
}

/** The properties a client sees in this direction: it never sends readOnly ones nor receives writeOnly ones. */
function visibleProperties(side, schema, direction) {
  const hidden = direction === 'request' ? 'readOnly' : 'writeOnly';
  return new Map(
    Object.entries(schema.properties ?? {}).filter(([, property]) => {
      const resolved = flattenAllOf(side, side.resolve(property).node ?? {});
      return !property[hidden] && !resolved[hidden];
    }),
  );
}

function compareProperties(ctx, where, before, after, direction) {
  const [oldProperties, newProperties] = [visibleProperties(ctx.old, before, direction), visibleProperties(ctx.new, after, direction)];
  const [wasRequired, isRequired] = [new Set(before.required), new Set(after.required)];
  const at = (name) => `${propertyOwners.get(after)?.get(name) ?? propertyOwners.get(before)?.get(name) ?? where}.${name}`;
  for (const [name, oldProperty] of oldProperties) {
    if (!newProperties.has(name)) {
      ctx.report('major', at(name), `property removed (${direction})`);
      continue;
    }
    if (!wasRequired.has(name) && isRequired.has(name)) {
      ctx.report(narrowed(direction), at(name), direction === 'request' ? 'now required (request)' : 'now always present (response)');
    }
    if (wasRequired.has(name) && !isRequired.has(name)) {
      ctx.report(widened(direction), at(name), direction === 'request' ? 'now optional (request)' : 'no longer always present (response)');
    }
    compareSchemas(ctx, at(name), oldProperty, newProperties.get(name), direction);
  }
  for (const name of newProperties.keys()) {
    if (oldProperties.has(name)) continue;
    if (direction === 'request' && isRequired.has(name)) ctx.report('major', at(name), 'new required property (request)');
    else ctx.report('minor', at(name), `${isRequired.has(name) ? 'required' : 'optional'} property added (${direction})`);
  }
}

function compareAdditionalProperties(ctx, where, before, after, direction) {
  // JSON Schema allows any additional property unless told otherwise.
  const [a, b] = [before ?? true, after ?? true];
  if (typeof a === 'object' && typeof b === 'object') return compareSchemas(ctx, `${where}{*}`, a, b, direction);
  if (sameJson(a, b)) return;
  const openness = (value) => (value === false ? 0 : value === true ? 2 : 1);
  const level = openness(b) < openness(a) ? narrowed(direction) : widened(direction);
  ctx.report(level, where, `additionalProperties changed from ${show(before) ?? 'unset'} to ${show(after) ?? 'unset'} (${direction})`);
}

/**
 * A variant only ever adds rules to its parent, so it is compared as it applies there: without a
 * `type` of its own it has the parent's, and a property it requires without declaring has the
 * parent's declaration. `{ required: [a] }` in an object schema that declares `a: string` is then
 * the same as `{ type: object, required: [a], properties: { a: { type: string } } }`.
 */
function inParent(variants, parent, parentType) {
  if (!variants) return variants;
  return variants.map((variant) => {
    if (variant.$ref) return variant;
    const inherited = Object.fromEntries(
      (variant.required ?? []).filter((name) => !variant.properties?.[name] && parent.properties?.[name]).map((name) => [name, parent.properties[name]]),
    );
    const typed = variant.type === undefined && parentType !== undefined && !parentType.includes('|') ? { type: parentType } : {};
    if (Object.keys(inherited).length === 0) return { ...typed, ...variant };
    return { ...typed, ...variant, properties: { ...inherited, ...variant.properties } };
  });
}

function compareVariants(ctx, where, keyword, before, after, direction) {
  if (!before && !after) return;
  if (!before || !after) return ctx.report('major', where, `${keyword} ${before ? 'removed' : 'added'} (${direction})`);
  const byName = (variants) => new Map(variants.map((variant, i) => [variant.$ref ? refName(variant.$ref) : `#${i}`, variant]));
  const [oldVariants, newVariants] = [byName(before), byName(after)];
  for (const [name, variant] of oldVariants) {
    if (!newVariants.has(name)) ctx.report('major', where, `${keyword} variant ${name} removed (${direction})`);
    else compareSchemas(ctx, `${where}<${name}>`, variant, newVariants.get(name), direction);
  }
  for (const name of newVariants.keys()) {
    if (oldVariants.has(name)) continue;
    const note = direction === 'response' ? '; code that handles each variant must handle it' : '';
    ctx.report('minor', where, `${keyword} variant ${name} added (${direction}${note})`);
  }
}
