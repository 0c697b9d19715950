import { type OperationSpec, type OperationTable, documentedMediaTypes } from '../operations/table.js';
import { type IssueSummary, noIssues, summarizeCheck, summaryOf } from './issue-summary.js';
import { type Check, type ValidationIssue, issuesOf } from './issues.js';

/** The checks of one operation, by the generated validators' export names. */
export interface OperationChecks {
  readonly request: { readonly path?: string; readonly query?: string; readonly body?: string };
  /** Status → media type → check (null: any body). */
  readonly responses: { readonly [status: string]: { readonly [mediaType: string]: string | null } };
}

/** A generated module of checks, by the names `OperationChecks` and the schema checks use. */
export interface CheckModule {
  readonly checks: Readonly<Record<string, Check>>;
}

/** Loads the modules that hold one operation's (or one schema's) checks. */
export type CheckLoader = () => Promise<readonly CheckModule[]>;

/**
 * A types package's generated validators, with the operation table they check: either every check
 * at once (`checks`), or a loader per operation and per named schema, which `load` and `loadSchema`
 * call on first use, so that a client parses only the checks of the operations it calls.
 */
export interface GeneratedValidators<Table extends OperationTable, Schemas extends Record<string, string>> {
  readonly operations: Table;
  readonly operationChecks: { readonly [Id in keyof Table]: OperationChecks };
  readonly schemaChecks: Schemas;
  readonly checks?: Readonly<Record<string, Check>>;
  readonly operationModules?: { readonly [Id in keyof Table]: CheckLoader };
  readonly schemaModules?: { readonly [Name in keyof Schemas]: CheckLoader };
}

