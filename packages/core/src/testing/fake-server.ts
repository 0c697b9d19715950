import { type Fault, type FaultOptions, FaultPlan, type Outcome, applyFault, outcomeResponse } from './faults.js';
import { type ListeningFake, listenOnLoopback } from './listen.js';
import { documentedMediaTypes } from '../operations/table.js';
import type { FakeOperation, SpecIssue, SpecRequest } from './operations.js';
import { type MatchedRoute, Router } from './route.js';

/** What a fake answers: a status, and a body to send as JSON (or nothing). */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Content type of the body (default: the first the spec documents for the status, else `application/json`). */
  mediaType?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** A request as a fake's handler sees it: routed, with typed parameters and the parsed body. */
export interface FakeCall<Id extends string> extends MatchedRoute<Id> {
  /** The parsed JSON body, or for a multipart form an object of its text fields (files as their names). */
  body: unknown;
  /** The form of a multipart request. */
  form: FormData | undefined;
  headers: Headers;
  /** The URL the request was sent to (its origin is the fake's, in process or listening). */
  url: URL;
  /** The base URL as the caller addressed it, e.g. for absolute `Location` headers. */
  base: string;
}

/** Everything an API's fake tells the shared machinery. */
export interface FakeApiDefinition<Id extends string> {
  operations: Readonly<Record<Id, FakeOperation>>;
  /** The base URL the fake serves in process; its path is the API's base path. */
  baseUrl: string;
  /** An error answer when the credentials are missing or wrong, else `undefined`. */
  authenticate(headers: Headers, operationId: Id): FakeAnswer | undefined;
  /** The API's own error answer for a request that breaks the spec, naming the problems. */
  invalidRequest(operationId: Id, issues: readonly SpecIssue[], request: SpecRequest): FakeAnswer;
  /** The API's answer for a body sent with a media type the operation does not take. */
  unsupportedMediaType(operationId: Id, expected: string, received: string): FakeAnswer;
  /** The API's answer for a path or method no operation has. */
  unknownRoute(method: string, path: string): FakeAnswer;
  /** The body (and headers) of an injected `{ status }` fault. */
  faultAnswer(status: number, operationId: Id | undefined): FakeAnswer;
  /** Does what the operation does and answers. */
  handle(call: FakeCall<Id>): FakeAnswer;
  /** The spec's checks of a request (the generated validators), if available. */
  validateRequest?: ((operationId: Id, request: SpecRequest) => SpecIssue[]) | undefined;
  /** The spec's checks of an answer (the generated validators), if available. */
  validateResponse?: ((operationId: Id, status: number, mediaType: string | undefined, body: unknown) => SpecIssue[]) | undefined;
}

/** One call the fake received, for assertions such as "the order was created exactly once". */
export interface FakeCallRecord<Id extends string> {
  operationId: Id | undefined;
  method: string;
  /** Path below the base URL, e.g. `/order/10001`. */
  path: string;
  /** The status answered, or what happened instead. */
  outcome: number | 'reset' | 'stall' | 'lose-answer';
}

/** An answer of the fake that breaks the spec: a bug of the fake, answered as a 500 and kept here. */
export interface SpecViolation<Id extends string> {
  operationId: Id;
  status: number;
  issues: readonly SpecIssue[];
}

