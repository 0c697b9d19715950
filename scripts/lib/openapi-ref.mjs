// Follows local `$ref`s (`#/components/...`) of an OpenAPI document.

/** Returns `resolve(node)`: the node a `$ref` chain ends at, and the last `$ref` followed (if any). */
export function refResolver(spec) {
  return function resolve(node) {
    let ref;
    const followed = new Set();
    while (node && typeof node === 'object' && typeof node.$ref === 'string') {
      if (followed.has(node.$ref)) throw new Error(`circular $ref ${node.$ref}`);
      followed.add(node.$ref);
      ref = node.$ref;
      node = lookUp(spec, node.$ref);
    }
    return { node, ref };
  };
}

function lookUp(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((value, key) => {
      if (value === null || typeof value !== 'object' || !(key in value)) throw new Error(`unresolvable $ref ${ref}`);
      return value[key];
    }, spec);
}

/** `#/components/schemas/Order` → `Order`. */
export const refName = (ref) => ref.split('/').pop().replaceAll('~1', '/').replaceAll('~0', '~');
