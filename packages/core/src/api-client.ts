import openapiFetch, {
  type Client,
  type FetchOptions,
  type FetchResponse,
  type QuerySerializer,
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  removeTrailingSlash,
} from 'openapi-fetch';
import type { ResponseSink } from './api-promise.js';
import { requireNumber, requireText } from './arguments.js';
import { requireBaseUrl } from './base-url.js';
import { CallLimiter } from './call-limiter.js';
import { type ClientOptions, type RequestOptions, requireFlag, requireMilliseconds, requireRetryCount, requireRetryPolicy } from './client-options.js';
import { settleCreate, settleSent, traceCall } from './diagnostics.js';
import { type ErrorDetailsReader, summarizeErrorBody } from './error-details.js';
import { ApiError, InvalidResponseError, NotFoundError, RequestValidationError, type RequestSummary, errorClassForStatus } from './errors.js';
import { requireHeaderOptions } from './header-options.js';
import { createSafeLog } from './logger.js';
import { mockViolationDetails } from './mock-violations.js';
import { KeyConflictError } from './outcome-unknown.js';
import { locationParameters } from './operations/location.js';
import type { NaturalKey, Policies, Policy } from './operations/policy.js';
import { type FieldDifference, compareResource } from './operations/same-resource.js';
import { type OperationSpec, acceptedMediaTypes, documentedMediaTypes } from './operations/table.js';
import { type Reconciled, reconcileCreate } from './reconcile.js';
import { createRedactor, redactHeaderValues, redactValue } from './redact.js';
import { DEFAULT_MAX_RESPONSE_BYTES, requireMaxResponseBytes } from './response-body.js';
import { DEFAULT_RETRY_POLICY } from './retry.js';
import {
  type AttemptPlan,
  type AttemptRecord,
  type FinalResponse,
  type PreparedRequest,
  type Transport,
  decodeBody,
  sendPrepared,
  sendWithRetries,
} from './retrying-fetch.js';
import { requireSendableQuery } from './validation/query-text.js';
import { type ArgumentNames, inCallerTerms } from './validation/request-check.js';
import { ResponseChecker, type ResponseValidationMode, requireResponseMode } from './validation/response-check.js';
import type { Validators } from './validation/validators.js';

/** An operation as openapi-typescript declares it in a types package's `operations`. */
type OperationTypes = Record<string | number, any>;

/** What a wrapper gives the API client beyond the user's options. */
export interface ApiClientConfig<OperationId extends string> extends ClientOptions {
  /** The API's name in diagnostics events: `komfortkasse`, `iom-order`. */
  api: string;
  baseUrl: string;
  /** `package/version`, sent as `User-Agent`. */
  userAgent: string;
  /** Headers that carry credentials; never logged. */
  credentialHeaders: Record<string, string>;
  /** Every secret value configured, scrubbed from all errors and log lines. */
  secrets: string[];
  /** Reads the problems out of the API's error bodies, for `ApiError.details` and messages. */
  errorDetails?: ErrorDetailsReader;
  /** The spec's operation table (the types package's `operations`). */
  operations: { readonly [Id in OperationId]: OperationSpec };
  /** The client's policy of each operation. */
  policies: Policies<OperationId>;
  /** The API's generated validators; without them nothing is checked. */
  validators?: Validators<OperationId, string>;
}

/** What one operation's request holds, typed by the spec: path and query parameters, body. */
export type SendRequest<Operation extends OperationTypes> = Partial<NonNullable<FetchOptions<Operation>['params']>> & {
  body?: FetchOptions<Operation>['body'] | FormData;
  /** How the caller names the parts, for `RequestValidationError`. */
  names?: ArgumentNames;
  /**
   * Also resolve with the success body's text as received, in `CallResult.text`: for integers beyond
   * 2^53, whose digits `JSON.parse` has lost in `data`. Off by default (no other call pays for it).
   */
  keepText?: boolean;
};

