import openapiFetch, { type Client, type Middleware } from 'openapi-fetch';
import { requireNumber, requireText } from './arguments.js';
import { CallLimiter } from './call-limiter.js';
import { RESPONSE_SINK, type ResponseSink } from './api-promise.js';
import { requireBaseUrl } from './base-url.js';
import { InvalidArgumentError, InvalidResponseError, RequestValidationError, type RequestSummary, errorClassForStatus } from './errors.js';
import { type ErrorDetailsReader, summarizeErrorBody } from './error-details.js';
import { requireHeaderOptions } from './header-options.js';
import { type Logger, createSafeLog } from './logger.js';
import { mockViolationDetails } from './mock-violations.js';
import { type CreateSteps, type NaturalKey, type Reconciled, reconcileCreate } from './reconcile.js';
import { createRedactor, redactHeaderValues, redactValue } from './redact.js';
import { DEFAULT_MAX_RESPONSE_BYTES, requireMaxResponseBytes } from './response-body.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { type AttemptPlan, type AttemptRecord, type FetchLike, decodeBody, sendWithRetries } from './retrying-fetch.js';
import { requireSendableQuery } from './validation/query-text.js';
import { type ArgumentNames, inCallerTerms } from './validation/request-check.js';
import { ResponseChecker, type ResponseValidationMode, type ValidationReport, requireResponseMode } from './validation/response-check.js';
import type { RequestParts, Validators } from './validation/validators.js';

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
  /** Reconcile creates whose answer is lost by their natural key (default true); see `Operation.naturalKey`. */
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

/** What a wrapper declares about each operation. */
export interface Operation {
  /** The spec's operationId, used in errors and logs. */
  readonly name: string;
  /** Whether sending it twice does no more than sending it once; only such operations are retried by default. */
  readonly safeToRepeat: boolean;
  /**
   * Whether a success needs no body (e.g. 201 with a `Location` header, or a body the API does not
   * document): anything but valid JSON then resolves with `data` undefined instead of an error.
   */
  readonly emptySuccess?: boolean;
  /** The least time an attempt is given unless the call sets its own timeout (for slow operations). */
  readonly minTimeoutMs?: number;
  /**
   * For a create that is not safe to repeat: the body field the server keeps unique and the
   * operation that reads it back. A create whose answer is lost is then read back instead of failing.
   */
  readonly naturalKey?: NaturalKey;
}

/** What the wrapper gives the API client beyond the user's options. */
export interface ApiClientConfig extends ClientOptions {
  baseUrl: string;
  /** `package/version`, sent as `User-Agent`. */
  userAgent: string;
  /** Headers that carry credentials; never logged. */
  credentialHeaders: Record<string, string>;
  /** Every secret value configured, scrubbed from all errors and log lines. */
  secrets: string[];
  /** Reads the problems out of the API's error bodies, for `ApiError.details` and messages. */
  errorDetails?: ErrorDetailsReader;
  /** The API's generated validators; without them nothing is checked. */
  validators?: Validators<string, string>;
}

/** What a call is about to send, for the spec check, and how the caller names its parts. */
export interface RequestCheck {
  request: RequestParts;
  names?: ArgumentNames;
}

/** The per-call init a wrapper spreads into its openapi-fetch call. */
export interface CallInit {
  fetch: (request: Request) => Promise<Response>;
  headers: Record<string, string>;
}

/** What a successful call gives the wrapper. */
export interface CallResult<Data> {
  data: Data;
  response: Response;
  /** The request as sent, URL redacted: for errors and logs. */
  request: RequestSummary;
  /**
   * The URL the request went to, not redacted: resolve a relative `Location` against this, never
   * against `request.url`. Never put it in an error or a log line.
   */
  url: string;
  attempts: number;
}

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

// openapi-fetch's CommonJS build puts createClient on `exports.default`, and our CommonJS build (like
// Node's own interop) sees the whole `exports` object as the default import: take the function.
const createClient: typeof openapiFetch =
  typeof openapiFetch === 'function' ? openapiFetch : (openapiFetch as unknown as { default: typeof openapiFetch }).default;

