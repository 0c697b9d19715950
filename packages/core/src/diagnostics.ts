/**
 * Events on Node's `diagnostics_channel`, for APMs and `@shopclients/otel`. All channel logic lives
 * here, so each place that reports something calls one function. The module is looked up at run time
 * (`process.getBuiltinModule`), never imported: where it is missing (browsers, workerd without
 * `nodejs_compat`, Node before 20.16), nothing is published and nothing breaks. Nothing is done
 * unless someone subscribes. The channels and their fields are a documented, stable interface
 * (README, "Diagnostics channels").
 */
import type { ApiError, RequestSummary } from './errors.js';
import { requestIdOf } from './errors.js';

/** The context of `shopclients:call`, a TracingChannel around every client call. */
export interface CallMessage {
  /** `'komfortkasse'` or `'iom-order'`. */
  readonly api: string;
  /** The operationId. */
  readonly operation: string;
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The URL the call went to, redacted; set once the request was built (a call refused before sending has none). */
  url?: string;
  /** Once settled: the status of the answer that decided the call (a reconciled create's: its read-back's). */
  status?: number;
  /** Once settled: HTTP attempts of this call (a reconciled create's: attempts of its create requests). */
  attempts?: number;
  /** Once settled: the request id the server sent, if any. */
  requestId?: string | undefined;
  /** Once settled: on a create reconciled by its natural key, whether the answer was read back (`true`) or not. */
  reconciled?: boolean;
  /** Set by the TracingChannel when the call throws: a `ShopclientsError` (redacted) or what a custom fetch threw. */
  error?: unknown;
}

/** Why the client waits before the next attempt. */
export type RetryReason =
  /** Backoff after a retryable status (408, 429, 5xx … without `Retry-After`). */
  | 'status'
  /** The server's `Retry-After`. */
  | 'retry-after'
  /** Backoff after a connection failure or timeout. */
  | 'connection';

/**
 * The context of `shopclients:attempt`, a TracingChannel around every HTTP attempt (with retries,
 * one call has several). Its `start` runs before the request is sent: subscribers may add headers to
 * `headers`, and they are sent with this attempt (that is how `traceparent` gets in, whatever fetch
 * the client uses). The other fields are set before `asyncEnd`.
 */
export interface AttemptMessage {
  readonly api: string;
  /** The operationId (for a request sent through `client.openapi`: `METHOD /path`). */
  readonly operation: string;
  /** 1 for the first attempt, 2 for the first retry … */
  readonly attempt: number;
  readonly method: string;
  /** Redacted. */
  readonly url: string;
  /**
   * Headers to add to this attempt's request; empty at `start`. Only names the request does not
   * already carry are sent, so a subscriber can never replace a credential or the `User-Agent`.
   */
  readonly headers: Record<string, string>;
  /** The response's status, when one arrived. */
  status?: number;
  /** The `ShopclientsError` (redacted) when no usable response arrived (connection failure, timeout, abort …). */
  error?: unknown;
  /** Milliseconds from sending to the whole answer (or the failure), not counting `queuedMs`. */
  durationMs?: number;
  /** Milliseconds spent waiting for a free slot (`maxConcurrency`) or for a shared 429 pause before sending. */
  queuedMs?: number;
  /** Whether a shared 429 pause of the client was on when this attempt wanted to go. */
  pausedBy429?: boolean;
  /** Milliseconds the client waits before the next attempt; absent when this attempt is the last. */
  retryDelayMs?: number;
  /** Why it waits: see `RetryReason`. */
  retryReason?: RetryReason;
  /** The `Retry-After` the answer carried, in milliseconds. */
  retryAfterMs?: number;
  /** When this answer was a 429 that paused every request of the client: the pause, in milliseconds. */
  sharedPauseMs?: number;
}

/** A message of `shopclients:validation`: one kind of response drift, reported once per client (`validateResponses: 'warn'`). */
export interface ValidationMessage {
  readonly api: string;
  readonly operation: string;
  readonly status: number;
  readonly requestId: string | undefined;
  /** The schema place and rule, as `onValidationIssue` gets them (redacted). */
  readonly path: string;
  readonly rule: string;
  readonly message: string;
  /** How often this kind occurred in the answer. */
  readonly count: number;
}