/** A request of any operation, as core handles it once the types are checked. */
interface AnyRequest {
  path?: Record<string, unknown> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  names?: ArgumentNames | undefined;
  keepText?: boolean | undefined;
}

/** What an operation's success resolves with, by the spec. */
export type SuccessData<Operation extends OperationTypes> = Exclude<FetchResponse<Operation, {}, `${string}/${string}`>['data'], undefined>;

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
  /**
   * The body's text as the server sent it (decompressed), when the request asked for it with
   * `keepText`; `''` for a success without a body. `undefined` otherwise.
   */
  text?: string | undefined;
}

/** How a wrapper reads one create, and how it reads one back by its natural key (see `Policy.naturalKey`). */
export interface CreateCall<T> {
  request: AnyRequest;
  /** The caller's name of the body, for log lines: `order`, `refund`. */
  argument: string;
  /** What the create's success means to the caller. */
  created(result: CallResult<unknown>): T;
  /** The read-back of `key`: its request, the resource it read, and what that resource means to the caller. */
  readBack(key: string): ReadBack<T>;
}

/** One read-back of a create by its natural key. */
export interface ReadBack<T> {
  request: AnyRequest;
  /** The resource the answer holds under the key, `undefined` if none; throws when the answer cannot tell. */
  resource(result: CallResult<any>): object | undefined;
  /** What a resource confirmed as this request's means to the caller. */
  reconciled(resource: object, result: CallResult<any>): T;
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
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

/**
 * Sends a wrapper's operations from the spec's operation table and the wrapper's policies: retries,
 * timeouts, redacted logging, request and response checks, typed errors, reconciliation of creates.
 * Knows nothing about any API: the tables say everything.
 */
export class ApiClient<
  Paths extends {},
  Operations extends Record<OperationId, OperationTypes>,
  OperationId extends string = Extract<keyof Operations, string>,
> {
  /**
   * The underlying openapi-fetch client, for calls the wrapper does not cover. It sends through the
   * same fetch, timeouts, retries (reads only) and logging, but returns `{ data, error, response }`
   * as openapi-fetch does instead of throwing typed errors.
   */
  readonly openapi: Client<Paths>;
  readonly #operations: ApiClientConfig<OperationId>['operations'];
  readonly #policies: Policies<OperationId>;
  readonly #transport: Transport;
  readonly #timeoutMs: number;
  readonly #maxResponseBytes: number;
  readonly #maxRetries: number;
  readonly #errorDetails: ErrorDetailsReader;
  readonly #reconcile: boolean;
  readonly #validators: Validators<OperationId, string> | undefined;
  readonly #validateRequests: boolean;
  readonly #validateResponses: ResponseValidationMode;
  readonly #responses: ResponseChecker | undefined;
  readonly #routes = new Map<OperationId, Route>();
  readonly #baseUrl: string;
  /** Accept, the client's headers and the credential headers, names in lower case. */
  readonly #headers: Record<string, string>;
  /** Whether openapi-fetch middleware is in use: calls then go through openapi-fetch, which runs it. */
  #middleware = false;

  constructor(config: ApiClientConfig<OperationId>) {
    this.#operations = config.operations;
    this.#policies = config.policies;
    this.#errorDetails = config.errorDetails ?? (() => []);
    const baseUrl = requireBaseUrl(config.baseUrl);
    const headers = requireHeaderOptions('headers', config.headers);
    this.#timeoutMs = requireMilliseconds('timeout', config.timeout ?? DEFAULT_TIMEOUT_MS, 1);
    this.#maxResponseBytes = requireMaxResponseBytes('maxResponseBytes', config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    this.#maxRetries = requireRetryCount('maxRetries', config.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries);
    const policy = requireRetryPolicy(config.retry ?? {}, this.#maxRetries);
    const redact = createRedactor(config.secrets);
    const log = createSafeLog(config.logger, redact);
    this.#transport = {
      api: config.api,
      fetch: config.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      policy,
      userAgent: config.userAgent,
      redact,
      log,
      limiter: new CallLimiter({
        maxConcurrency: config.maxConcurrency === undefined ? undefined : requireNumber('maxConcurrency', config.maxConcurrency, { integer: true, min: 1 }),
        maxPauseMs: policy.maxRetryAfterMs,
      }),
    };
    this.#reconcile = requireFlag('reconcile', config.reconcile ?? true);
    this.#validators = config.validators;
    this.#validateRequests = config.validateRequests ?? true;
    this.#validateResponses = requireResponseMode('validateResponses', config.validateResponses ?? 'warn');
    this.#responses = config.validators && new ResponseChecker(config.validators, log, config.onValidationIssue, redact, config.api);
    const sentHeaders = { Accept: acceptedMediaTypes(config.operations).join(', '), ...headers, ...config.credentialHeaders };
    this.#baseUrl = removeTrailingSlash(baseUrl);
    this.#headers = lowerCased(sentHeaders);
    this.openapi = createClient<Paths>({
      baseUrl,
      headers: sentHeaders,
      // Direct calls on `openapi` get the configured fetch, timeout, User-Agent and logging too;
      // only reads are retried, since nothing says whether another method is safe to repeat.
      fetch: (request) => {
        const isRead = request.method === 'GET' || request.method === 'HEAD';
        // Named by its path, redacted: a path parameter may carry a secret.
        const plan = this.#plan(`${request.method} ${this.#transport.redact(new URL(request.url).pathname)}`, request.signal, {
          timeoutMs: this.#timeoutMs,
          maxRetries: isRead ? this.#maxRetries : 0,
          emptySuccess: true,
          completeAtHeaders: false,
          maxResponseBytes: this.#maxResponseBytes,
        });
        return sendWithRetries(request, plan, { attempts: 0 });
      },
    });
    // Middleware sees openapi-fetch's Request and Response, so calls go through openapi-fetch once
    // any is added (here, or later on `openapi`); without, `send` builds what it sends itself.
    const use = this.openapi.use.bind(this.openapi);
    this.openapi.use = (...middleware) => {
      if (middleware.length > 0) this.#middleware = true;
      use(...middleware);
    };
    if (config.middleware?.length) this.openapi.use(...config.middleware);
    // Says where calls go: a forgotten `baseUrl` means the vendor's production API.
    log?.('debug', `client for ${config.baseUrl}`, { baseUrl: config.baseUrl, userAgent: config.userAgent });
  }

  /**
   * Sends one operation: method, path template and media type from the operation table, repeat
   * safety and timeouts from its policy. Checks exactly what it sends against the spec first.
   * Resolves with the parsed body and the response; throws an `ApiError` subclass otherwise.
   * `sink` hears of the success, for `ApiPromise.withResponse()`.
   */
  send<Id extends OperationId>(
    operationId: Id,
    request: SendRequest<Operations[Id]>,
    options: RequestOptions | undefined,
    sink?: ResponseSink,
  ): Promise<CallResult<SuccessData<Operations[Id]>>> {
    const send = () => this.#send(operationId, request, options, sink);
    return traceCall(this.#transport.api, operationId, this.#operations[operationId].method, send, settleSent);
  }

  async #send<Id extends OperationId>(
    operationId: Id,
    request: SendRequest<Operations[Id]>,
    options: RequestOptions | undefined,
    sink: ResponseSink | undefined,
  ): Promise<CallResult<SuccessData<Operations[Id]>>> {
    const operation = this.#operations[operationId];
    const policy: Policy<OperationId> = this.#policies[operationId];
    const { path, query, body, names } = request as AnyRequest;
    requireSendableQuery(operationId, { request: { path, query, body }, names });
    // The operation's checks load on its first call (nothing awaited once they are loaded).
    const loading = this.#validators?.load(operationId);
    if (loading) await loading;
    this.#checkRequest(operationId, request as AnyRequest, options);
    const record: AttemptRecord = { attempts: 0 };
    const plan = this.#plan(operationId, options?.signal, {
      timeoutMs: options?.timeout === undefined ? Math.max(this.#timeoutMs, policy.minTimeoutMs ?? 0) : requireMilliseconds('timeout', options.timeout, 1),
      maxRetries: options?.maxRetries === undefined ? (policy.safeToRepeat ? this.#maxRetries : 0) : requireRetryCount('maxRetries', options.maxRetries),
      emptySuccess: policy.emptySuccess === true,
      completeAtHeaders: policy.emptySuccess === true,
      maxResponseBytes:
        options?.maxResponseBytes === undefined ? this.#maxResponseBytes : requireMaxResponseBytes('maxResponseBytes', options.maxResponseBytes),
    });
    let url = '';
    let result: FetchResult;
    try {
      if (!this.#middleware) {
        const prepared = this.#prepare(operationId, operation, request as AnyRequest, options);
        if (prepared.body instanceof FormData) await encodeForm(prepared);
        url = prepared.url;
        result = parsed(await sendPrepared(prepared, plan, record), prepared.method);
      } else {
        result = await this.#sendThroughOpenapiFetch(operationId, operation, request as AnyRequest, options, plan, record, (sent) => (url = sent));
      }
    } catch (error) {
      // A body that is not JSON (also one a middleware answered with).
      if (error instanceof SyntaxError) throw this.#unparsable(operationId, record);
      throw error;
    }

    const { data, error, response } = result;
    const summary = record.summary ?? UNSENT;
    if (!response.ok) throw this.#failure(operationId, response, error, summary, record.attempts);
    if (data === undefined && !policy.emptySuccess) {
      throw new InvalidResponseError(`${operationId}: the ${response.status} response had no body`, {
        operation: operationId,
        request: summary,
        status: response.status,
        headers: redactHeaderValues(response.headers, this.#transport.redact),
        attempts: record.attempts,
      });
    }
    const mode = options?.validateResponses === undefined ? this.#validateResponses : requireResponseMode('validateResponses', options.validateResponses);
    this.#responses?.check(mode, operationId, response, data, summary, record.attempts);
    if (sink) sink.last = { response, attempts: record.attempts, request: summary };
    const sent: CallResult<SuccessData<Operations[Id]>> = {
      data: data as SuccessData<Operations[Id]>,
      response,
      request: summary,
      url,
      attempts: record.attempts,
    };
    // The body as received (the last attempt's bytes), before any parsing lost digits.
    if ((request as AnyRequest).keepText) sent.text = record.body === undefined ? '' : decodeBody(record.body);
    return sent;
  }

  /**
   * Sends a create. When its policy declares a natural key and its answer is lost, reads it back by
   * that key (see `reconcileCreate`) instead of failing or sending it twice. Without a natural key,
   * or with `reconcile: false`, it is sent once (retried only if the call asks).
   */
  async create<Id extends OperationId, T extends object>(
    operationId: Id,
    call: CreateCall<T>,
    options: RequestOptions | undefined,
    sink: ResponseSink,
  ): Promise<Reconciled<T>> {
    // Requests the create itself sent (not its read-backs), for the call's diagnostics.
    let createAttempts = 0;
    const once = async (attempt: RequestOptions | undefined): Promise<T> => {
      try {
        const result = await this.send(operationId, call.request as never, attempt, sink);
        createAttempts += result.attempts;
        return call.created(result);
      } catch (error) {
        createAttempts += error instanceof ApiError ? error.attempts : 0;
        throw error;
      }
    };
    const { naturalKey } = this.#policies[operationId] as Policy<OperationId>;
    const reconcile = options?.reconcile === undefined ? this.#reconcile : requireFlag('reconcile', options.reconcile);
    const { body } = call.request;
    // A body that is no object is the request check's to refuse, when the create is sent.
    if (!naturalKey || !reconcile || typeof body !== 'object' || body === null) return once(options);
    const key = usableKey((body as Record<string, unknown>)[naturalKey.field]);
    if (key === undefined) {
      // The spec may allow it (e.g. an empty ID), but nothing can be read back by it.
      this.#transport.log?.('warn', `${operationId}: \`${call.argument}.${naturalKey.field}\` cannot be read back by, so this call is not reconciled`);
      return once(options);
    }
    const { api, redact, log, policy } = this.#transport;
    const reconciling = () =>
      reconcileCreate(
        {
          api,
          operation: operationId,
          naturalKey,
          key,
          maxResends: requireRetryCount('maxRetries', options?.maxRetries ?? this.#maxRetries),
          policy,
          redact,
          log,
        },
        options,
        {
          send: once,
          readBack: (value, read) => this.#readBack(operationId, naturalKey, value, body, call.readBack(value), read, sink),
        },
      );
    return traceCall(api, operationId, this.#operations[operationId].method, reconciling, (result, message) =>
      settleCreate(result, message, sink.last, createAttempts),
    );
  }

  /**
   * Reads a create back by its key. The answer counts only if it is the API's own: a documented
   * success status and media type, the key it was asked for, and every field the policy compares
   * present and equal to what was sent; else the outcome stays unknown (this throws). A resource
   * whose compared fields differ is another's: `KeyConflictError`. A 404 counts as "nothing under the
   * key" only with the body the API documents for it (a proxy's HTML page does not).
   */
  async #readBack<T>(
    operationId: OperationId,
    naturalKey: NaturalKey<OperationId>,
    key: string,
    sent: unknown,
    readBack: ReadBack<T>,
    options: RequestOptions,
    sink: ResponseSink,
  ): Promise<T | undefined> {
    const readBackId = naturalKey.readBack;
    let result: CallResult<unknown>;
    try {
      // Drift elsewhere in the answer does not decide anything here: only the compared fields do.
      result = await this.send(readBackId, readBack.request as never, { ...options, validateResponses: 'warn' }, sink);
    } catch (error) {
      if (error instanceof NotFoundError && this.#isOwnAnswer(readBackId, 404, error.headers.get('content-type'), error.body)) return undefined;
      throw error;
    }
    const { response } = result;
    const mediaType = response.headers.get('content-type') ?? undefined;
    if (!this.#isOwnAnswer(readBackId, response.status, mediaType, result.data)) {
      throw this.invalidResponse(
        readBackId,
        `the ${response.status} answer (${mediaType ?? 'no media type'}) is not one the spec documents, so it cannot confirm the create`,
        result,
      );
    }
    const resource = readBack.resource(result);
    if (resource === undefined) return undefined;
    const foundKey = (resource as Record<string, unknown>)[naturalKey.field];
    if (foundKey !== key) {
      throw this.invalidResponse(readBackId, `the resource read back carries ${naturalKey.field} ${JSON.stringify(foundKey)}, not the key asked for`, result);
    }
    const comparison = compareResource(sent, resource, naturalKey.sameResource ?? []);
    if (comparison.kind === 'unknown') {
      throw this.invalidResponse(
        readBackId,
        `the resource read back lacks ${comparison.missing.join(', ')}, so whether it is this request's cannot be told`,
        result,
      );
    }
    if (comparison.kind === 'different') throw this.#keyConflict(operationId, naturalKey.field, key, comparison.differences, result);
    return readBack.reconciled(resource, result);
  }

  /**
   * Whether an answer is the API's own: a documented status and media type, and for an error its
   * documented body (a success's drift is not held against it: the compared fields decide).
   */
  #isOwnAnswer(operationId: OperationId, status: number, mediaType: string | null | undefined, body: unknown): boolean {
    const mediaTypes = documentedMediaTypes(this.#operations[operationId], status);
    if (mediaTypes === undefined) return false;
    if (mediaTypes.length === 0) return true;
    const type = mediaType?.split(';')[0]?.trim().toLowerCase();
    const declared = mediaTypes.find((candidate) => candidate.toLowerCase() === type);
    if (declared === undefined) return false;
    if (status < 300 || !this.#validators) return true;
    return this.#validators.validateResponse(operationId, status, declared, body).length === 0;
  }

  #keyConflict(operationId: OperationId, field: string, key: string, differences: readonly FieldDifference[], result: CallResult<unknown>): KeyConflictError {
    const { redact } = this.#transport;
    const shown = redactValue(differences, redact) as FieldDifference[];
    const listed = shown
      .map((difference) => `${difference.field} sent ${JSON.stringify(difference.sent)}, found ${JSON.stringify(difference.found)}`)
      .join('; ');
    const message = `${operationId}: a different resource already holds ${field} ${JSON.stringify(key)}; nothing was created by this call (${listed})`;
    return new KeyConflictError(redact(message), {
      operation: operationId,
      request: result.request,
      status: result.response.status,
      headers: redactHeaderValues(result.response.headers, redact),
      attempts: result.attempts,
      key: { field, value: redact(key) },
      differences: shown,
    });
  }

  /**
   * The path parameters of the resource a create's `Location` names, read with the path template of
   * the operation that reads it back (the policy's natural key). Throws `InvalidResponseError` when
   * the header is missing or names no such resource, saying that the resource was created.
   */
  createdAt(operationId: OperationId, result: CallResult<unknown>): { location: string; parameters: Record<string, string> } {
    const readBack = (this.#policies[operationId] as Policy<OperationId>).naturalKey?.readBack;
    if (readBack === undefined) throw new TypeError(`${operationId} has no natural key, so nothing says which resource its Location names`);
    const location = result.response.headers.get('location');
    // The real URL: the redacted `result.request.url` is for output only.
    const parameters = location === null ? undefined : locationParameters(location, result.url, this.#operations[readBack].path);
    if (location !== null && parameters !== undefined) return { location, parameters };
    const problem = location === null ? 'no Location header' : `a Location header that names no created resource: ${JSON.stringify(location)}`;
    // Say that the resource exists: a caller who retries a create after this error would create it twice.
    throw this.invalidResponse(operationId, `the server created it (${result.response.status}) but answered with ${problem}`, result);
  }

  /** An `InvalidResponseError` about a success the wrapper cannot use, e.g. one without a `Location`. */
  invalidResponse(operationId: OperationId, problem: string, result: CallResult<unknown>): InvalidResponseError {
    const { redact } = this.#transport;
    return new InvalidResponseError(redact(`${operationId}: ${problem}`), {
      operation: operationId,
      request: result.request,
      status: result.response.status,
      headers: redactHeaderValues(result.response.headers, redact),
      attempts: result.attempts,
    });
  }

  /** Throws `RequestValidationError` when what the call is about to send breaks the spec. */
  #checkRequest(operationId: OperationId, { path, query, body, names }: AnyRequest, options: RequestOptions | undefined): void {
    if (!this.#validators || !(options?.validateRequests ?? this.#validateRequests)) return;
    const issues = this.#validators.validateRequest(operationId, { path, query, body });
    if (issues.length > 0) throw new RequestValidationError(operationId, inCallerTerms(issues, names));
  }

  /** The one place an attempt plan is made: the client's transport and one call's limits. */
  #plan(
    operation: string,
    signal: AbortSignal | undefined,
    call: Pick<AttemptPlan, 'timeoutMs' | 'maxRetries' | 'completeAtHeaders' | 'maxResponseBytes'> & { emptySuccess: boolean },
  ): AttemptPlan {
    const { api, fetch, policy, userAgent, redact, log, limiter } = this.#transport;
    return {
      api,
      fetch,
      policy,
      userAgent,
      redact,
      log,
      limiter,
      operation,
      signal,
      timeoutMs: call.timeoutMs,
      maxRetries: call.maxRetries,
      completeAtHeaders: call.completeAtHeaders,
      maxResponseBytes: call.maxResponseBytes,
      optionalSuccessBody: call.emptySuccess,
    };
  }

  /** What every call of an operation shares: its query serializer and request media type header. */
  #route(operationId: OperationId, operation: OperationSpec): Route {
    let route = this.#routes.get(operationId);
    if (route === undefined) {
      // openapi-fetch serialises every array of a call alike: the spec's array style for the operation's query.
      const unexploded = operation.parameters.some((parameter) => parameter.in === 'query' && parameter.type === 'array' && !parameter.explode);
      route = {
        querySerializer: unexploded ? createQuerySerializer({ array: { style: 'form', explode: false } }) : undefined,
        contentType: contentType(operation),
      };
      this.#routes.set(operationId, route);
    }
    return route;
  }

  /**
   * The request as openapi-fetch would build it (URL, headers, serialised body), without building a
   * `Request`: fetch builds its own from these, and the body is sent again as it is on a retry.
   */
  #prepare(operationId: OperationId, operation: OperationSpec, { path, query, body }: AnyRequest, options: RequestOptions | undefined): PreparedRequest {
    const route = this.#route(operationId, operation);
    const url = createFinalURL(operation.path, {
      baseUrl: this.#baseUrl,
      params: { path, query } as { path?: Record<string, unknown>; query?: Record<string, unknown> },
      querySerializer: route.querySerializer ?? defaultQuerySerializer(),
      pathSerializer: defaultPathSerializer,
    });
    const extra = options?.headers === undefined ? undefined : lowerCased(requireHeaderOptions('options.headers', options.headers));
    const given = route.contentType || extra ? { ...this.#headers, ...route.contentType, ...extra } : this.#headers;
    const serialized = body === undefined ? undefined : (serializeBody(body, given) as string | FormData);
    // As openapi-fetch merges them: JSON for a body that is not a form, then the client's headers, then the call's.
    const headers = serialized === undefined || serialized instanceof FormData ? { ...given } : { 'content-type': 'application/json', ...given };
    // The bytes a Request of this body would hold, as every attempt sends them (a form: see `encodeForm`).
    const sent = serialized === undefined ? null : typeof serialized === 'string' ? utf8(serialized) : serialized;
    return { method: operation.method.toUpperCase(), url, headers, body: sent };
  }

  /** Sends through openapi-fetch, whose middleware sees its Request and the Response. */
  #sendThroughOpenapiFetch(
    operationId: OperationId,
    operation: OperationSpec,
    request: AnyRequest,
    options: RequestOptions | undefined,
    plan: AttemptPlan,
    record: AttemptRecord,
    sentTo: (url: string) => void,
  ): Promise<FetchResult> {
    const route = this.#route(operationId, operation);
    const init = {
      params: { path: request.path, query: request.query },
      body: request.body,
      headers: { ...route.contentType, ...requireHeaderOptions('options.headers', options?.headers) },
      querySerializer: route.querySerializer,
      fetch: (sent: Request) => {
        sentTo(sent.url);
        return sendWithRetries(sent, plan, record);
      },
    };
    return (this.openapi.request as (method: string, path: string, init: object) => Promise<FetchResult>)(operation.method, operation.path, init);
  }

  /** The `ApiError` subclass for a failed status, its message led by what the body (or a Prism mock's header) names. */
  #failure(operationId: OperationId, response: Response, error: unknown, request: RequestSummary, attempts: number): Error {
    const { redact } = this.#transport;
    const ErrorClass = errorClassForStatus(response.status);
    const body = redactValue(error, redact);
    // Read from the body as received: redaction must not decide which problems are found. A Prism
    // mock's body is a canned example; the real problem is in its header, so that comes first.
    const details = redactValue([...mockViolationDetails(response.headers), ...this.#errorDetails(error)], redact);
    const summary = summarizeErrorBody(body, details);
    const message = `${operationId} failed with ${response.status}${summary ? `: ${summary}` : ''}`;
    return new ErrorClass(redact(message), {
      operation: operationId,
      request,
      status: response.status,
      body,
      details,
      headers: redactHeaderValues(response.headers, redact),
      attempts,
    });
  }

  /**
   * A success whose body is not JSON. The parser's SyntaxError is not kept as the cause: it quotes
   * the start of the raw body, unredacted.
   */
  #unparsable(operationId: OperationId, record: AttemptRecord): InvalidResponseError {
    const { redact } = this.#transport;
    return new InvalidResponseError(`${operationId}: the ${record.status ?? 'success'} response body is not valid JSON`, {
      operation: operationId,
      request: record.summary ?? UNSENT,
      status: record.status,
      body: record.body === undefined ? undefined : redact(decodeBody(record.body)),
      headers: record.headers && redactHeaderValues(record.headers, redact),
      attempts: record.attempts,
    });
  }
}

