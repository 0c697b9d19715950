// A declaration of its own: errors.ts needs it, and issues.ts (which builds issues) needs arguments.ts,
// which needs errors.ts.
/** One way a request or response breaks the spec. */
export interface ValidationIssue {
  /** Where, from the part checked: `['body', 'invoiceAddress', 'location', 'type']`, `['query', 'limit']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain words: `must be one of: A, B (got "C")`. */
  readonly message: string;
  /** The rule that failed: `required`, `type`, `enum`, `format`, `maxLength`, `additionalProperties`, `int64`, `anyOf`, … */
  readonly rule: string;
}
