import { type RequestSummary, requestIdOf } from './errors.js';

/** A successful call with the raw answer: what `.withResponse()` resolves with. */
export interface WithResponse<T> {
  /** What the method resolves with. */
  data: T;
  /** The HTTP response of the call's last request (its body already read). */
  response: Response;
  /** The request id the server sent, if any. */
  requestId: string | undefined;
  /** How many attempts the last request took. */
  attempts: number;
}

/** Where a method call's requests leave each success; `respond` reads the last. */
export interface ResponseSink {
  last?: { response: Response; attempts: number; request?: RequestSummary };
}

/**
 * The promise every client method returns: await it for the data, or call `.withResponse()` for the
 * data together with the response (headers such as `Location`, a request id or rate-limit headers).
 */
export class ApiPromise<T> extends Promise<T> {
  /** `then`, `catch` and `finally` return plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #withResponse: Promise<WithResponse<T>>;

  constructor(withResponse: Promise<WithResponse<T>>) {
    super((resolve, reject) => {
      withResponse.then((result) => resolve(result.data), reject);
    });
    this.#withResponse = withResponse;
  }

  /** The data with the raw response of the call. */
  withResponse(): Promise<WithResponse<T>> {
    // A caller who only asks for this is not left with an unhandled rejection of the data promise.
    Promise.prototype.then.call(this, undefined, () => {});
    return this.#withResponse;
  }
}

/**
 * Runs one method call and returns its result as an `ApiPromise`. `run` passes the sink to every
 * request it sends, so `.withResponse()` gets the last one's answer.
 */
export function respond<T>(run: (sink: ResponseSink) => Promise<T>): ApiPromise<T> {
  const sink: ResponseSink = {};
  const raw = (async () => {
    const data = await run(sink);
    const last = sink.last as NonNullable<ResponseSink['last']>;
    return { data, response: last.response, requestId: requestIdOf(last.response.headers), attempts: last.attempts };
  })();
  return new ApiPromise(raw);
}
