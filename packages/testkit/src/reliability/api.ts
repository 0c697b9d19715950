import type { Fault } from '@shopclients/core/testing';
import type { StoreApi } from '../keyed-store-server.js';
import type { Answer, TestRequest } from '../test-server.js';

/** Per-call options every method of both clients takes. */
export interface CallOptions {
  signal?: AbortSignal;
  timeout?: number;
  maxRetries?: number;
  reconcile?: boolean;
}

/** A read that is safe to repeat. */
export interface SafeRead<C> {
  name: string;
  /** The operation errors name. */
  operation: string;
  /** Path and query the request must have, below the base path. */
  target: string;
  /** The body of its success. */
  success: unknown;
  call(client: C, options?: CallOptions): Promise<unknown>;
}

/** A create that is not safe to repeat. */
export interface UnsafeCall<C> {
  name: string;
  /** The operation errors name. */
  operation: string;
  /** Path the request must have, below the base path. */
  target: string;
  /** The JSON body it must send (not checked when undefined, e.g. for a multipart upload). */
  body?: unknown;
  /** The server's success answer. */
  success: Answer;
  call(client: C, options?: CallOptions): Promise<unknown>;
  /** What a success resolves with (checked when the server answers `success`). */
  resolved?: Record<string, unknown>;
  /** Faults whose answer may still be a success for this call (e.g. a 200 whose body breaks off, for an upload that needs none). */
  mayResolveUnder?: readonly string[];
}

/** A create reconciled by its natural key, for the keyed store. */
export interface KeyedCreate<C> {
  name: string;
  /** How many trials per fault (each with its own key). */
  trials: number;
  /** Starts the `index`-th create with the key `unique` and says which store key it makes. */
  start(client: C, unique: string, index: number): { key: string; call: Promise<unknown> };
  /** Starts a create with the same key as `start` but other content in `changed`, a field its policy compares. */
  other(client: C, unique: string, index: number): { key: string; call: Promise<unknown>; changed: string };
  /** Its operation, its read-back operation and the field of its natural key, as log lines and errors name them. */
  operation: string;
  readBack: string;
  field: string;
  /** Losses under which the answer still arrives well enough to need no reconciling (e.g. a 201's `Location` before a cut body). */
  answeredDespite?: readonly string[];
  /** The error of a create whose key was taken before the call (default `ValidationError`, a 400). */
  takenError?: abstract new (
    ...args: never[]
  ) => Error;
  /** Checks of a reconciled result beyond `{ [field]: key, reconciled: true }`, with the store's requests. */
  reconciled?(result: unknown, requests: string[], key: string, storeUrl: string): void;
}

/** The verdict on a call a careless or hostile caller makes: refused before sending, naming the argument, or sent as checked. */
export type Verdict<R> = { refused: string } | { sent: (request: R) => void | Promise<void> };

/** One request as a recording `fetch` saw it. */
export interface SentRequest {
  method: string;
  url: URL;
  /** The parsed JSON body, or undefined. */
  body: unknown;
}

/** A row of local refusals: a call, and its verdict. `make` builds another client on the same recording fetch. */
export type LocalRow<C> = [label: string, call: (client: C, make: (options: Record<string, unknown>) => C) => unknown, verdict: Verdict<SentRequest>];

/**
 * One API as the reliability suite drives it: how to build its client, its reads and creates, the
 * faults and argument mistakes that only it has. Both clients give one of these; the suite is the same.
 */
export interface ApiUnderTest<C> {
  /** For titles and summary lines, e.g. `IOM`. */
  name: string;
  /** The API's path below a server's origin, e.g. `/rest/order-service` (or `''`). */
  basePath: string;
  /** A client with the API's test credentials; `options` go on top (baseUrl, fetch, timeouts, logger, auth …). */
  client(options: Record<string, unknown>): C;
  /** How the credentials must arrive on every request of `client({})`. */
  credentials: { header: string; value: string };
  /** Client options that configure other credentials (e.g. a token instead of a password), and how they arrive; each checked for leaks too. */
  otherCredentials: { options: Record<string, unknown>; value: string }[];
  /** Texts that must never show in an error or log line: every configured secret and its encodings. */
  secrets: Record<string, string>;
  /** The media type of a success body. */
  mediaType: string;
  /** The body of the API's 400 answer. */
  badRequest: unknown;
  /** Safe reads; the first one also runs the timing checks (jitter, Retry-After). */
  reads: SafeRead<C>[];
  /** Creates that are not safe to repeat (each runs with `reconcile: false` under every fault). */
  unsafe: UnsafeCall<C>[];
  /** Faults only this API's creates meet (e.g. IOM's 201 without a `Location`). */
  createFaults: [string, Fault][];
  /** The stateful store that plays the API for reconciling lost answers, and its reconciled creates. */
  store(): StoreApi;
  /** Reconciled creates; the first one runs the single-call checks, all of them share the 200 concurrent creates. */
  keyed: KeyedCreate<C>[];
  /** 1,000 concurrent reads of a server that echoes `key` back: the server's answer, and the key a result carries. */
  load: { read(client: C, key: string): Promise<unknown>; answer(url: URL): Answer; keyOf(result: unknown): unknown; key(index: number): string };
  /** The echo of credentials an error body can carry, for the leak check: computed from each request. */
  echo(request: TestRequest, shape: 'json-401' | 'bad-request' | 'text-500' | 'wrong-type-200' | 'plain-403'): Answer;
  /** Calls a JavaScript caller gets wrong, and hostile arguments: each refused before sending or sent correctly encoded. */
  local: { mistakes: LocalRow<C>[]; hostile: LocalRow<C>[]; respond(request: Request): Response };
}
