import fc, { type Arbitrary } from 'fast-check';

/** The part of a JSON Schema (OpenAPI 3.0 dialect) the generator understands. */
export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  readOnly?: boolean;
  nullable?: boolean;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

export interface ArbitraryOptions {
  /** Turns `$ref`s into schemas. */
  resolve: (schema: Schema) => Schema;
  /** A generator for schemas the caller knows better, e.g. a pattern that stands for a real date. */
  override?: (schema: Schema) => Arbitrary<unknown> | undefined;
}

const MAX_DEPTH = 8;

/**
 * Generates values that are valid against a request schema: read-only properties are left out,
 * required ones always present, optional ones sometimes; `allOf` is merged and `anyOf`/`oneOf`
 * pick one branch.
 */
export function arbitraryFor(schema: Schema, options: ArbitraryOptions, depth = 0): Arbitrary<unknown> {
  const alternatives = expand(schema, options);
  if (alternatives.length === 1) return single(alternatives[0] as Schema, options, depth);
  return fc.constantFrom(...alternatives).chain((alternative) => single(alternative, options, depth));
}

/** Every fully merged alternative of a schema: `allOf` merged, `anyOf`/`oneOf` multiplied out. */
export function expand(schema: Schema, options: ArbitraryOptions): Schema[] {
  const resolved = options.resolve(schema);
  const branches = resolved.oneOf ?? resolved.anyOf;
  const { allOf, oneOf: _oneOf, anyOf: _anyOf, ...own } = resolved;
  let alternatives: Schema[] = [own];
  for (const part of allOf ?? []) {
    const partAlternatives = expand(part, options);
    alternatives = alternatives.flatMap((base) => partAlternatives.map((alternative) => merge(base, alternative)));
  }
  if (branches) {
    const branchAlternatives = branches.flatMap((branch) => expand(branch, options));
    alternatives = alternatives.flatMap((base) => branchAlternatives.map((alternative) => merge(base, alternative)));
  }
  return alternatives;
}

function merge(a: Schema, b: Schema): Schema {
  const merged: Schema = { ...a, ...b };
  if (a.properties || b.properties) {
    const properties: Record<string, Schema> = { ...a.properties };
    for (const [name, schema] of Object.entries(b.properties ?? {})) {
      properties[name] = properties[name] ? { allOf: [properties[name] as Schema, schema] } : schema;
    }
    merged.properties = properties;
  }
  if (a.required || b.required) merged.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  return merged;
}

function single(schema: Schema, options: ArbitraryOptions, depth: number): Arbitrary<unknown> {
  const custom = options.override?.(schema);
  if (custom) return custom;
  const value = arbitraryValue(schema, options, depth);
  return schema.nullable ? fc.option(value, { nil: null, freq: 10 }) : value;
}

function arbitraryValue(schema: Schema, options: ArbitraryOptions, depth: number): Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: lowerBound(schema, -1_000), max: upperBound(schema, 1_000) });
    case 'number':
      // Two decimals, like the amounts these APIs carry.
      return fc.integer({ min: Math.ceil(lowerBound(schema, -100_000) * 100), max: Math.floor(upperBound(schema, 100_000) * 100) }).map((cents) => cents / 100);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = arbitraryFor(schema.items ?? {}, options, depth + 1);
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, Math.max(schema.minItems ?? 0, 3)) };
      return schema.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints);
    }
    case 'object':
      return objectOf(schema, options, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean());
  }
}

function objectOf(schema: Schema, options: ArbitraryOptions, depth: number): Arbitrary<unknown> {
  const required = new Set(schema.required ?? []);
  const shape: Record<string, Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const resolved = options.resolve(property);
    if (resolved.readOnly || expand(resolved, options).every((alternative) => alternative.readOnly)) continue;
    if (!required.has(name) && depth >= MAX_DEPTH) continue;
    shape[name] = arbitraryFor(property, options, depth + 1);
  }
  return fc.record(shape, { requiredKeys: Object.keys(shape).filter((name) => required.has(name)) });
}

function stringOf(schema: Schema): Arbitrary<string> {
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  switch (schema.format) {
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    default: {
      const minLength = schema.minLength ?? 0;
      const maxLength = Math.min(schema.maxLength ?? 24, Math.max(minLength, 24));
      // Printable ASCII keeps length rules unambiguous (UTF-16 units and code points agree).
      return fc.string({ minLength, maxLength, unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) });
    }
  }
}

function lowerBound(schema: Schema, fallback: number): number {
  if (schema.minimum === undefined) return fallback;
  return schema.exclusiveMinimum ? schema.minimum + 1 : schema.minimum;
}

function upperBound(schema: Schema, fallback: number): number {
  if (schema.maximum === undefined) return Math.max(fallback, lowerBound(schema, fallback));
  return schema.exclusiveMaximum ? schema.maximum - 1 : schema.maximum;
}

/** One way to make a valid value invalid against its schema. */
export interface Mutation {
  description: string;
  apply: (value: Record<string, unknown>) => Record<string, unknown>;
}

const WRONG_VALUE: Record<string, unknown> = {
  string: 12_345,
  integer: 'not a number',
  number: 'not a number',
  boolean: 'yes',
  object: 'not an object',
  array: 'not a list',
};

/**
 * Mutations that make any valid value of an object schema invalid: a property required by every
 * alternative dropped, a typed property given a value of another type, an enum given a value
 * outside it.
 */
export function mutationsFor(schema: Schema, options: ArbitraryOptions): Mutation[] {
  const alternatives = expand(schema, options);
  const requiredEverywhere = (alternatives[0]?.required ?? []).filter((name) => alternatives.every((a) => a.required?.includes(name)));
  const mutations: Mutation[] = requiredEverywhere.map((name) => ({
    description: `without required ${name}`,
    apply: ({ [name]: _dropped, ...rest }) => rest,
  }));
  for (const name of requiredEverywhere) {
    const propertyAlternatives = alternatives.flatMap((a) => (a.properties?.[name] ? expand(a.properties[name] as Schema, options) : []));
    const types = new Set(propertyAlternatives.map((p) => (p.enum ? 'enum' : p.type)));
    if (types.size !== 1) continue;
    const [type] = [...types];
    if (type === 'enum') {
      mutations.push({ description: `${name} outside its enum`, apply: (value) => ({ ...value, [name]: 'NOT_IN_THE_ENUM' }) });
    } else if (type && type in WRONG_VALUE && !propertyAlternatives.some((p) => p.nullable)) {
      mutations.push({ description: `${name} of the wrong type`, apply: (value) => ({ ...value, [name]: WRONG_VALUE[type] }) });
    }
  }
  return mutations;
}