/** A request as it will be sent: path and query values typed (numbers, arrays), the body as JSON. */
export interface RequestParts {
  path?: Record<string, unknown> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

export interface Validators<OperationId extends string, SchemaName extends string> {
  /**
   * Loads the checks of an operation, if they are not loaded yet: `undefined` once they are (so a
   * caller awaits nothing then). The other functions throw for an operation whose checks are not loaded.
   */
  load(operationId: OperationId): Promise<void> | undefined;
  /** Loads the check of a named schema, as `load` does for an operation. */
  loadSchema(name: SchemaName): Promise<void> | undefined;
  /** Checks a request as it will be sent. `[]` when it is valid. */
  validateRequest(operationId: OperationId, request: RequestParts): ValidationIssue[];
  /** Checks an answer; a status or media type the spec does not document is an issue too. `[]` when valid. */
  validateResponse(operationId: OperationId, status: number, mediaType: string | undefined, body: unknown): ValidationIssue[];
  /**
   * Checks an answer as `validateResponse` does, in bounded space: the first `limit` issues, each kind
   * of issue (place in the schema and rule) once with its count, and how many issues there were.
   */
  summarizeResponse(operationId: OperationId, status: number, mediaType: string | undefined, body: unknown, limit: number): IssueSummary;
  /** Checks a value against a named request body schema. */
  validateSchema(name: SchemaName, value: unknown): ValidationIssue[];
}

/** The validators of one API, from its generated module. */
export function createValidators<Table extends OperationTable, Schemas extends Record<string, string>>(
  generated: GeneratedValidators<Table, Schemas>,
): Validators<Extract<keyof Table, string>, Extract<keyof Schemas, string>> {
  const { operations, operationChecks, schemaChecks } = generated;
  const checks: Record<string, Check> = { ...generated.checks };
  const check = (name: string): Check => {
    const found = checks[name];
    if (found === undefined) throw new TypeError(`the check ${name} is not loaded: await load() of its operation or loadSchema() of its schema first`);
    return found;
  };
  // Nothing to load when every check came at once.
  const loaded = new Set<string>();
  const loading = new Map<string, Promise<void>>();
  const ensure = (key: string, loader: CheckLoader | undefined): Promise<void> | undefined => {
    if (generated.checks !== undefined || loader === undefined || loaded.has(key)) return undefined;
    let pending = loading.get(key);
    if (pending === undefined) {
      pending = loader().then(
        (modules) => {
          for (const module of modules) Object.assign(checks, module.checks);
          loaded.add(key);
          loading.delete(key);
        },
        (error: unknown) => {
          loading.delete(key);
          throw error;
        },
      );
      loading.set(key, pending);
    }
    return pending;
  };

  return {
    load(operationId) {
      return ensure(`operation:${operationId}`, generated.operationModules?.[operationId]);
    },

    loadSchema(name) {
      return ensure(`schema:${name}`, generated.schemaModules?.[name]);
    },

    validateRequest(operationId, request) {
      const operation = operationOf(operations, operationId);
      const { request: requestChecks } = operationChecks[operationId];
      const issues: ValidationIssue[] = [];
      for (const part of ['path', 'query'] as const) {
        const name = requestChecks[part];
        const { values, exact } = withExactIntegers(definedOnly(request[part] ?? {}), part);
        if (name) issues.push(...nonFinite(values, part), ...exact, ...issuesOf(check(name), values, part));
      }
      if (requestChecks.body && (request.body !== undefined || operation.bodyRequired)) {
        issues.push(
          ...(request.body === undefined
            ? [{ path: ['body'], message: 'is required', rule: 'required' }]
            : issuesOf(check(requestChecks.body), request.body, 'body')),
        );
      }
      return issues;
    },

    validateResponse(operationId, status, mediaType, body) {
      return summarizeResponse(operationId, status, mediaType, body, Infinity).issues;
    },

    summarizeResponse,

    validateSchema(name, value) {
      const checkName = schemaChecks[name];
      if (checkName === undefined) throw new TypeError(`no schema named ${String(name)}`);
      return issuesOf(check(checkName), value, 'value');
    },
  };

  // A function of its own, not a method: the types packages export each function destructured.
  function summarizeResponse(operationId: string, status: number, mediaType: string | undefined, body: unknown, limit: number): IssueSummary {
    const mediaTypes = documentedMediaTypes(operationOf(operations, operationId), status);
    if (!mediaTypes) return summaryOf({ path: ['status'], message: `${status} is not a status the spec documents for ${operationId}`, rule: 'status' }, limit);
    if (body === undefined || mediaTypes.length === 0) return noIssues();
    const declared = mediaTypes.find((candidate) => sameMediaType(candidate, mediaType));
    if (declared === undefined) {
      const message = `${mediaType ?? 'no media type'} is not what the spec documents for ${status} (${mediaTypes.join(', ')})`;
      return summaryOf({ path: ['mediaType'], message, rule: 'mediaType' }, limit);
    }
    const name = responseCheck(operationChecks[operationId as keyof Table], status)?.[declared];
    return name ? summarizeCheck(name, check(name), body, 'body', limit) : noIssues();
  }
}

function operationOf(operations: Record<string, OperationSpec>, operationId: string): OperationSpec {
  const operation = operations[operationId];
  if (!operation) throw new TypeError(`no operation named ${operationId}`);
  return operation;
}

function responseCheck(checks: OperationChecks, status: number): OperationChecks['responses'][string] | undefined {
  const { responses } = checks;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

function sameMediaType(declared: string, received: string | undefined): boolean {
  return received !== undefined && declared.toLowerCase() === (received.split(';')[0] as string).trim().toLowerCase();
}

/**
 * JSON Schema's numbers are JSON's, which have no NaN or Infinity; Ajv's `type: number` lets them
 * through, and a URL would carry them as the words `NaN` and `Infinity`. (Bodies are refused such
 * values before this, as JSON cannot carry them.)
 */
function nonFinite(values: Record<string, unknown>, part: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(values)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (typeof item === 'number' && !Number.isFinite(item)) {
        const path = Array.isArray(value) ? [part, name, index] : [part, name];
        issues.push({ path, message: `must be a finite number (got ${item})`, rule: 'type' });
      }
    });
  }
  return issues;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * A path or query value may be a `bigint`: an integer carried exactly, also beyond 2^53 (an int64
 * cursor, say), and sent as its digits. The schema is checked with a stand-in number: the value
 * itself when it is safe, else the safe integer nearest to it, which has the same type and sign (so
 * `format: int64`, whose rule is about digits a number lost, does not apply); a value outside int64
 * is an issue of its own.
 */
function withExactIntegers(values: Record<string, unknown>, part: string): { values: Record<string, unknown>; exact: ValidationIssue[] } {
  const exact: ValidationIssue[] = [];
  let checked = values;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'bigint') continue;
    if (checked === values) checked = { ...values };
    if (value < INT64_MIN || value > INT64_MAX) exact.push({ path: [part, name], message: `must be a 64-bit integer (got ${value})`, rule: 'int64' });
    checked[name] = Number(value > SAFE_MAX ? SAFE_MAX : value < -SAFE_MAX ? -SAFE_MAX : value);
  }
  return { values: checked, exact };
}

/** Parameters left undefined are not sent, so they are not checked either. */
function definedOnly(values: Record<string, unknown>): Record<string, unknown> {
  const defined: Record<string, unknown> = {};
  for (const key in values) if (values[key] !== undefined) defined[key] = values[key];
  return defined;
}
