import { AbortError, type ApiError, ConnectionError, InvalidResponseError, type RequestSummary, TimeoutError } from './errors.js';
import { bufferedResponse } from './buffered-response.js';
import type { CallLimiter } from './call-limiter.js';
import { type AttemptTrace, traceAttempt, withAddedHeaders } from './diagnostics.js';
import type { SafeLog } from './logger.js';
import { redactHeaderValues, redactHeaders, redactUrl } from './redact.js';
import { UnusableResponse, decodeBody, readResponseBody } from './response-body.js';

export { decodeBody };
import { type RetryPolicy, backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** What every attempt of one client shares. */
export interface Transport {
  /** The API's name in diagnostics events. */
  api: string;
  fetch: FetchLike;
  policy: RetryPolicy;
  userAgent: string;
  redact: (text: string) => string;
  log: SafeLog | undefined;
  /** The client's pacing: attempts wait here for a slot and for a shared 429 pause to end. */
  limiter: CallLimiter;
}

/** Everything one call needs to send its request, try again and time out. */
export interface AttemptPlan extends Transport {
  operation: string;
  timeoutMs: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
  /** Whether a 2xx body is optional: anything but valid JSON then counts as no body. */
  optionalSuccessBody: boolean;
  /**
   * Whether a 2xx is complete once its status and headers arrived (e.g. a 201 with `Location`): a
   * body that then breaks off or stalls past the timeout does not turn the success into a failure.
   */
  completeAtHeaders: boolean;
  /** The most bytes a response body may have after decoding. */
  maxResponseBytes: number;
}

/** What the last attempt received, kept so a later parse failure can still report it. */
export interface AttemptRecord {
  attempts: number;
  summary?: RequestSummary;
  status?: number;
  headers?: Headers;
  /** The body as received (decoded only if an error needs to show it). */
  body?: ArrayBuffer;
}

interface Received {
  response: Response;
  body: ArrayBuffer;
}

/** A request ready to send, as every attempt sends it again: header names lower-case. */
export interface PreparedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Bytes (or, until encoded, a form): a body that can be sent again as it is. */
  body: ArrayBuffer | FormData | null;
}

/** What the last attempt received and the caller gets: `body` is `null` where there is none to parse. */
export interface FinalResponse {
  response: Response;
  body: ArrayBuffer | null;
}

/**
 * Sends the request openapi-fetch built (for middleware and direct calls on `ApiClient.openapi`):
 * reads its body once, sends it with `sendPrepared`, and returns a Response holding the body's
 * bytes, which openapi-fetch then decodes and parses once.
 */
export async function sendWithRetries(request: Request, plan: AttemptPlan, record: AttemptRecord): Promise<Response> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = request.body === null ? null : await request.arrayBuffer();
  const { response, body: received } = await sendPrepared({ method: request.method, url: request.url, headers, body }, plan, record);
  return withBody(response, received);
}

/**
 * Sends a request with a timeout per attempt, the caller's signal, and retries for what the plan
 * allows. Reads the whole body inside the timeout, so a server that stalls mid-body times out too.
 * Resolves with the final response (its body read) and the body's bytes, `null` when there is none
 * to parse; throws for a success that is not JSON where the plan needs JSON.
 */