/** The spec's request media type, where openapi-fetch's default (JSON) is not it; a form sets its own. */
function contentType(operation: OperationSpec): Record<string, string> | undefined {
  const mediaType = operation.requestMediaType;
  return mediaType && mediaType !== 'application/json' && JSON_MEDIA_TYPE.test(mediaType) ? { 'content-type': mediaType } : undefined;
}

/** What every call of one operation shares. */
interface Route {
  querySerializer: QuerySerializer<unknown> | undefined;
  /** The `content-type` header of the spec's request media type, where it is not JSON. */
  contentType: Record<string, string> | undefined;
}

/** Headers with their names in lower case, as fetch sends them: a later one of the same name replaces an earlier. */
function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  const lower: Record<string, string> = {};
  for (const name of Object.keys(headers)) lower[name.toLowerCase()] = headers[name] as string;
  return lower;
}

let encoder: TextEncoder | undefined;
/** Text as UTF-8 bytes, as a Request of it holds them. */
function utf8(text: string): ArrayBuffer {
  encoder ??= new TextEncoder();
  const bytes = encoder.encode(text);
  return bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

/** A form as the multipart bytes a Request of it holds, with the Content-Type that names their boundary. */
async function encodeForm(prepared: PreparedRequest): Promise<void> {
  const encoded = new Response(prepared.body as FormData);
  prepared.headers['content-type'] ??= encoded.headers.get('content-type') as string;
  prepared.body = await encoded.arrayBuffer();
}

// openapi-fetch's serializer reads the Content-Type it is given (a form-urlencoded body), which its types omit.
const serializeBody = defaultBodySerializer as (body: unknown, headers: Record<string, string>) => unknown;

let defaultSerializer: QuerySerializer<unknown> | undefined;
/** openapi-fetch's own default, which it would otherwise create on every call. */
function defaultQuerySerializer(): QuerySerializer<unknown> {
  defaultSerializer ??= createQuerySerializer();
  return defaultSerializer;
}

/**
 * The parsed answer, as openapi-fetch parses it: no data for a 204 (or HEAD), an empty body as no
 * data, a failure's body as JSON where it parses and as text otherwise.
 */
function parsed({ response, body }: FinalResponse, method: string): FetchResult {
  if (response.status === 204 || method === 'HEAD') return { response };
  const text = body === null ? '' : decodeBody(body);
  if (response.ok) return { data: text ? JSON.parse(text) : undefined, response };
  let error: unknown = text;
  try {
    error = JSON.parse(text);
  } catch {
    // Not JSON: the text is the error.
  }
  return { error, response };
}

/** The key as text that can identify a resource, or `undefined`. */
function usableKey(value: unknown): string | undefined {
  try {
    return requireText('key', value);
  } catch {
    return undefined;
  }
}
