// Rewrites an OpenAPI 3.1 document (JSON Schema 2020-12 notation) into the OpenAPI 3.0 notation our
// specs use, so that two documents that say the same thing in different notations compare equal:
//   type: [string, 'null']            → type: string, nullable: true
//   anyOf/oneOf: [S, { type: 'null' }] → S, nullable: true
//   exclusiveMinimum: 0 (a number)     → minimum: 0, exclusiveMinimum: true (likewise the maximum)
//   exclusiveMinimum: false            → (absent; it is the default)
//   const: v                           → enum: [v]
//   contentEncoding: base64            → format: byte
// Defaults that one document spells out and the other leaves implicit are made explicit: a
// parameter's `style` and `explode` (query: form, exploded; path and header: simple, not exploded).
// The `openapi` and `jsonSchemaDialect` fields are dropped: they name the notation, nothing else.

/** A normalised deep copy of `document`. */
export function toOpenApi30(document) {
  const { openapi, jsonSchemaDialect, ...rest } = document;
  return rewrite(rest);
}

function rewrite(value) {
  if (Array.isArray(value)) return value.map(rewrite);
  if (value === null || typeof value !== 'object') return value;
  const node = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, rewrite(child)]));
  return withSerialisationDefaults(normaliseSchemaKeywords(node));
}

const DEFAULT_STYLE = { query: 'form', cookie: 'form', path: 'simple', header: 'simple' };

function withSerialisationDefaults(node) {
  if (typeof node.name !== 'string' || !(node.in in DEFAULT_STYLE)) return node;
  const style = node.style ?? DEFAULT_STYLE[node.in];
  return { ...node, style, explode: node.explode ?? style === 'form' };
}

const isNullSchema = (schema) => schema && typeof schema === 'object' && schema.type === 'null' && Object.keys(schema).length === 1;

function normaliseSchemaKeywords(node) {
  if (Array.isArray(node.type)) {
    const types = node.type.filter((type) => type !== 'null');
    if (types.length < node.type.length) node.nullable = true;
    node.type = types.length === 1 ? types[0] : types;
  }
  for (const keyword of ['anyOf', 'oneOf']) {
    const variants = node[keyword];
    if (!Array.isArray(variants) || !variants.some(isNullSchema)) continue;
    const others = variants.filter((variant) => !isNullSchema(variant));
    delete node[keyword];
    node.nullable = true;
    if (others.length === 1) Object.assign(node, others[0].$ref ? { allOf: [others[0]] } : others[0]);
    else node[keyword] = others;
  }
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ]) {
    if (typeof node[exclusive] === 'number') {
      node[bound] = node[exclusive];
      node[exclusive] = true;
    } else if (node[exclusive] === false) {
      delete node[exclusive];
    }
  }
  if ('const' in node && !('enum' in node)) {
    node.enum = [node.const];
    delete node.const;
  }
  if (node.contentEncoding === 'base64' && node.format === undefined) {
    node.format = 'byte';
    delete node.contentEncoding;
  }
  return node;
}