const DEFAULT_TIMEOUT_MS = 30_000;
// Only seen when a custom fetch or middleware answered without our fetch being called.
const UNSENT: RequestSummary = { method: '', url: '' };

/**
 * Runs a wrapper's openapi-fetch calls with retries, timeouts, redacted logging and typed errors.
 * Knows nothing about any API: the wrapper names its operations and builds the requests.
 */
export class ApiClient<Paths extends {}> {
  /**
   * The underlying openapi-fetch client, for calls the wrapper does not cover. It sends through the
   * same fetch, timeouts, retries (reads only) and logging, but returns `{ data, error, response }`
   * as openapi-fetch does instead of throwing typed errors.
   */
  readonly openapi: Client<Paths>;
  readonly #fetch: FetchLike;
  readonly #timeoutMs: number;
  readonly #maxResponseBytes: number;
  readonly #maxRetries: number;
  readonly #policy: RetryPolicy;
  readonly #userAgent: string;
  readonly #redact: (text: string) => string;
  readonly #log: ReturnType<typeof createSafeLog>;
  readonly #errorDetails: ErrorDetailsReader;
  readonly #limiter: CallLimiter;
  readonly #reconcile: boolean;
  readonly #validators: Validators<string, string> | undefined;
  readonly #validateRequests: boolean;
  readonly #validateResponses: ResponseValidationMode;
  readonly #responses: ResponseChecker | undefined;

