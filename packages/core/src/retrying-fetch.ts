import { AbortError, type ApiError, ConnectionError, InvalidResponseError, type RequestSummary, TimeoutError } from './errors.js';
import { bufferedResponse } from './buffered-response.js';
import type { CallLimiter } from './call-limiter.js';
import type { SafeLog } from './logger.js';
import { redactHeaderValues, redactHeaders, redactUrl } from './redact.js';
import { UnusableResponse, readResponseBody } from './response-body.js';
import { type RetryPolicy, backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** What every attempt of one client shares. */
export interface Transport {
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

/**
 * Sends the request openapi-fetch built, with a timeout per attempt, the caller's signal, and
 * retries for what the plan allows. Reads the whole body inside the timeout, so a server that
 * stalls mid-body times out too. Returns a fresh Response holding the body's bytes, which
 * openapi-fetch then decodes and parses once.
 */
export async function sendWithRetries(request: Request, plan: AttemptPlan, record: AttemptRecord): Promise<Response> {
  const summary: RequestSummary = { method: request.method, url: redactUrl(request.url, plan.redact) };
  record.summary = summary;
  const headers = new Headers(request.headers);
  if (!headers.has('user-agent')) headers.set('user-agent', plan.userAgent);
  const body = request.body === null ? null : await request.arrayBuffer();
  // Redirects are not followed: fetch would carry API-key headers to another host and turn a POST
  // into a GET. A 3xx arrives as an ApiError instead.
  const init: RequestInit = { method: request.method, headers, body, redirect: 'manual' };

  for (let retry = 0; ; retry++) {
    record.attempts = retry + 1;
    plan.log?.('debug', `${plan.operation}: ${summary.method} ${summary.url} (attempt ${record.attempts})`, {
      headers: redactHeaders(headers),
    });
    const started = Date.now();
    let received: Received | undefined;
    let failure: ApiError | undefined;
    try {
      // The wait in line comes before the attempt's timer starts: a call still queued was never sent.
      received = await plan.limiter.run(() => attempt(request.url, init, plan, summary, record.attempts), plan.signal);
    } catch (error) {
      if (error instanceof AbortError || !(error instanceof ConnectionError)) throw error;
      failure = error;
    }
    if (received) {
      Object.assign(record, { status: received.response.status, headers: received.response.headers, body: received.body });
      plan.log?.('debug', `${plan.operation}: ${received.response.status} after ${Date.now() - started} ms`);
    }

    const delay = retryDelay(retry, received?.response, failure, plan);
    if (delay === undefined) {
      if (failure) throw failure;
      return toResponse(received as Received, plan, summary, record.attempts);
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
  if (plan.signal?.aborted) throw abortError(plan, summary, attempts, plan.signal.reason);
  const controller = new AbortController();
  // Ends the attempt even when a custom fetch, or its body stream, ignores the signal.
  let stopWaiting!: (reason: unknown) => void;
  const aborted = new Promise<never>((_, reject) => (stopWaiting = reject));
  const abort = (reason?: unknown) => {
    controller.abort(reason);
    stopWaiting(controller.signal.reason);
  };
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, plan.timeoutMs);
  const forwardAbort = () => abort(plan.signal?.reason);
  plan.signal?.addEventListener('abort', forwardAbort, { once: true });
  let arrived: Response | undefined;
  const read = async (): Promise<Received> => {
    const response = await plan.fetch(url, { ...init, signal: controller.signal });
    arrived = response;
    // Bytes, not text: decoding here and re-encoding into the Response would double openapi-fetch's work.
    return { response, body: await readResponseBody(response, plan.maxResponseBytes) };
  };
  try {
    return await Promise.race([read(), aborted]);
  } catch (cause) {
    if (plan.completeAtHeaders && arrived?.ok && !plan.signal?.aborted) return { response: arrived, body: new ArrayBuffer(0) };
    if (cause instanceof UnusableResponse) throw cause.toError({ operation: plan.operation, request: summary, attempts, redact: plan.redact });
    if (timedOut) {
      throw new TimeoutError(`${plan.operation}: no response within ${plan.timeoutMs} ms (${summary.method} ${summary.url})`, {
        operation: plan.operation,
        request: summary,
        attempts,
      });
    }
    if (plan.signal?.aborted) throw abortError(plan, summary, attempts, plan.signal.reason);
    // The cause is not kept: a fetch error can quote what it was sent. Its message, redacted, is enough.
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    throw new ConnectionError(plan.redact(`${plan.operation}: connection failed (${summary.method} ${summary.url}): ${reason}`), {
      operation: plan.operation,
      request: summary,
      attempts,
    });
  } finally {
    clearTimeout(timer);
    plan.signal?.removeEventListener('abort', forwardAbort);
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

function toResponse({ response, body }: Received, plan: AttemptPlan, summary: RequestSummary, attempts: number): Response {
  const isJson = JSON_MEDIA_TYPE.test(response.headers.get('content-type') ?? '');
  if (response.ok && body.byteLength > 0 && !isJson) {
    if (plan.optionalSuccessBody) return withBody(response, null);
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
  if (response.ok && plan.optionalSuccessBody && body.byteLength > 0 && !parses(body)) return withBody(response, null);
  return withBody(response, body.byteLength === 0 ? null : body);
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

/** A body as text, exactly as `Response.text()` would read it (UTF-8, BOM dropped, bad bytes replaced). */
export function decodeBody(body: ArrayBuffer): string {
  return new TextDecoder().decode(body);
}