/** The steps of reconciling a create whose answer was lost. */
export type ReconcileStep = 'found' | 'not-found' | 'mismatch' | 'undecided' | 're-send';

/** A message of `shopclients:reconcile`: one step of reconciling a create by its natural key. */
export interface ReconcileMessage {
  readonly api: string;
  /** The create's operationId. */
  readonly operation: string;
  /** The operationId that reads it back. */
  readonly readBack: string;
  /** The natural key's field and value (redacted). */
  readonly key: { readonly field: string; readonly value: string };
  /** Which create request this step follows (1 for the first). */
  readonly attempt: number;
  readonly step: ReconcileStep;
  /**
   * What follows: `reconciled` (resolved with what the read-back found), `read-again`, `re-send`,
   * `conflict` (`KeyConflictError`), `unknown` (`OutcomeUnknownError`), `rejected` (the re-send's
   * rejection is thrown), `created` (a re-send succeeded), `failed` (a re-send failed: read back next,
   * or thrown).
   */
  readonly outcome: 'reconciled' | 'read-again' | 're-send' | 'conflict' | 'unknown' | 'rejected' | 'created' | 'failed';
}

interface Channel {
  readonly hasSubscribers: boolean;
  publish(message: unknown): void;
  runStores<T>(message: unknown, fn: () => T): T;
}
interface TracingChannel {
  readonly hasSubscribers?: boolean;
  readonly start: Channel;
  readonly end: Channel;
  readonly asyncStart: Channel;
  readonly asyncEnd: Channel;
  readonly error: Channel;
  tracePromise<T>(fn: () => Promise<T>, context: object): Promise<T>;
}
interface DiagnosticsChannel {
  channel(name: string): Channel;
  tracingChannel(name: string): TracingChannel;
}

interface Channels {
  call: TracingChannel;
  attempt: TracingChannel;
  validation: Channel;
  reconcile: Channel;
}

let channels: Channels | null | undefined;

/** The channels, or `null` where `node:diagnostics_channel` (with TracingChannel) is missing. */
function open(): Channels | null {
  if (channels !== undefined) return channels;
  channels = null;
  try {
    const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const dc = runtime?.getBuiltinModule?.('node:diagnostics_channel') as DiagnosticsChannel | undefined;
    if (typeof dc?.tracingChannel === 'function') {
      channels = {
        call: dc.tracingChannel('shopclients:call'),
        attempt: dc.tracingChannel('shopclients:attempt'),
        validation: dc.channel('shopclients:validation'),
        reconcile: dc.channel('shopclients:reconcile'),
      };
    }
  } catch {
    // Not this runtime's to give: publish nothing.
  }
  return channels;
}

/** Whether anyone listens to a TracingChannel (its `hasSubscribers` is missing before Node 20.13). */
function listened(channel: TracingChannel): boolean {
  return (
    channel.hasSubscribers ?? (channel.start.hasSubscribers || channel.end.hasSubscribers || channel.asyncEnd.hasSubscribers || channel.error.hasSubscribers)
  );
}

/** What a traced call resolved with, for the settled fields. */
type CallSettle<T> = (result: T, message: CallMessage) => void;

/**
 * Runs `fn` as a client call, traced on `shopclients:call` when someone listens. The traced
 * function resolves with nothing, so the call's data never reaches a subscriber as `result`.
 */
export function traceCall<T>(api: string, operation: string, method: string, fn: () => Promise<T>, settle: CallSettle<T>): Promise<T> {
  const call = open()?.call;
  if (!call || !listened(call)) return fn();
  const message: CallMessage = { api, operation, method: method.toUpperCase() };
  let value!: T;
  return call
    .tracePromise(async () => {
      try {
        value = await fn();
      } catch (error) {
        settleFromError(message, error);
        throw error;
      }
      settle(value, message);
    }, message)
    .then(() => value);
}

/** The settled fields of a call that resolved with `ApiClient.send`'s result. */
export function settleSent(result: { request: RequestSummary; response: Response; attempts: number }, message: CallMessage): void {
  message.url = result.request.url;
  message.status = result.response.status;
  message.attempts = result.attempts;
  message.requestId = requestIdOf(result.response.headers);
}

