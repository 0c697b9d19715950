/**
 * Whether a resource read back by a create's natural key is this request's resource: the fields a
 * policy names (`NaturalKey.sameResource`) compared between what was sent and what was found.
 *
 * A field is a dotted path; `[]` after a name takes every element of that list (`items[].quantity`).
 * Each field's values are compared as a sorted list, after the normalisation servers apply to what
 * they echo: numbers to six decimals (`50` and `50.0` are equal), date-times (`2026-01-01T10:00:00Z`)
 * as instants, other text without surrounding white space or regard to letter case. A field the
 * request did not send is not compared; one the request sent that the resource lacks makes the
 * comparison unknown, never a match.
 */

/** One compared field whose values differ. */
export interface FieldDifference {
  readonly field: string;
  readonly sent: unknown;
  readonly found: unknown;
}

export type Comparison =
  | { readonly kind: 'same' }
  | { readonly kind: 'different'; readonly differences: readonly FieldDifference[] }
  | { readonly kind: 'unknown'; readonly missing: readonly string[] };

const MISSING = Symbol('missing');
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function compareResource(sent: unknown, found: unknown, fields: readonly string[]): Comparison {
  const differences: FieldDifference[] = [];
  const missing: string[] = [];
  for (const field of fields) {
    const sentValues = project(sent, field).filter((value) => value !== MISSING);
    if (sentValues.length === 0) continue;
    const foundValues = project(found, field);
    if (foundValues.length === 0 || foundValues.includes(MISSING)) {
      missing.push(field);
      continue;
    }
    const same = canonical(sentValues).join('\u0000') === canonical(foundValues).join('\u0000');
    if (!same) differences.push({ field, sent: single(sentValues), found: single(foundValues) });
  }
  if (differences.length > 0) return { kind: 'different', differences };
  if (missing.length > 0) return { kind: 'unknown', missing };
  return { kind: 'same' };
}

/** The values at `field` in `value`; `MISSING` where a step of the path is absent. */
function project(value: unknown, field: string): unknown[] {
  let current: unknown[] = [value];
  for (const step of field.split('.')) {
    const list = step.endsWith('[]');
    const name = list ? step.slice(0, -2) : step;
    current = current.flatMap((item) => {
      if (item === MISSING) return [MISSING];
      const next = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[name] : undefined;
      if (next === undefined || next === null) return [MISSING];
      if (!list) return [next];
      return Array.isArray(next) ? next : [MISSING];
    });
  }
  return current;
}

function canonical(values: unknown[]): string[] {
  return values.map(normalised).sort();
}

function normalised(value: unknown): string {
  if (typeof value === 'number') return `n:${Math.round(value * 1e6) / 1e6}`;
  if (typeof value === 'string') {
    const text = value.trim();
    const instant = ISO_DATE_TIME.test(text) ? Date.parse(text) : Number.NaN;
    return Number.isNaN(instant) ? `s:${text.toLowerCase()}` : `t:${instant}`;
  }
  return `j:${JSON.stringify(value)}`;
}

function single(values: unknown[]): unknown {
  return values.length === 1 ? values[0] : values;
}