/** The machinery every fake shares: routing, checks, faults, in-process `fetch` and `listen`. */
export interface FakeServer<Id extends string> {
  /** A `fetch` that serves the fake in process: no port, no network. */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  readonly baseUrl: string;
  /** Serves the same fake over HTTP on 127.0.0.1 (a free port unless one is given). */
  listen(port?: number): Promise<ListeningFake>;
  /** Makes the next call (or the next `times` calls of `operation`) fail with `fault`. */
  failNext(fault: Fault, options?: FaultOptions<Id>): void;
  clearFaults(): void;
  /** Every call received, in order. */
  readonly calls: FakeCallRecord<Id>[];
  /** Answers of the fake that broke the spec (empty unless the fake has a bug). */
  readonly specViolations: SpecViolation<Id>[];
  /** Answers one request; what `fetch` and `listen` both use. */
  process(request: Request): Promise<Outcome>;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

export function createFakeServer<Id extends string>(api: FakeApiDefinition<Id>): FakeServer<Id> {
  const router = new Router(api.operations);
  const basePath = new URL(api.baseUrl).pathname.replace(/\/$/, '');
  const faults = new FaultPlan<Id>();
  const calls: FakeCallRecord<Id>[] = [];
  const specViolations: SpecViolation<Id>[] = [];

  const toResponse = (answer: FakeAnswer): Response => {
    const headers = new Headers(answer.headers);
    const hasBody = answer.body !== undefined;
    if (hasBody) headers.set('content-type', answer.mediaType ?? 'application/json');
    return new Response(hasBody ? JSON.stringify(answer.body) : null, { status: answer.status, headers });
  };

  /** The answer with its media type, unless it breaks the spec: then a 500 naming the fake's own bug. */
  const checked = (operationId: Id, answer: FakeAnswer): FakeAnswer => {
    const documented = documentedMediaTypes(api.operations[operationId], answer.status)?.[0];
    const mediaType = answer.body === undefined ? undefined : (answer.mediaType ?? documented ?? 'application/json');
    answer = { ...answer, mediaType };
    const issues = api.validateResponse?.(operationId, answer.status, mediaType, answer.body) ?? [];
    if (issues.length === 0) return answer;
    specViolations.push({ operationId, status: answer.status, issues });
    const problems = issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    return {
      status: 500,
      mediaType: 'text/plain',
      headers: { 'x-fake-spec-violation': 'true', 'content-type': 'text/plain' },
      body: `shopclients fake: its own ${answer.status} answer to ${operationId} breaks the spec (${problems}); please report this bug`,
    };
  };

  async function answer(request: Request, route: MatchedRoute<Id>, url: URL): Promise<FakeAnswer> {
    const { operationId, operation } = route;
    const denied = api.authenticate(request.headers, operationId);
    if (denied) return denied;
    const received = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    const hasBody = request.body !== null;
    if (hasBody && operation.requestMediaType && received !== operation.requestMediaType.toLowerCase()) {
      return api.unsupportedMediaType(operationId, operation.requestMediaType, received || 'none');
    }
    let body: unknown;
    let form: FormData | undefined;
    if (hasBody && received === 'multipart/form-data') {
      form = await request.formData();
      body = Object.fromEntries([...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]));
    } else if (hasBody) {
      const text = await request.text();
      if (text !== '') {
        if (!JSON_TYPE.test(received)) return api.unsupportedMediaType(operationId, 'application/json', received || 'none');
        try {
          body = JSON.parse(text);
        } catch {
          const issue = { path: ['body'], message: 'is not valid JSON', rule: 'json' };
          return api.invalidRequest(operationId, [issue], { path: route.path, query: route.query });
        }
      }
    }
    const specRequest: SpecRequest = { path: route.path, query: route.query, ...(body === undefined ? {} : { body }) };
    const issues = api.validateRequest?.(operationId, specRequest) ?? [];
    if (issues.length > 0) return api.invalidRequest(operationId, issues, specRequest);
    const base = `${url.origin}${basePath}`;
    return api.handle({ ...route, body, form, headers: request.headers, url, base });
  }

  async function process(request: Request): Promise<Outcome> {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : undefined;
    const route = path === undefined ? undefined : router.match(request.method, path, url.searchParams);
    const operationId = typeof route === 'object' ? route.operationId : undefined;
    const record: FakeCallRecord<Id> = { operationId, method: request.method, path: path ?? url.pathname, outcome: 0 };
    calls.push(record);

    const fault = faults.take(operationId);
    const work = async (): Promise<Response> => {
      if (typeof route === 'object') return toResponse(checked(route.operationId, await answer(request, route, url)));
      const reply = api.unknownRoute(request.method, path ?? url.pathname);
      return toResponse(route === 'method' ? { ...reply, status: 405 } : reply);
    };
    const outcome = await applyFault(fault, work, (status) => toResponse(api.faultAnswer(status, operationId)));
    // A fault that let the work run and then lost its answer shows as 'lose-answer'.
    record.outcome =
      typeof fault === 'string'
        ? fault
        : fault === undefined || 'status' in fault || 'delayMs' in fault
          ? (outcome as { response: Response }).response.status
          : 'lose-answer';
    return outcome;
  }

  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const signal = init?.signal ?? request.signal;
    if (signal?.aborted) throw signal.reason;
    return outcomeResponse(await process(request), signal);
  };

  return {
    fetch,
    baseUrl: api.baseUrl,
    listen: (port) => listenOnLoopback(process, { basePath, port }),
    failNext: (fault, options) => faults.add(fault, options),
    clearFaults: () => faults.clear(),
    calls,
    specViolations,
    process,
  };
}
