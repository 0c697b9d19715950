// Documentation-only parts of an OpenAPI object (summary, description, examples...). Changing them
// changes no client's behaviour or types, so they need a patch release at most.
import { isDeepStrictEqual } from 'node:util';

export const ANNOTATION_KEYS = ['summary', 'description', 'title', 'example', 'examples', 'externalDocs', 'deprecated'];

export const isAnnotation = (key) => ANNOTATION_KEYS.includes(key) || key.startsWith('x-');

export const sameJson = (a, b) => isDeepStrictEqual(a, b);

/** Reports changed annotations of `before` → `after`; `extraKeys` are compared the same way. */
export function compareAnnotations(ctx, where, before = {}, after = {}, extraKeys = []) {
  const extensions = [...Object.keys(before), ...Object.keys(after)].filter((key) => key.startsWith('x-'));
  for (const key of new Set([...ANNOTATION_KEYS, ...extraKeys, ...extensions])) {
    const [a, b] = [before[key], after[key]];
    if (sameJson(a, b)) continue;
    if (key === 'deprecated' && b && !a) ctx.report('minor', where, 'deprecated');
    else ctx.report('patch', where, `${key} ${a === undefined ? 'added' : b === undefined ? 'removed' : 'changed'}`);
  }
}

/** Reports every other key that differs, for changes no rule covers. */
export function compareUnclassified(ctx, where, before = {}, after = {}, handledKeys) {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (handledKeys.has(key) || isAnnotation(key) || sameJson(before[key], after[key])) continue;
    ctx.report('minor', where, `${key} changed (no rule for this; review by hand)`);
  }
}
