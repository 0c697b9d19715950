import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';
import type { RequestOptions } from '../src/index.js';
import { type ThingClient, type ThingConfig, thingsClient } from './things-api.js';

const SECRET = 'sk_live_supersecret_123';

type Handler = (request: { url: string; init: RequestInit; attempt: number }) => Response | Promise<Response>;

function stubFetch(handler: Handler) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return handler({ url, init, attempt: calls.length });
  };
  return { fetch, calls };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** This test API's error bodies: `{ error }` or `{ errors: [{ code, message, value }] }`. */
function testErrorDetails(body: unknown) {
  if (typeof body !== 'object' || body === null) return [];
  const { error, errors } = body as { error?: string; errors?: { code: string; message: string; value: unknown }[] };
  return errors ?? (error === undefined ? [] : [{ message: error }]);
}

function client(fetch: ThingConfig['fetch'], extra: ThingConfig = {}) {
  return thingsClient({
    credentialHeaders: { 'X-Api-Key': SECRET },
    secrets: [SECRET],
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    fetch,
    errorDetails: testErrorDetails,
    ...extra,
  });
}

const getThing = (api: ThingClient, options?: RequestOptions) => api.send('getThing', { path: { id: 'a/b c' } }, options);

const createThing = (api: ThingClient, options?: RequestOptions) => api.send('createThing', { path: { id: '1' }, body: { name: 'x' } }, options);

describe('ApiClient.send — success', () => {
  it('sends credentials, user agent and per-call headers, encodes the path, and returns the parsed body', async () => {
    const { fetch, calls } = stubFetch(() => json(200, { id: 'a/b c' }));
    const { data, response } = await getThing(client(fetch), { headers: { 'X-Trace': 't1' } });
    expect(data).toEqual({ id: 'a/b c' });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const sent = calls[0]!;
    expect(sent.url).toBe('https://api.test/v1/things/a%2Fb%20c');
    const headers = new Headers(sent.init.headers);
    expect(headers.get('x-api-key')).toBe(SECRET);
    expect(headers.get('user-agent')).toBe('@shopclients/test/1.2.3');
    expect(headers.get('x-trace')).toBe('t1');
  });

  it('sends the JSON body unchanged on every attempt', async () => {
    const { fetch, calls } = stubFetch(({ attempt }) => (attempt < 3 ? json(503, {}) : json(200, { id: '1' })));
    await createThing(client(fetch), { maxRetries: 2 });
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(new TextDecoder().decode(call.init.body as ArrayBuffer)).toBe('{"name":"x"}');
  });
});