export async function sendPrepared(prepared: PreparedRequest, plan: AttemptPlan, record: AttemptRecord): Promise<FinalResponse> {
  const summary: RequestSummary = { method: prepared.method, url: redactUrl(prepared.url, plan.redact) };
  record.summary = summary;
  const { headers } = prepared;
  if (headers['user-agent'] === undefined) headers['user-agent'] = plan.userAgent;
  // Redirects are not followed: fetch would carry API-key headers to another host and turn a POST
  // into a GET. A 3xx arrives as an ApiError instead.
  const init: RequestInit = { method: prepared.method, headers, body: prepared.body, redirect: 'manual' };
  const { limiter } = plan;

  for (let retry = 0; ; retry++) {
    record.attempts = retry + 1;
    plan.log?.('debug', `${plan.operation}: ${summary.method} ${summary.url} (attempt ${record.attempts})`, {
      headers: redactHeaders(headers),
    });
    const paused = limiter.pauseLeft() > 0;
    const once = (trace: AttemptTrace | undefined) => sendOnce(prepared.url, init, plan, summary, record, retry, trace);
    const { received, failure, delay } = await traceAttempt(plan.api, plan.operation, record.attempts, summary, paused, once);
    if (delay === undefined) {
      if (failure) throw failure;
      const final = received as Received;
      return { response: final.response, body: usableBody(final, plan, summary, record.attempts) };
    }
    plan.log?.(
      'warn',
      `${plan.operation}: ${failure ? failure.message : `status ${received?.response.status}`}; retry ${retry + 1} of ${plan.maxRetries} in ${delay} ms`,
    );
    try {
      await sleep(delay, plan.signal);
    } catch (reason) {
      throw abortError(plan, summary, record.attempts, reason);
    }
  }
}

interface AttemptResult {
  received?: Received | undefined;
  response?: Response | undefined;
  failure?: ApiError | undefined;
  delay: number | undefined;
  retryAfterMs?: number | undefined;
  sharedPauseMs?: number | undefined;
}

/** One attempt: sends (after the wait in line), records what arrived and decides the delay before the next. */
async function sendOnce(
  url: string,
  init: RequestInit,
  plan: AttemptPlan,
  summary: RequestSummary,
  record: AttemptRecord,
  retry: number,
  trace: AttemptTrace | undefined,
): Promise<AttemptResult> {
  const started = plan.log ? Date.now() : 0;
  let received: Received | undefined;
  let failure: ApiError | undefined;
  const send = () => {
    if (trace) trace.sent = globalThis.performance?.now() ?? Date.now();
    return attempt(url, withAddedHeaders(init, trace), plan, summary, record.attempts);
  };
  try {
    if (plan.limiter.free()) {
      // No limit set, nobody waiting, no pause: nothing to wait for or to hold.
      received = await send();
      plan.limiter.observe(received.response);
    } else {
      // The wait in line comes before the attempt's timer starts: a call still queued was never sent.
      received = await plan.limiter.run(send, plan.signal);
    }
  } catch (error) {
    if (error instanceof AbortError || !(error instanceof ConnectionError)) throw error;
    failure = error;
  }
  if (received) {
    record.status = received.response.status;
    record.headers = received.response.headers;
    record.body = received.body;
    plan.log?.('debug', `${plan.operation}: ${received.response.status} after ${Date.now() - started} ms`);
  }
  const response = received?.response;
  const delay = retryDelay(retry, response, failure, plan);
  if (!trace) return { received, failure, delay };
  const retryAfterMs = response && isRetryableStatus(response.status) ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
  const sharedPauseMs = response?.status === 429 ? plan.limiter.pauseLeft() : undefined;
  return { received, response, failure, delay, retryAfterMs, sharedPauseMs };
}

/** Milliseconds to wait before the next attempt, or `undefined` when this outcome is final. */
function retryDelay(retry: number, response: Response | undefined, failure: ApiError | undefined, plan: AttemptPlan): number | undefined {
  if (retry >= plan.maxRetries) return undefined;
  if (failure) return backoffDelay(retry, plan.policy);
  if (!response || !isRetryableStatus(response.status)) return undefined;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (retryAfter === undefined) return backoffDelay(retry, plan.policy);
  return retryAfter <= plan.policy.maxRetryAfterMs ? retryAfter : undefined;
}

