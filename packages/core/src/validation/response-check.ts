import { publishValidation } from '../diagnostics.js';
import { InvalidArgumentError, type RequestSummary, ResponseValidationError, requestIdOf } from '../errors.js';
import type { SafeLog } from '../logger.js';
import { redactHeaderValues, redactValue } from '../redact.js';
import type { IssueKind } from './issue-summary.js';
import type { ValidationIssue } from './issues.js';
import type { Validators } from './validators.js';

/**
 * What to do with a response that breaks the spec: `off` checks nothing, `warn` reports each kind of
 * drift once and resolves, `strict` throws `ResponseValidationError`.
 */
export type ResponseValidationMode = 'off' | 'warn' | 'strict';

/** One kind of drift, as `onValidationIssue` receives it (redacted). */
export interface ValidationReport {
  readonly operation: string;
  readonly status: number;
  readonly requestId: string | undefined;
  /** Its first occurrence in the answer. */
  readonly issue: ValidationIssue;
  /** How many places in the answer break the spec in this way, e.g. one per item of a list. */
  readonly count: number;
  /** The offending value of the first occurrence, redacted and shortened. */
  readonly sample: unknown;
}

const MODES: readonly ResponseValidationMode[] = ['off', 'warn', 'strict'];
// The issues a `ResponseValidationError` lists; it counts the rest.
const MAX_LISTED_ISSUES = 100;
// Kinds are bounded by the spec (operation × status × place in the schema × rule), so this is never
// reached but through a recursive schema, whose places can nest as deep as the answer does.
const MAX_REMEMBERED = 10_000;
const MAX_SAMPLE_LENGTH = 200;

export function requireResponseMode(argument: string, mode: unknown): ResponseValidationMode {
  if (MODES.includes(mode as ResponseValidationMode)) return mode as ResponseValidationMode;
  throw new InvalidArgumentError(argument, `must be one of ${MODES.join(', ')}, got ${JSON.stringify(mode)}`);
}

/** Checks successful answers against the spec and reports each kind of drift once: operation, status, place in the schema and rule. */
export class ResponseChecker {
  readonly #validators: Validators<string, string>;
  readonly #log: SafeLog | undefined;
  readonly #onIssue: ((report: ValidationReport) => void) | undefined;
  readonly #redact: (text: string) => string;
  readonly #reported = new Set<string>();
  readonly #api: string;

  constructor(
    validators: Validators<string, string>,
    log: SafeLog | undefined,
    onIssue: ((report: ValidationReport) => void) | undefined,
    redact: (text: string) => string,
    api = '',
  ) {
    this.#api = api;
    this.#validators = validators;
    this.#log = log;
    this.#onIssue = onIssue;
    this.#redact = redact;
  }

  check(mode: ResponseValidationMode, operation: string, response: Response, body: unknown, request: RequestSummary, attempts: number): void {
    if (mode === 'off') return;
    const limit = mode === 'strict' ? MAX_LISTED_ISSUES : 0;
    const summary = this.#validators.summarizeResponse(operation, response.status, response.headers.get('content-type') ?? undefined, body, limit);
    if (summary.total === 0) return;
    const headers = redactHeaderValues(response.headers, this.#redact);
    if (mode === 'strict') {
      throw new ResponseValidationError({
        operation,
        request,
        status: response.status,
        body: redactValue(body, this.#redact),
        headers,
        attempts,
        issues: redactValue(summary.issues, this.#redact),
        omittedIssues: summary.total - summary.issues.length,
      });
    }
    for (const kind of summary.kinds) this.#report(operation, response.status, requestIdOf(headers), kind, body);
  }

  #report(operation: string, status: number, requestId: string | undefined, { key: kindKey, issue, count }: IssueKind, body: unknown): void {
    const key = `${operation}\u0000${status}\u0000${kindKey}`;
    if (this.#reported.has(key) || this.#reported.size >= MAX_REMEMBERED) return;
    this.#reported.add(key);
    const report: ValidationReport = {
      operation,
      status,
      requestId,
      issue: redactValue(issue, this.#redact),
      count,
      sample: sampleOf(redactValue(valueAt(body, issue.path.slice(1)), this.#redact)),
    };
    const where = report.issue.path.join('.');
    const others = count > 1 ? `; ${count - 1} more places in this answer break it the same way` : '';
    this.#log?.('warn', `${operation}: the ${status} response breaks the spec at ${where}: ${report.issue.message}${others} (reported once)`, {
      operation,
      path: where,
      rule: issue.rule,
      count,
      sample: report.sample,
    });
    publishValidation(() => ({ api: this.#api, operation, status, requestId, path: where, rule: report.issue.rule, message: report.issue.message, count }));
    try {
      this.#onIssue?.(report);
    } catch {
      // A failing callback must not turn an answered call into a failure.
    }
  }
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function sampleOf(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length <= MAX_SAMPLE_LENGTH ? value : `${text.slice(0, MAX_SAMPLE_LENGTH)}…`;
}
