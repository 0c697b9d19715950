/** What an error knows about the call that failed. Never carries credentials. */
import type { ErrorDetail } from './error-details.js';
import { redactHeaders } from './redact.js';
import type { ValidationIssue } from './validation/validation-issue.js';

// Node's (and Bun's and Deno's) hook for `util.inspect` and `console.log`; no import of node:util needed.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
type Inspect = (value: unknown, options?: unknown) => string;

export interface RequestSummary {
  readonly method: string;
  readonly url: string;
}

export interface ApiErrorInit {
  /** The spec's operationId of the call that failed. */
  operation: string;
  request: RequestSummary;
  status?: number | undefined;
  /** The response body: parsed JSON when it was JSON, else the raw text. */
  body?: unknown;
  headers?: Headers | undefined;
  /** How many attempts were made before giving up. */
  attempts?: number;
  /** The problems the body lists, as the API's wrapper reads them. */
  details?: ErrorDetail[];
  cause?: unknown;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid'];

/** The request id a server or proxy put in the response headers, if any. */
export function requestIdOf(headers: Headers | undefined): string | undefined {
  if (!headers) return undefined;
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * The root of every error the @shopclients packages throw: `catch (e) { if (e instanceof ShopclientsError) … }`
 * catches each of them and nothing else.
 */
export class ShopclientsError extends Error {
  override name = 'ShopclientsError';
}

/**
 * The server does not have the operation: it answered 404 or 405 on the operation's path, as a
 * server of an older version of the API does. Thrown instead of the `NotFoundError` or `ApiError`,
 * which is kept as `cause`. `message` says which version the operation needs.
 */
export class UnsupportedOperationError extends ShopclientsError {
  override name = 'UnsupportedOperationError';
  /** The spec's operationId of the call. */
  readonly operation: string;

  constructor(operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.operation = operation;
  }
}

/**
 * Base of every error a client throws for a call that was sent (or tried to be sent):
 * HTTP errors carry `status`, `body` and `headers`; connection-level errors have no status.
 */
export class ApiError extends ShopclientsError {
  override name = 'ApiError';
  readonly operation: string;
  readonly request: RequestSummary;
  readonly status: number | undefined;
  readonly body: unknown;
  readonly headers: Headers;
  readonly requestId: string | undefined;
  readonly attempts: number;
  /** The problems the error body lists, e.g. `[{ code, message, value }]`; empty when it lists none. */
  readonly details: readonly ErrorDetail[];

  constructor(message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.operation = init.operation;
    this.request = init.request;
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers ?? new Headers();
    this.requestId = requestIdOf(init.headers);
    this.attempts = init.attempts ?? 1;
    this.details = init.details ?? [];
  }

  /** A plain, secret-free view for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      operation: this.operation,
      request: this.request,
      status: this.status,
      requestId: this.requestId,
      attempts: this.attempts,
      details: this.details,
      body: this.body,
    };
  }

  /**
   * What `console.log(error)` and `util.inspect(error)` print: the stack, then the call's facts with the
   * headers as a plain object (a `Headers` prints as `Headers {}`) and credential headers masked.
   */
  [INSPECT](_depth: number, options: unknown, inspect?: Inspect): string {
    const facts: Record<string, unknown> = {
      status: this.status,
      operation: this.operation,
      requestId: this.requestId,
      request: `${this.request.method} ${this.request.url}`,
      attempts: this.attempts,
      headers: redactHeaders(this.headers),
      details: this.details,
      body: this.body,
    };
    if (this.cause !== undefined) facts.cause = this.cause;
    const format = inspect ?? ((value: unknown) => JSON.stringify(value, null, 2));
    return `${this.stack ?? `${this.name}: ${this.message}`} ${format(facts, options)}`;
  }
}

/** 400: the server rejected the request's content (its own check, not the client's: see `RequestValidationError`). */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
/** @deprecated Renamed `BadRequestError`, so it is not mistaken for the client's own checks; this alias will be removed. */
export const ValidationError = BadRequestError;
/** @deprecated Renamed `BadRequestError`. */
export type ValidationError = BadRequestError;
/** 401: credentials missing or wrong. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
/** 403: credentials valid but not allowed to do this. */
export class PermissionError extends ApiError {
  override name = 'PermissionError';
}
/** 404: the resource does not exist. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
/** 429: too many requests. The server's `Retry-After` is in `headers`. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
/** 5xx: the server failed. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}
/** A 2xx response whose body could not be used (not JSON, truncated, empty where content was due). */
export class InvalidResponseError extends ApiError {
  override name = 'InvalidResponseError';
}
/** The request never got a complete response: DNS, refused or reset connection, broken body. */
export class ConnectionError extends ApiError {
  override name = 'ConnectionError';
}
/** No response within the configured timeout. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}
/** The caller's `AbortSignal` fired. */
export class AbortError extends ApiError {
  override name = 'AbortError';
}

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** The error class for an HTTP status that is not a success. */
export function errorClassForStatus(status: number): typeof ApiError {
  return BY_STATUS[status] ?? (status >= 500 ? ServerError : ApiError);
}

/**
 * Thrown before anything is sent when an argument cannot make a valid request.
 * `argument` names the offending argument, e.g. `orderNumber` or `order.items[2].quantity`.
 */
export class InvalidArgumentError extends ShopclientsError {
  override name = 'InvalidArgumentError';
  readonly argument: string;

  constructor(argument: string, problem: string) {
    super(`Invalid argument \`${argument}\`: ${problem}`);
    this.argument = argument;
  }
}

/** Issues as a message: the first few, each with where it is, and how many more there are (`omitted` of them not listed). */
function describeIssues<Issue extends ValidationIssue>(issues: readonly Issue[], where: (issue: Issue) => string, omitted = 0): string {
  const shown = issues.slice(0, 3).map((issue) => `\`${where(issue)}\` ${issue.message}`);
  const rest = issues.length - shown.length + omitted;
  const more = rest > 0 ? `; and ${rest} more` : '';
  return `${shown.join('; ')}${more}`;
}

/** A request issue whose path the wrapper has put in the caller's words, e.g. `order.items[2].quantity`. */
export interface RequestIssue extends ValidationIssue {
  /** The path as the caller wrote it: `order.invoiceAddress.location.type`, `options.limit`. */
  readonly argument: string;
}

/**
 * Thrown before anything is sent when a request breaks the spec (the client's own check, from the
 * spec's validators). `issues` lists every problem; `argument` names the first. An
 * `InvalidArgumentError`, so one handler serves both.
 */
export class RequestValidationError extends InvalidArgumentError {
  override name = 'RequestValidationError';
  readonly issues: readonly RequestIssue[];

  constructor(operation: string, issues: readonly RequestIssue[]) {
    super(issues[0]?.argument ?? 'request', 'breaks the spec');
    this.message = `${operation}: ${describeIssues(issues, (issue) => issue.argument)} (nothing was sent)`;
    this.issues = issues;
  }
}

/** A success whose body breaks the spec (the client's check of the answer, with `validateResponses: 'strict'`). */
export class ResponseValidationError extends InvalidResponseError {
  override name = 'ResponseValidationError';
  /** The first issues found (at most 100), in the order found. */
  readonly issues: readonly ValidationIssue[];
  /** How many more issues the answer had than `issues` lists. */
  readonly omittedIssues: number;

  constructor(init: ApiErrorInit & { issues: readonly ValidationIssue[]; omittedIssues?: number | undefined }) {
    const omitted = init.omittedIssues ?? 0;
    super(`${init.operation}: the ${init.status} response breaks the spec: ${describeIssues(init.issues, (issue) => issue.path.join('.'), omitted)}`, init);
    this.issues = init.issues;
    this.omittedIssues = omitted;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues, omittedIssues: this.omittedIssues };
  }
}