async function attempt(url: string, init: RequestInit, plan: AttemptPlan, summary: RequestSummary, attempts: number): Promise<Received> {
  const { signal } = plan;
  if (signal?.aborted) throw abortError(plan, summary, attempts, signal.reason);
  // One controller and one timer per attempt (so one per call that is not retried).
  const controller = new AbortController();
  let timedOut = false;
  let arrived: Response | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let forwardAbort: (() => void) | undefined;
  try {
    // Settles at the first of: the body read, the timer, the caller's abort. So the attempt ends
    // even when a custom fetch, or its body stream, ignores the signal.
    return await new Promise<Received>((resolve, reject) => {
      const abort = (reason?: unknown) => {
        controller.abort(reason);
        reject(controller.signal.reason);
      };
      timer = setTimeout(() => {
        timedOut = true;
        abort();
      }, plan.timeoutMs);
      if (signal) {
        forwardAbort = () => abort(signal.reason);
        signal.addEventListener('abort', forwardAbort, { once: true });
      }
      // A custom fetch may return the Response itself rather than a promise of it.
      Promise.resolve(plan.fetch(url, { ...init, signal: controller.signal }))
        .then((response) => {
          arrived = response;
          // Bytes, not text: the caller decodes them once.
          return readResponseBody(response, plan.maxResponseBytes);
        })
        .then((body) => resolve({ response: arrived as Response, body }), reject);
    });
  } catch (cause) {
    if (plan.completeAtHeaders && arrived?.ok && !signal?.aborted) return { response: arrived, body: new ArrayBuffer(0) };
    if (cause instanceof UnusableResponse) throw cause.toError({ operation: plan.operation, request: summary, attempts, redact: plan.redact });
    if (timedOut) {
      throw new TimeoutError(`${plan.operation}: no response within ${plan.timeoutMs} ms (${summary.method} ${summary.url})`, {
        operation: plan.operation,
        request: summary,
        attempts,
      });
    }
    if (signal?.aborted) throw abortError(plan, summary, attempts, signal.reason);
    // The cause is not kept: a fetch error can quote what it was sent. Its message, redacted, is enough.
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    throw new ConnectionError(plan.redact(`${plan.operation}: connection failed (${summary.method} ${summary.url}): ${reason}`), {
      operation: plan.operation,
      request: summary,
      attempts,
    });
  } finally {
    clearTimeout(timer);
    if (forwardAbort) signal?.removeEventListener('abort', forwardAbort);
  }
}

function abortError(plan: AttemptPlan, summary: RequestSummary, attempts: number, cause: unknown): AbortError {
  return new AbortError(`${plan.operation}: aborted by the caller (${summary.method} ${summary.url})`, {
    operation: plan.operation,
    request: summary,
    attempts,
    cause,
  });
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The body to parse: `null` when there is none (empty, or not JSON where the body is optional); throws for a success that is not JSON. */
function usableBody({ response, body }: Received, plan: AttemptPlan, summary: RequestSummary, attempts: number): ArrayBuffer | null {
  if (body.byteLength === 0) return null;
  if (!response.ok) return body;
  if (!JSON_MEDIA_TYPE.test(response.headers.get('content-type') ?? '')) {
    if (plan.optionalSuccessBody) return null;
    throw new InvalidResponseError(
      `${plan.operation}: expected a JSON response but got ${response.headers.get('content-type') || 'no Content-Type'} (status ${response.status})`,
      {
        operation: plan.operation,
        request: summary,
        status: response.status,
        body: plan.redact(decodeBody(body)),
        headers: redactHeaderValues(response.headers, plan.redact),
        attempts,
      },
    );
  }
  if (plan.optionalSuccessBody && !parses(body)) return null;
  return body;
}

function withBody(response: Response, body: ArrayBuffer | null): Response {
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  const fresh = body === null ? new Response(null, init) : bufferedResponse(body, init);
  // The body is already decompressed and complete: these would describe the wire form, not this body.
  fresh.headers.delete('content-length');
  fresh.headers.delete('content-encoding');
  return fresh;
}

function parses(body: ArrayBuffer): boolean {
  try {
    JSON.parse(decodeBody(body));
    return true;
  } catch {
    return false;
  }
}
