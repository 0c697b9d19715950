import { InvalidArgumentError, type RequestSummary, ResponseValidationError, requestIdOf } from '../errors.js';
import type { SafeLog } from '../logger.js';
import { redactHeaderValues, redactValue } from '../redact.js';
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
  readonly issue: ValidationIssue;
  /** The offending value, redacted and shortened. */
  readonly sample: unknown;
}

const MODES: readonly ResponseValidationMode[] = ['off', 'warn', 'strict'];
// Enough for every path of every operation of a real API; past it, reports stop rather than memory grow.
const MAX_REMEMBERED = 1_000;
const MAX_SAMPLE_LENGTH = 200;

export function requireResponseMode(argument: string, mode: unknown): ResponseValidationMode {
  if (MODES.includes(mode as ResponseValidationMode)) return mode as ResponseValidationMode;
  throw new InvalidArgumentError(argument, `must be one of ${MODES.join(', ')}, got ${JSON.stringify(mode)}`);
}

/** Checks successful answers against the spec and reports drift once per operation, path and rule. */
export class ResponseChecker {
  readonly #validators: Validators<string, string>;
  readonly #log: SafeLog | undefined;
  readonly #onIssue: ((report: ValidationReport) => void) | undefined;
  readonly #redact: (text: string) => string;
  readonly #reported = new Set<string>();

  constructor(validators: Validators<string, string>, log: SafeLog | undefined, onIssue: ((report: ValidationReport) => void) | undefined, redact: (text: string) => string) {
    this.#validators = validators;
    this.#log = log;
    this.#onIssue = onIssue;
    this.#redact = redact;
  }

  check(mode: ResponseValidationMode, operation: string, response: Response, body: unknown, request: RequestSummary, attempts: number): void {
    if (mode === 'off') return;
    const issues = this.#validators.validateResponse(operation, response.status, response.headers.get('content-type') ?? undefined, body);
    if (issues.length === 0) return;
    const headers = redactHeaderValues(response.headers, this.#redact);
    if (mode === 'strict') {
      throw new ResponseValidationError({
        operation,
        request,
        status: response.status,
        body: redactValue(body, this.#redact),
        headers,
        attempts,
        issues: redactValue(issues, this.#redact),
      });
    }
    for (const issue of issues) this.#report(operation, response.status, requestIdOf(headers), issue, body);
  }

  #report(operation: string, status: number, requestId: string | undefined, issue: ValidationIssue, body: unknown): void {
    const key = `${operation}\u0000${issue.path.join('\u0000')}\u0000${issue.rule}`;
    if (this.#reported.has(key) || this.#reported.size >= MAX_REMEMBERED) return;
    this.#reported.add(key);
    const report: ValidationReport = {
      operation,
      status,
      requestId,
      issue: redactValue(issue, this.#redact),
      sample: sampleOf(redactValue(valueAt(body, issue.path.slice(1)), this.#redact)),
    };
    const where = issue.path.join('.');
    this.#log?.('warn', `${operation}: the ${status} response breaks the spec at ${where}: ${issue.message} (reported once)`, {
      operation,
      path: where,
      rule: issue.rule,
      sample: report.sample,
    });
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
