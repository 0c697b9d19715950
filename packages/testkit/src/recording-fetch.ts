export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text (multipart bodies included), or `undefined` when none was sent. */
  body: string | undefined;
}

/**
 * A `fetch` that sends through `send` (default: the global fetch) and keeps what each request
 * carried, for assertions.
 */
export function recordingFetch(send: (request: Request) => Promise<Response> = (request) => globalThis.fetch(request)) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = init.body == null ? undefined : await request.clone().text();
    requests.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers), body });
    return send(request);
  };
  return {
    fetch,
    requests,
    /** The one request sent since the last `reset()`; fails when there were none or several. */
    only(): RecordedRequest {
      if (requests.length !== 1) throw new Error(`expected exactly one request, saw ${requests.length}`);
      return requests[0] as RecordedRequest;
    },
    reset(): void {
      requests.length = 0;
    },
  };
}
