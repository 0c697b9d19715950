import type { RequestIssue } from '../errors.js';
import type { ValidationIssue } from './issues.js';

/** How the caller names what the spec calls the body and the parameters, for error messages. */
export interface ArgumentNames {
  /** The caller's name of the body, e.g. `order` (default `body`). */
  readonly body?: string;
  /** Parameters the caller names differently, e.g. `{ 'shopOrderCreationDate[gte]': 'createdFrom' }`. */
  readonly parameters?: Readonly<Record<string, string>>;
}

/** The issues with each path in the caller's words: `order.items[2].quantity`, `limit`. */
export function inCallerTerms(issues: readonly ValidationIssue[], names: ArgumentNames = {}): RequestIssue[] {
  return issues.map((issue) => ({ ...issue, argument: argumentOf(issue.path, names) }));
}

function argumentOf(path: readonly (string | number)[], names: ArgumentNames): string {
  const [part, first, ...rest] = path;
  let argument: string;
  let tail = rest;
  if (part === 'body') {
    argument = names.body ?? 'body';
    tail = first === undefined ? [] : [first, ...rest];
  } else {
    argument = names.parameters?.[String(first)] ?? String(first);
  }
  for (const segment of tail) argument += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return argument;
}
