import type { Middleware } from 'openapi-fetch';
import { requireNumber } from './arguments.js';
import { InvalidArgumentError } from './errors.js';
import type { Logger } from './logger.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import type { FetchLike } from './retrying-fetch.js';
import type { ResponseValidationMode, ValidationReport } from './validation/response-check.js';

/** Options every client accepts. */
export interface ClientOptions {
  /** The API's base URL; each client has its own default or requires one. */
  baseUrl?: string | undefined;
  /** A `fetch` to send requests with (default: the global `fetch`). */
  fetch?: FetchLike | undefined;
  /** Milliseconds each attempt may take, body included (default 30 000). */
  timeout?: number | undefined;
  /** Retries for operations that are safe to repeat (default 2). Unsafe operations are never retried unless a call asks. */
  maxRetries?: number | undefined;
  /** Backoff tuning: first delay, cap, and the longest `Retry-After` worth waiting for. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>> | undefined;
  /** Receives redacted debug lines, retry warnings and nothing secret. */
  logger?: Logger | undefined;
  /** openapi-fetch middleware, run once per call before the request is sent. */
  middleware?: Middleware[] | undefined;
  /** Extra headers for every request. */
  headers?: Record<string, string> | undefined;
  /** Reconcile creates whose answer is lost by their natural key (default true); see the client's `api.md`. */
  reconcile?: boolean | undefined;
  /**
   * Requests this client keeps in flight at most; more wait in line (default: no limit). Whatever
   * the limit, a 429 with `Retry-After` holds every request of the client until that time.
   */
  maxConcurrency?: number | undefined;
  /**
   * Check every request against the spec before sending it (default `true`): one that breaks it throws
   * `RequestValidationError` and nothing is sent. Turn off only if the vendor relaxed a rule before our spec did.
   */
  validateRequests?: boolean | undefined;
  /**
   * Check every successful answer against the spec (default `'warn'`): `'warn'` resolves and reports each
   * kind of drift once to `logger.warn` and `onValidationIssue`; `'strict'` throws `ResponseValidationError`.
   */
  validateResponses?: ResponseValidationMode | undefined;
  /** Receives each kind of response drift once (redacted), in `'warn'` mode. */
  onValidationIssue?: ((report: ValidationReport) => void) | undefined;
  /** The most bytes a response body may have once decompressed (default 64 MiB); a larger one is an `InvalidResponseError`. */
  maxResponseBytes?: number | undefined;
}

/** Options of a single call. */
export interface RequestOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's per-attempt timeout for this call. */
  timeout?: number | undefined;
  /** Overrides the number of retries for this call, for safe and unsafe operations alike. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /** Overrides the client's `reconcile` for this call. */
  reconcile?: boolean | undefined;
  /** Overrides the client's `validateRequests` for this call. */
  validateRequests?: boolean | undefined;
  /** Overrides the client's `validateResponses` for this call. */
  validateResponses?: ResponseValidationMode | undefined;
  /** Overrides the client's `maxResponseBytes` for this call. */
  maxResponseBytes?: number | undefined;
}

// Keyed by RequestOptions, so an option added there fails the build until it is listed here.
const REQUEST_OPTION_KEYS: Record<keyof RequestOptions, true> = {
  signal: true,
  timeout: true,
  maxRetries: true,
  headers: true,
  reconcile: true,
  validateRequests: true,
  validateResponses: true,
  maxResponseBytes: true,
};
/** The option names every call accepts; a method adds its own. */
export const REQUEST_OPTIONS: readonly string[] = Object.keys(REQUEST_OPTION_KEYS);

// Timers clamp anything above 2^31 - 1 ms (about 24.8 days) to 1 ms.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A timer's milliseconds, at least `min`. */
export function requireMilliseconds(argument: string, value: number, min: number): number {
  return requireNumber(argument, value, { integer: true, min, max: MAX_TIMER_MS });
}

export function requireRetryCount(argument: string, value: number): number {
  return requireNumber(argument, value, { integer: true, min: 0, max: 100 });
}

export function requireFlag(argument: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgumentError(argument, `must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

/** The client's retry policy: its defaults, with the caller's tuning checked. */
export function requireRetryPolicy(retry: Partial<Omit<RetryPolicy, 'maxRetries'>>, maxRetries: number): RetryPolicy {
  const { initialDelayMs, maxDelayMs, maxRetryAfterMs } = { ...DEFAULT_RETRY_POLICY, ...definedOnly(retry) };
  return {
    maxRetries,
    initialDelayMs: requireMilliseconds('retry.initialDelayMs', initialDelayMs, 0),
    maxDelayMs: requireMilliseconds('retry.maxDelayMs', maxDelayMs, 0),
    maxRetryAfterMs: requireMilliseconds('retry.maxRetryAfterMs', maxRetryAfterMs, 0),
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
