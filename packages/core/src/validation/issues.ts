import { describeValue } from '../arguments.js';
import type { ValidationIssue } from './validation-issue.js';

export type { ValidationIssue } from './validation-issue.js';

/** One problem as Ajv's standalone code reports it (messages off). */
export interface CheckError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  /**
   * The place in the schema that raised it, the same for every instance that fails there: the
   * generator numbers each rule and each call of another check within its function, and a site
   * lists the calls followed from the check of the whole value, then the rule (`"2.0.7"`).
   */
  site?: string;
}

/** A compiled check: true when valid, else `errors` says why. */
export interface Check {
  (data: unknown): boolean;
  errors?: CheckError[] | null;
}

/** Runs `check` on `value` and reads its errors as issues under `root` (e.g. `'body'`). */
export function issuesOf(check: Check, value: unknown, root: string): ValidationIssue[] {
  return errorsOf(check, value).map((error) => toIssue(error, value, root));
}

/** Runs `check` on `value`: its errors, each failed `anyOf`/`oneOf` resolved to what matters (`[]` when valid). */
export function errorsOf(check: Check, value: unknown): CheckError[] {
  return check(value) ? [] : simplify(check.errors ?? []);
}

/**
 * Ajv reports every failed branch of an `anyOf`/`oneOf`, then the `anyOf` itself. Where the branches
 * are chosen by a property's value (`addressReceiverType: PERSON` needs `person`), only the branch
 * the value chose matters: its errors are kept and the others dropped. `if` errors only repeat their
 * `then` branch's errors.
 */
function simplify(errors: readonly CheckError[]): CheckError[] {
  const out: CheckError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      out.push(error);
      continue;
    }
    let start = out.length;
    while (start > 0 && belongsTo(out[start - 1] as CheckError, error)) start--;
    for (const kept of resolveBranches(error, out.splice(start))) out.push(kept);
  }
  return out;
}

function belongsTo(candidate: CheckError, union: CheckError): boolean {
  if (candidate.schemaPath?.startsWith(`${union.schemaPath}/`)) return true;
  return candidate.schemaPath === undefined && candidate.instancePath.startsWith(`${union.instancePath}/`);
}

function resolveBranches(union: CheckError, errors: CheckError[]): CheckError[] {
  if (errors.length === 0) return [union]; // oneOf matched more than one branch
  const branches = new Map<string, CheckError[]>();
  let current: string | undefined;
  for (const error of errors) {
    const named = error.schemaPath?.startsWith(`${union.schemaPath}/`) ? error.schemaPath.slice(union.schemaPath!.length + 1).split('/')[0] : current;
    current = named ?? '0';
    const branch = branches.get(current);
    if (branch) branch.push(error);
    else branches.set(current, [error]);
  }
  const isSelectorMiss = (error: CheckError) => (error.keyword === 'enum' || error.keyword === 'const') && isChildOf(error.instancePath, union.instancePath);
  const chosen = [...branches.values()].filter((branch) => !branch.some(isSelectorMiss));
  if (chosen.length === 1) return chosen[0] as CheckError[];

  const misses = errors.filter(isSelectorMiss);
  if (chosen.length === 0 && misses.length > 0 && misses.every((miss) => miss.instancePath === misses[0]?.instancePath)) {
    const allowed = misses.flatMap((miss) => (miss.params.allowedValues as unknown[] | undefined) ?? [miss.params.allowedValue]);
    return [{ ...(misses[0] as CheckError), keyword: 'enum', params: { allowedValues: [...new Set(allowed)] } }];
  }
  const missing = [...branches.values()].map((branch) =>
    branch.length === 1 && branch[0]?.keyword === 'required' && branch[0].instancePath === union.instancePath ? branch[0].params.missingProperty : undefined,
  );
  if (missing.every((name) => typeof name === 'string')) {
    return [{ ...union, params: { oneOfRequired: missing } }];
  }
  return [union];
}

const isChildOf = (path: string, parent: string) => path.startsWith(`${parent}/`) && !path.slice(parent.length + 1).includes('/');

/** One error as an issue: its path from `part` (e.g. `'body'`) and a message that quotes the value found in `root`. */
export function toIssue(error: CheckError, root: unknown, part: string): ValidationIssue {
  const { segments, value } = locate(root, error.instancePath);
  const { keyword, params } = error;
  const where = (name: unknown) => [part, ...segments, String(name)];
  switch (keyword) {
    case 'required':
      return { path: where(params.missingProperty), message: 'is required', rule: keyword };
    case 'additionalProperties':
      return { path: where(params.additionalProperty), message: 'is not a property the spec allows here', rule: keyword };
    case 'format':
      if (params.format === 'int64' && typeof value === 'number' && Number.isInteger(value)) {
        return { path: [part, ...segments], message: `${value} is beyond ±2^53: JavaScript cannot represent it exactly, so digits were lost`, rule: 'int64' };
      }
      return { path: [part, ...segments], message: `must be a valid ${params.format} (got ${describeValue(value)})`, rule: keyword };
    case 'anyOf':
    case 'oneOf':
      return { path: [part, ...segments], message: unionMessage(keyword, params), rule: keyword };
    default:
      return { path: [part, ...segments], message: `${ruleMessage(keyword, params)} (got ${describeValue(value)})`, rule: keyword };
  }
}

function unionMessage(keyword: string, params: Record<string, unknown>): string {
  if (Array.isArray(params.oneOfRequired)) return `needs at least one of: ${params.oneOfRequired.join(', ')}`;
  if (keyword === 'oneOf' && params.passingSchemas) return 'matches more than one of the shapes the spec allows here';
  return 'matches none of the shapes the spec allows here';
}

function ruleMessage(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'type':
      return `must be ${params.type === 'integer' ? 'a whole number' : `of type ${params.type}`}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'maxLength':
      return `must be at most ${params.limit} characters`;
    case 'minLength':
      return `must be at least ${params.limit} characters`;
    case 'maxItems':
      return `must have at most ${params.limit} items`;
    case 'minItems':
      return `must have at least ${params.limit} items`;
    case 'uniqueItems':
      return `must not repeat an item (items ${params.j} and ${params.i} are equal)`;
    case 'pattern':
      return `must match ${params.pattern}`;
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `must be ${params.comparison} ${params.limit}`;
    case 'multipleOf':
      return `must be a multiple of ${params.multipleOf}`;
    default:
      return `breaks the rule "${keyword}"`;
  }
}

/** The path of a JSON pointer (array indexes as numbers) and the value it points at. */
function locate(root: unknown, pointer: string): { segments: (string | number)[]; value: unknown } {
  const segments: (string | number)[] = [];
  let value = root;
  for (const token of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    const segment = Array.isArray(value) ? Number(key) : key;
    segments.push(segment);
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return { segments, value };
}
