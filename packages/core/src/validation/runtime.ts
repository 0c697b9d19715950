// The helpers Ajv's standalone code calls at run time: two in place of `ajv/dist/runtime/*`, and one
// in place of its `concat` of a referenced schema's errors.
import type { CheckError } from './issues.js';

/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength`. */
export function ucs2length(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    length++;
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if ((next & 0xfc00) === 0xdc00) index++;
    }
  }
  return length;
}

/** Deep equality of JSON values, for `enum`/`const` of objects and `uniqueItems`. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Adds the errors of a referenced schema's check to the caller's list, in place: Ajv's own `concat`
 * copies the list for every failing item, so a list whose every item drifts took quadratic time.
 * Each error's `site` is prefixed with the call's `site`, so that it names the place in the schema
 * from the check of the whole value: the same place for every item of a list, another for each place
 * a schema is used.
 */
export function appendErrors(into: CheckError[] | null, errors: CheckError[], site: string): CheckError[] {
  const list = into ?? errors;
  for (const error of errors) {
    error.site = `${site}.${error.site}`;
    if (list !== errors) list.push(error);
  }
  return list;
}
