import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ValidationIssue } from './issues.js';

/**
 * A Standard Schema (v1) over one of the spec's checks, so the same rules serve any
 * Standard-Schema-aware library (form libraries, tRPC, …) and a plain `validate` call. `load`, if
 * given, loads the check before its first use.
 */
export function standardSchema<T>(check: (value: unknown) => ValidationIssue[], load?: () => Promise<void> | undefined): StandardSchemaV1<T, T> {
  const result = (value: unknown): StandardSchemaV1.Result<T> => {
    const issues = check(value);
    if (issues.length === 0) return { value: value as T };
    // Issue paths start with the part checked (`value`); Standard Schema's start inside the value.
    return { issues: issues.map((issue) => ({ message: issue.message, path: issue.path.slice(1) })) };
  };
  return {
    '~standard': {
      version: 1,
      vendor: 'shopclients',
      // Synchronous once the check is loaded; its first use may load it (Standard Schema allows a promise).
      validate(value) {
        const loading = load?.();
        return loading ? loading.then(() => result(value)) : result(value);
      },
    },
  };
}
