import { refResolver } from '../openapi-ref.mjs';

// Turns an OpenAPI 3.0 document into the JSON Schemas Ajv validates with: one set for what a client
// sends (read-only properties left out) and one for what a server answers (write-only left out).

/** Keywords that carry no rule: left out so the generated code does not embed them. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'externalDocs', 'xml', 'title', 'deprecated', 'readOnly', 'writeOnly']);

/**
 * The components of `spec` as JSON Schema for one direction: `request` drops read-only properties,
 * `response` drops write-only ones (OpenAPI 3.0 §4.7.25.1).
 */
export function componentSchemas(spec, direction) {
  const context = contextFor(spec, direction);
  return Object.fromEntries(Object.entries(spec.components?.schemas ?? {}).map(([name, schema]) => [name, convert(schema, context)]));
}

/** One schema (a parameter's, a body's) converted the same way. */
export function convertSchema(spec, schema, direction) {
  return convert(schema, contextFor(spec, direction));
}

function contextFor(spec, direction) {
  return { hidden: direction === 'request' ? 'readOnly' : 'writeOnly', resolve: refResolver(spec) };
}

function convert(schema, context) {
  const { hidden } = context;
  if (Array.isArray(schema)) return schema.map((item) => convert(item, context));
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') return { $ref: schema.$ref };
  if (schema.discriminator && schema.oneOf) return discriminated(schema, context);

  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'discriminator') continue;
    if (key === 'properties') out.properties = visibleProperties(value, context);
    else if (key === 'required') out.required = value.filter((name) => !schema.properties?.[name]?.[hidden]);
    else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    else if (key === 'enum' || key === 'default') out[key] = value;
    else out[key] = convert(value, context);
  }
  // OpenAPI 3.0's boolean exclusiveMinimum/Maximum qualify minimum/maximum; JSON Schema wants the bound.
  if (schema.exclusiveMinimum === true) {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum === true) {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }
  if (out.required?.length === 0) delete out.required;
  return out;
}

function visibleProperties(properties, context) {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, property]) => !property?.[context.hidden])
      .map(([name, property]) => [name, convert(property, context)]),
  );
}

/**
 * A `oneOf` with a `discriminator` becomes: the tag is required and one of the variants' values, and
 * each value selects its variant (`if`/`then`). A wrong or missing tag is then one clear error naming
 * the allowed values, instead of one error per variant; a right tag reports only that variant's problems.
 * Each variant must pin the tag to one value with `enum` (as the specs do, for Prism's sake).
 */
function discriminated(schema, context) {
  const tag = schema.discriminator.propertyName;
  const { oneOf, discriminator: _discriminator, ...rest } = schema;
  const base = convert(rest, context);
  const variants = oneOf.map((variant) => ({ value: tagValueOf(context.resolve(variant).node, tag), schema: convert(variant, context) }));
  return {
    ...base,
    type: 'object',
    required: [...new Set([...(base.required ?? []), tag])],
    properties: { ...base.properties, [tag]: { type: 'string', enum: variants.map(({ value }) => value) } },
    allOf: [
      ...(base.allOf ?? []),
      ...variants.map(({ value, schema: variant }) => ({ if: { properties: { [tag]: { const: value } }, required: [tag] }, then: variant })),
    ],
  };
}

function tagValueOf(variant, tag) {
  const values = variant?.properties?.[tag]?.enum;
  if (!Array.isArray(values) || values.length !== 1) {
    throw new Error(`discriminator "${tag}": every variant must pin it with a one-value enum`);
  }
  return values[0];
}