describe('ApiClient.send — HTTP errors', () => {
  it.each([
    [400, ValidationError],
    [401, AuthenticationError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, ServerError],
    [418, ApiError],
  ])('maps %i to %o with status, body, headers and request id', async (status, ErrorClass) => {
    const { fetch } = stubFetch(() => json(status, { error: 'nope' }, { 'x-request-id': 'req_42' }));
    const error = await getThing(client(fetch, { maxRetries: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, body: { error: 'nope' }, requestId: 'req_42', operation: 'getThing' });
    expect((error as ApiError).message).toBe(`getThing failed with ${status}: nope`);
    expect((error as ApiError).details).toEqual([{ message: 'nope' }]);
  });

  it('reads an errors[] list into details', async () => {
    const body = { status: 400, errors: [{ code: 'E1', message: 'bad field', value: 'x' }] };
    const { fetch } = stubFetch(() => json(400, body));
    const error = (await getThing(client(fetch)).catch((e: unknown) => e)) as ValidationError;
    expect(error.details).toEqual([{ code: 'E1', message: 'bad field', value: 'x' }]);
    expect(error.message).toBe('getThing failed with 400: E1 bad field');
  });

  it('keeps a non-JSON error body as text', async () => {
    const { fetch } = stubFetch(() => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = (await getThing(client(fetch, { maxRetries: 0 })).catch((e: unknown) => e)) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toBe('<html>Bad Gateway</html>');
  });
});

describe('ApiClient.send — retries', () => {
  it('retries a safe operation on 503 and succeeds', async () => {
    const { fetch, calls } = stubFetch(({ attempt }) => (attempt < 3 ? json(503, { error: 'busy' }) : json(200, { id: '1' })));
    const { data } = await getThing(client(fetch));
    expect(data).toEqual({ id: '1' });
    expect(calls).toHaveLength(3);
  });

  it('gives up after maxRetries with the last status and body', async () => {
    const { fetch, calls } = stubFetch(({ attempt }) => json(500, { error: `failure ${attempt}` }));
    const error = (await getThing(client(fetch, { maxRetries: 3 })).catch((e: unknown) => e)) as ServerError;
    expect(calls).toHaveLength(4);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, body: { error: 'failure 4' }, attempts: 4 });
  });

  it('never retries an operation that is not safe to repeat', async () => {
    const { fetch, calls } = stubFetch(() => json(503, { error: 'busy' }));
    await expect(createThing(client(fetch, { maxRetries: 5 }))).rejects.toBeInstanceOf(ServerError);
    expect(calls).toHaveLength(1);
  });

  it('lets one call opt out of retries', async () => {
    const { fetch, calls } = stubFetch(() => json(503, {}));
    await expect(getThing(client(fetch), { maxRetries: 0 })).rejects.toBeInstanceOf(ServerError);
    expect(calls).toHaveLength(1);
  });

  it('does not retry a client error', async () => {
    const { fetch, calls } = stubFetch(() => json(400, { error: 'bad' }));
    await expect(getThing(client(fetch))).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(1);
  });

  it('retries a connection failure of a safe operation', async () => {
    const { fetch, calls } = stubFetch(({ attempt }) => {
      if (attempt === 1) throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
      return json(200, { id: '1' });
    });
    await expect(getThing(client(fetch))).resolves.toMatchObject({ data: { id: '1' } });
    expect(calls).toHaveLength(2);
  });

  it('honours Retry-After in seconds', async () => {
    const times: number[] = [];
    const { fetch } = stubFetch(({ attempt }) => {
      times.push(Date.now());
      return attempt === 1 ? json(429, {}, { 'retry-after': '1' }) : json(200, { id: '1' });
    });
    await getThing(client(fetch));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(990);
  });

  it('does not wait for a Retry-After beyond the limit', async () => {
    const { fetch, calls } = stubFetch(() => json(429, { error: 'slow down' }, { 'retry-after': '3600' }));
    const error = await getThing(client(fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(1);
  });
});

describe('ApiClient.send — timeouts and abort', () => {
  const hanging = (url: string, init: RequestInit) =>
    new Promise<Response>((_, reject) => {
      void url;
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });

  it('times out each attempt and reports a TimeoutError', async () => {
    const started = Date.now();
    const error = await getThing(client(hanging, { timeout: 50, maxRetries: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as TimeoutError).attempts).toBe(2);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a per-call timeout overrides the client timeout', async () => {
    const started = Date.now();
    await expect(getThing(client(hanging, { timeout: 60_000 }), { timeout: 30, maxRetries: 0 })).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives a slow operation at least its minimum timeout', async () => {
    const started = Date.now();
    const error = await client(hanging, { timeout: 10 })
      .send('syncThings', { path: { id: '1' } }, undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('within 150 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('aborts promptly when the caller signal fires, without retrying', async () => {
    const controller = new AbortController();
    const { fetch, calls } = stubFetch(({ init }) => hanging('', init));
    setTimeout(() => controller.abort(), 20);
    const error = await getThing(client(fetch), { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
  });

  it('aborts during the wait between retries', async () => {
    const controller = new AbortController();
    const { fetch, calls } = stubFetch(() => json(503, {}));
    const api = client(fetch, { retry: { initialDelayMs: 10_000, maxDelayMs: 10_000 } });
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await expect(getThing(api, { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('ApiClient.send — broken success responses', () => {
  it('reports a truncated JSON body with the raw text', async () => {
    const { fetch } = stubFetch(() => new Response('{"id": "1"', { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = (await getThing(client(fetch)).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, body: '{"id": "1"' });
  });

  it('rejects a success that is not JSON', async () => {
    const { fetch } = stubFetch(() => new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const error = (await getThing(client(fetch)).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain('text/html');
  });

  it('rejects an empty success body where content is due', async () => {
    const { fetch } = stubFetch(() => new Response(null, { status: 200 }));
    await expect(getThing(client(fetch))).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('ApiClient — review fixes', () => {
  it('ends an attempt on timeout even when a custom fetch ignores the signal', async () => {
    const deaf = () => new Promise<Response>(() => {});
    const started = Date.now();
    await expect(getThing(client(deaf, { timeout: 40, maxRetries: 0 }))).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('ends an attempt on abort even when the response body ignores the signal', async () => {
    const stalledBody = async () =>
      new Response(new ReadableStream({ pull: () => new Promise(() => {}) }), { headers: { 'content-type': 'application/json' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(getThing(client(stalledBody, { timeout: 60_000 }), { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it('does not follow redirects: a 3xx is an ApiError and the fetch was told so', async () => {
    const { fetch, calls } = stubFetch(() => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/' } }));
    const error = (await createThing(client(fetch)).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(302);
    expect(calls[0]?.init.redirect).toBe('manual');
  });

  it('an operation without a required body takes text or nothing as success, and JSON as data', async () => {
    const send = (api: ThingClient) => api.send('uploadThing', { path: { id: '1' }, body: { name: 'x' } }, undefined);
    for (const reply of [
      new Response('OK', { headers: { 'content-type': 'text/plain' } }),
      new Response('{broken', { headers: { 'content-type': 'application/json' } }),
      new Response(null),
    ]) {
      await expect(send(client(async () => reply.clone()))).resolves.toMatchObject({ data: undefined });
    }
    await expect(send(client(async () => json(200, { id: '1' })))).resolves.toMatchObject({ data: { id: '1' } });
  });

  it('keeps no raw cause on a connection error', async () => {
    const { fetch } = stubFetch(() => {
      throw new TypeError('fetch failed', { cause: new Error(`socket to key ${SECRET}`) });
    });
    const error = (await getThing(client(fetch, { maxRetries: 0 })).catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.cause).toBeUndefined();
    expect(error.message).toContain('[REDACTED]');
  });

  it.each([
    ['timeout', { timeout: 0 }],
    ['timeout', { timeout: 3e9 }],
    ['maxRetries', { maxRetries: 2.5 }],
    ['retry.initialDelayMs', { retry: { initialDelayMs: Number.NaN } }],
    ['retry.maxRetryAfterMs', { retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY } }],
  ])('refuses an unusable %s', (argument, options) => {
    expect(() => client(undefined, options)).toThrow(new RegExp(`\`${argument.replace('.', '\\.')}\``));
  });

  it('sends direct openapi calls through the configured fetch', async () => {
    const { fetch, calls } = stubFetch(() => json(200, { id: '1' }));
    const { data } = await client(fetch).openapi.GET('/things/{id}', { params: { path: { id: '1' } } });
    expect(data).toEqual({ id: '1' });
    expect(calls).toHaveLength(1);
    expect(new Headers(calls[0]?.init.headers).get('user-agent')).toBe('@shopclients/test/1.2.3');
  });

  it('reports a non-JSON answer from middleware as an InvalidResponseError', async () => {
    const api = client(undefined, { middleware: [{ onRequest: () => new Response('<html>', { status: 200 }) }] });
    await expect(getThing(api)).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe('ApiClient — target', () => {
  it('logs at debug level where its calls go once it is built, and nothing else', () => {
    const calls: unknown[][] = [];
    const { fetch } = stubFetch(() => json(200, {}));
    client(fetch, { logger: { debug: (...args: unknown[]) => calls.push(['debug', ...args]), info: (...args: unknown[]) => calls.push(['info', ...args]) } });
    expect(calls).toEqual([['debug', 'client for https://api.test/v1', { baseUrl: 'https://api.test/v1', userAgent: '@shopclients/test/1.2.3' }]]);
  });
});

describe('ApiClient — secrets', () => {
  it('never shows the API key in errors or log lines', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (message: string, details?: unknown) => lines.push(message + JSON.stringify(details)),
      warn: (message: string, details?: unknown) => lines.push(message + JSON.stringify(details)),
    };
    const { fetch } = stubFetch(({ attempt }) => {
      if (attempt === 1) throw new TypeError(`connect failed for key ${SECRET}`);
      return json(401, { error: `key ${SECRET} is not valid` });
    });
    const error = await getThing(client(fetch, { logger })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const shown = [String(error), JSON.stringify(error), (error as Error).stack ?? '', ...lines].join('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(SECRET);
  });

  it('redacts a secret the server echoes in a JSON body even where JSON escapes it, and in headers', async () => {
    const quoted = 'pw"7Hq\\x2Lm9zR4';
    const { fetch } = stubFetch(() => json(401, { error: `wrong password ${quoted}` }, { 'x-echo': `key ${quoted}` }));
    const api = client(fetch, { secrets: [SECRET, quoted] });
    const error = (await getThing(api).catch((e: unknown) => e)) as AuthenticationError;
    expect(JSON.stringify(error)).not.toContain('7Hq');
    expect(error.headers.get('x-echo')).toBe('key [REDACTED]');
  });

  it('keeps no unredacted parser error as the cause of an unparsable success', async () => {
    const { fetch } = stubFetch(() => new Response(`${SECRET} not json`, { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = (await getThing(client(fetch)).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.cause).toBeUndefined();
    expect(error.body).toBe('[REDACTED] not json');
  });

  it('refuses a base URL that is not absolute', () => {
    expect(() => client(undefined, { baseUrl: 'ssl.example/api' })).toThrow(InvalidArgumentError);
  });
});