/** The settled fields of a create: `reconciled`, and what the last answer (`last`) said. */
export function settleCreate(
  result: { reconciled?: true },
  message: CallMessage,
  last: { response: Response; attempts: number; request?: RequestSummary | undefined } | undefined,
  /** Requests the create itself sent (its read-backs not counted). */
  createAttempts: number,
): void {
  message.reconciled = result.reconciled === true;
  message.attempts = createAttempts;
  if (last) {
    if (last.request) message.url = last.request.url;
    message.status = last.response.status;
    message.requestId = requestIdOf(last.response.headers);
  }
}

function settleFromError(message: CallMessage, error: unknown): void {
  const failed = error as Partial<ApiError>;
  if (failed?.request?.url) message.url = failed.request.url;
  if (typeof failed?.status === 'number') message.status = failed.status;
  if (typeof failed?.attempts === 'number') message.attempts = failed.attempts;
  if (typeof failed?.requestId === 'string') message.requestId = failed.requestId;
}

/** What one attempt ended with, for `shopclients:attempt`. */
export interface AttemptOutcome {
  response?: Response | undefined;
  failure?: unknown;
  delay?: number | undefined;
  retryAfterMs?: number | undefined;
  sharedPauseMs?: number | undefined;
}

/** The timing an attempt's subscribers get; `undefined` when nobody listens. */
export interface AttemptTrace {
  readonly message: AttemptMessage;
  /** `performance.now()` when the request left the line. */
  sent?: number;
}

/**
 * Runs one HTTP attempt, traced on `shopclients:attempt` when someone listens: `fn` gets the
 * attempt's trace (with the headers subscribers added) and resolves with its outcome.
 */
export function traceAttempt<T extends AttemptOutcome>(
  api: string,
  operation: string,
  attempt: number,
  request: RequestSummary,
  pausedBy429: boolean,
  fn: (trace: AttemptTrace | undefined) => Promise<T>,
): Promise<T> {
  const tracing = open()?.attempt;
  if (!tracing || !listened(tracing)) return fn(undefined);
  const message: AttemptMessage = { api, operation, attempt, method: request.method, url: request.url, headers: {}, pausedBy429 };
  const trace: AttemptTrace = { message };
  const queued = now();
  let value!: T;
  return tracing
    .tracePromise(async () => {
      try {
        value = await fn(trace);
      } catch (error) {
        settleAttempt(trace, queued, { failure: error });
        throw error;
      }
      settleAttempt(trace, queued, value);
    }, message)
    .then(() => value);
}

function settleAttempt(trace: AttemptTrace, queued: number, outcome: AttemptOutcome): void {
  const { message } = trace;
  const ended = now();
  const sent = trace.sent ?? queued;
  message.queuedMs = round(sent - queued);
  message.durationMs = round(ended - sent);
  if (outcome.response) message.status = outcome.response.status;
  else if (outcome.failure !== undefined) message.error = outcome.failure;
  if (outcome.sharedPauseMs) message.sharedPauseMs = outcome.sharedPauseMs;
  if (outcome.retryAfterMs !== undefined) message.retryAfterMs = outcome.retryAfterMs;
  if (outcome.delay !== undefined) {
    message.retryDelayMs = outcome.delay;
    message.retryReason = outcome.response === undefined ? 'connection' : outcome.retryAfterMs !== undefined ? 'retry-after' : 'status';
  }
}

/** `init` with the headers subscribers added that it does not carry yet; `init` itself when none. */
export function withAddedHeaders(init: RequestInit, trace: AttemptTrace | undefined): RequestInit {
  const added = trace && Object.entries(trace.message.headers);
  if (!added?.length) return init;
  const headers = new Headers(init.headers);
  for (const [name, value] of added) {
    try {
      if (!headers.has(name)) headers.set(name, String(value));
    } catch {
      // A name or value no request can carry: not sent.
    }
  }
  return { ...init, headers };
}

/** Reports one kind of response drift on `shopclients:validation`. */
export function publishValidation(message: () => ValidationMessage): void {
  const channel = open()?.validation;
  if (channel?.hasSubscribers) channel.publish(message());
}

/** Reports one reconciliation step on `shopclients:reconcile`. */
export function publishReconcile(message: () => ReconcileMessage): void {
  const channel = open()?.reconcile;
  if (channel?.hasSubscribers) channel.publish(message());
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