  constructor(config: ApiClientConfig) {
    this.#errorDetails = config.errorDetails ?? (() => []);
    const baseUrl = requireBaseUrl(config.baseUrl);
    const headers = requireHeaderOptions('headers', config.headers);
    this.#timeoutMs = milliseconds('timeout', config.timeout ?? DEFAULT_TIMEOUT_MS, 1);
    this.#maxResponseBytes = requireMaxResponseBytes('maxResponseBytes', config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    this.#maxRetries = retryCount('maxRetries', config.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries);
    this.#policy = retryPolicy(config.retry ?? {}, this.#maxRetries);
    this.#fetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#userAgent = config.userAgent;
    this.#redact = createRedactor(config.secrets);
    this.#log = createSafeLog(config.logger, this.#redact);
    this.#limiter = new CallLimiter({
      maxConcurrency: config.maxConcurrency === undefined ? undefined : requireNumber('maxConcurrency', config.maxConcurrency, { integer: true, min: 1 }),
      maxPauseMs: this.#policy.maxRetryAfterMs,
    });
    this.#reconcile = flag('reconcile', config.reconcile ?? true);
    this.#validators = config.validators;
    this.#validateRequests = config.validateRequests ?? true;
    this.#validateResponses = requireResponseMode('validateResponses', config.validateResponses ?? 'warn');
    this.#responses = config.validators && new ResponseChecker(config.validators, this.#log, config.onValidationIssue, this.#redact);
    this.openapi = createClient<Paths>({
      baseUrl,
      headers: { ...headers, ...config.credentialHeaders },
      // Direct calls on `openapi` get the configured fetch, timeout, User-Agent and logging too;
      // only reads are retried, since nothing says whether another method is safe to repeat.
      fetch: (request) => sendWithRetries(request, this.#directPlan(request), { attempts: 0 }),
    });
    if (config.middleware?.length) this.openapi.use(...config.middleware);
    // Says where calls go: a forgotten `baseUrl` means the vendor's production API.
    this.#log?.('debug', `client for ${config.baseUrl}`, { baseUrl: config.baseUrl, userAgent: config.userAgent });
  }

  /**
   * Sends one operation. `send` makes the openapi-fetch call, spreading `init` into its options.
   * Resolves with the parsed body and the response; throws an `ApiError` subclass otherwise.
   */
  async call<R extends FetchResult>(
    operation: Operation,
    options: RequestOptions | undefined,
    send: (api: Client<Paths>, init: CallInit) => Promise<R>,
    check?: RequestCheck,
  ): Promise<CallResult<Exclude<R['data'], undefined>>> {
    if (check) requireSendableQuery(operation.name, check);
    if (check) this.#checkRequest(operation, check, options);
    const record: AttemptRecord = { attempts: 0 };
    const plan: AttemptPlan = {
      operation: operation.name,
      fetch: this.#fetch,
      timeoutMs: milliseconds('timeout', options?.timeout ?? Math.max(this.#timeoutMs, operation.minTimeoutMs ?? 0), 1),
      maxRetries: retryCount('maxRetries', options?.maxRetries ?? (operation.safeToRepeat ? this.#maxRetries : 0)),
      policy: this.#policy,
      signal: options?.signal,
      userAgent: this.#userAgent,
      optionalSuccessBody: operation.emptySuccess === true,
      completeAtHeaders: operation.emptySuccess === true,
      maxResponseBytes: requireMaxResponseBytes('maxResponseBytes', options?.maxResponseBytes ?? this.#maxResponseBytes),
      redact: this.#redact,
      log: this.#log,
      limiter: this.#limiter,
    };
    let url = '';
    const init: CallInit = {
      fetch: (request) => {
        url = request.url;
        return sendWithRetries(request, plan, record);
      },
      headers: requireHeaderOptions('options.headers', options?.headers),
    };

    let result: R;
    try {
      result = await send(this.openapi, init);
    } catch (error) {
      // openapi-fetch parsing a body that is not JSON (also one a middleware answered with).
      if (error instanceof SyntaxError) throw this.#unparsable(operation, record);
      throw error;
    }

    const { data, error, response } = result;
    const request = record.summary ?? UNSENT;
    if (!response.ok) {
      const ErrorClass = errorClassForStatus(response.status);
      const body = redactValue(error, this.#redact);
      // Read from the body as received: redaction must not decide which problems are found. A Prism
      // mock's body is a canned example; the real problem is in its header, so that comes first.
      const details = redactValue([...mockViolationDetails(response.headers), ...this.#errorDetails(error)], this.#redact);
      const summary = summarizeErrorBody(body, details);
      const message = `${operation.name} failed with ${response.status}${summary ? `: ${summary}` : ''}`;
      throw new ErrorClass(this.#redact(message), {
        operation: operation.name,
        request,
        status: response.status,
        body,
        details,
        headers: redactHeaderValues(response.headers, this.#redact),
        attempts: record.attempts,
      });
    }
    if (data === undefined && !operation.emptySuccess) {
      throw new InvalidResponseError(`${operation.name}: the ${response.status} response had no body`, {
        operation: operation.name,
        request,
        status: response.status,
        headers: redactHeaderValues(response.headers, this.#redact),
        attempts: record.attempts,
      });
    }
    const mode = options?.validateResponses === undefined ? this.#validateResponses : requireResponseMode('validateResponses', options.validateResponses);
    this.#responses?.check(mode, operation.name, response, data, request, record.attempts);
    const sink = (options as { [RESPONSE_SINK]?: ResponseSink } | undefined)?.[RESPONSE_SINK];
    if (sink) sink.last = { response, attempts: record.attempts };
    return { data: data as Exclude<R['data'], undefined>, response, request, url, attempts: record.attempts };
  }

  /** Throws `RequestValidationError` when what the call is about to send breaks the spec. */
  #checkRequest(operation: Operation, { request, names }: RequestCheck, options: RequestOptions | undefined): void {
    if (!this.#validators || !(options?.validateRequests ?? this.#validateRequests)) return;
    const issues = this.#validators.validateRequest(operation.name, request);
    if (issues.length > 0) throw new RequestValidationError(operation.name, inCallerTerms(issues, names));
  }

  /**
   * Sends a create declared with a `naturalKey`, reconciling it when its answer is lost (see
   * `reconcileCreate`). The key is read from `input.body`, which the caller passed as `input.argument`. Without a natural key, or
   * with `reconcile: false`, it is sent once as `call` would (retried only if the call asks).
   */
  async create<T extends object, Options extends RequestOptions>(
    operation: Operation,
    options: Options | undefined,
    input: { argument: string; body: Record<string, unknown> },
    steps: CreateSteps<T, Options>,
  ): Promise<Reconciled<T>> {
    const reconcile = options?.reconcile === undefined ? this.#reconcile : flag('reconcile', options.reconcile);
    if (!operation.naturalKey || !reconcile) return steps.send(options ?? ({} as Options));
    const { field } = operation.naturalKey;
    // A body that is no object is the request check's to refuse, when the create is sent.
    if (typeof input.body !== 'object' || input.body === null) return steps.send(options ?? ({} as Options));
    const key = usableKey(input.body[field]);
    if (key === undefined) {
      // The spec may allow it (e.g. an empty ID), but nothing can be read back by it.
      this.#log?.('warn', `${operation.name}: \`${input.argument}.${field}\` cannot be read back by, so this call is not reconciled`);
      return steps.send(options ?? ({} as Options));
    }
    return reconcileCreate(
      {
        operation: operation.name,
        naturalKey: operation.naturalKey,
        key,
        maxResends: retryCount('maxRetries', options?.maxRetries ?? this.#maxRetries),
        policy: this.#policy,
        redact: this.#redact,
        log: this.#log,
      },
      options,
      steps,
    );
  }

  #directPlan(request: Request): AttemptPlan {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    return {
      operation: `${request.method} ${new URL(request.url).pathname}`,
      fetch: this.#fetch,
      timeoutMs: this.#timeoutMs,
      maxRetries: isRead ? this.#maxRetries : 0,
      policy: this.#policy,
      signal: request.signal,
      userAgent: this.#userAgent,
      optionalSuccessBody: true,
      completeAtHeaders: false,
      maxResponseBytes: this.#maxResponseBytes,
      redact: this.#redact,
      log: this.#log,
      limiter: this.#limiter,
    };
  }

  /** An `InvalidResponseError` about a success the wrapper cannot use, e.g. one without a `Location`. */
  invalidResponse(operation: Operation, problem: string, result: CallResult<unknown>): InvalidResponseError {
    return new InvalidResponseError(this.#redact(`${operation.name}: ${problem}`), {
      operation: operation.name,
      request: result.request,
      status: result.response.status,
      headers: redactHeaderValues(result.response.headers, this.#redact),
      attempts: result.attempts,
    });
  }

  /**
   * A success whose body is not JSON. The parser's SyntaxError is not kept as the cause: it quotes
   * the start of the raw body, unredacted.
   */
  #unparsable(operation: Operation, record: AttemptRecord): InvalidResponseError {
    return new InvalidResponseError(`${operation.name}: the ${record.status ?? 'success'} response body is not valid JSON`, {
      operation: operation.name,
      request: record.summary ?? UNSENT,
      status: record.status,
      body: record.body === undefined ? undefined : this.#redact(decodeBody(record.body)),
      headers: record.headers && redactHeaderValues(record.headers, this.#redact),
      attempts: record.attempts,
    });
  }
}

// Timers clamp anything above 2^31 - 1 ms (about 24.8 days) to 1 ms.
const MAX_TIMER_MS = 2 ** 31 - 1;

function milliseconds(argument: string, value: number, min: number): number {
  return requireNumber(argument, value, { integer: true, min, max: MAX_TIMER_MS });
}

/** The key as text that can identify a resource, or `undefined`. */
function usableKey(value: unknown): string | undefined {
  try {
    return requireText('key', value);
  } catch {
    return undefined;
  }
}

function flag(argument: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidArgumentError(argument, `must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

function retryCount(argument: string, value: number): number {
  return requireNumber(argument, value, { integer: true, min: 0, max: 100 });
}

function retryPolicy(retry: Partial<Omit<RetryPolicy, 'maxRetries'>>, maxRetries: number): RetryPolicy {
  const { initialDelayMs, maxDelayMs, maxRetryAfterMs } = { ...DEFAULT_RETRY_POLICY, ...definedOnly(retry) };
  return {
    maxRetries,
    initialDelayMs: milliseconds('retry.initialDelayMs', initialDelayMs, 0),
    maxDelayMs: milliseconds('retry.maxDelayMs', maxDelayMs, 0),
    maxRetryAfterMs: milliseconds('retry.maxRetryAfterMs', maxRetryAfterMs, 0),
  };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
