import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidResponseError, REDACTED, ValidationError } from '../src/index.js';
import type { RequestOptions } from '../src/index.js';
import { type ThingClient, type ThingConfig, thingsClient } from './things-api.js';

// Findings of the independent audit (issue 10, item 3) on the API client: each test failed before its fix.

function stubFetch(handler: (attempt: number, url: string) => Response | Promise<Response>) {
  const calls: string[] = [];
  const fetch = async (url: string) => {
    calls.push(url);
    return handler(calls.length, url);
  };
  return { fetch, calls };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function client(fetch: ThingConfig['fetch'], extra: ThingConfig = {}) {
  return thingsClient({
    credentialHeaders: { Authorization: 'Basic x' },
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    fetch,
    errorDetails: (body) => (body as { errors?: { code: string; message: string }[] })?.errors ?? [],
    ...extra,
  });
}

const getThing = (api: ThingClient, options?: RequestOptions) => api.send('getThing', { path: { id: '1' } }, options);
// A create whose success needs no body (201 with a `Location`).
const createThing = (api: ThingClient, options?: RequestOptions) => api.send('uploadThing', { path: { id: '1' }, body: { name: 'x' } }, options);

function refusal(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('expected an InvalidArgumentError');
}

describe('baseUrl', () => {
  it.each([
    ['user and password', 'http://user:hunter2-secret@host.test/api'],
    ['a password only', 'https://:hunter2-secret@host.test/api'],
    ['a user only', 'https://hunter2-secret@host.test/api'],
    ['credentials and no host', 'http://user:hunter2-secret@'],
  ])('refuses %s without echoing it', (_, baseUrl) => {
    const error = refusal(() => client(undefined, { baseUrl }));
    expect(error.argument).toBe('baseUrl');
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain('hunter2');
  });

  it.each(['https://host.test/api?token=hunter2-secret', 'https://host.test/api?', 'https://host.test/api#hunter2-secret', 'https://host.test/api#'])(
    'refuses the query or fragment in %j without echoing it',
    (baseUrl) => {
      const error = refusal(() => client(undefined, { baseUrl }));
      expect(error.message).toMatch(/query|fragment/);
      expect(error.message).not.toContain('hunter2');
    },
  );

  it('refuses a scheme other than http and https', () => {
    expect(refusal(() => client(undefined, { baseUrl: 'user:hunter2-secret@host.test' })).message).not.toContain('hunter2');
    expect(refusal(() => client(undefined, { baseUrl: 'ftp://host.test/api' })).argument).toBe('baseUrl');
  });

  it('accepts a plain base URL with port and path', async () => {
    const { fetch, calls } = stubFetch(() => json(200, { id: '1' }));
    await getThing(client(fetch, { baseUrl: 'http://127.0.0.1:8443/rest/order-service' }));
    expect(calls).toEqual(['http://127.0.0.1:8443/rest/order-service/things/1']);
  });
});

describe('headers options', () => {
  const bad: [string, Record<string, string>][] = [
    ['a CR LF in a value', { 'X-Trace': 'a\r\nX-Injected: 1' }],
    ['a LF in a value', { 'X-Trace': 'a\nb' }],
    ['a NUL in a value', { 'X-Trace': 'a\u0000b' }],
    ['a value beyond Latin-1', { 'X-Trace': 'Grüße 🙂' }],
    ['a name with a space', { 'X Trace': 'a' }],
    ['a name with a CR LF', { 'X-Trace\r\n': 'a' }],
    ['a name beyond Latin-1', { 'X-Trüce': 'a' }],
    ['an empty name', { '': 'a' }],
    ['a value that is no string', { 'X-Trace': 42 as unknown as string }],
  ];

  it.each(bad)('refuses %s on the client', (_, headers) => {
    expect(refusal(() => client(undefined, { headers })).argument).toMatch(/^headers/);
  });

  it.each(bad)('refuses %s on a call, before sending', async (_, headers) => {
    const { fetch, calls } = stubFetch(() => json(200, { id: '1' }));
    const error = await getThing(client(fetch), { headers }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toMatch(/^options\.headers/);
    expect(calls).toHaveLength(0);
  });

  it('never quotes a refused value, which may be a credential', () => {
    const error = refusal(() => client(undefined, { headers: { 'X-Token': 'hunter2-secret\n' } }));
    expect(error.message).not.toContain('hunter2');
  });

  it('sends Latin-1 values and tokens with punctuation', async () => {
    const { fetch, calls } = stubFetch(() => json(200, { id: '1' }));
    await getThing(client(fetch, { headers: { "X-Shop_Name.v2!#$%&'*+^`|~": 'Müller & Söhne' } }));
    expect(calls).toHaveLength(1);
  });
});

describe('statuses a custom fetch may return', () => {
  const fake = (status: number) => ({ status, ok: false, statusText: '', headers: new Headers(), body: null }) as unknown as Response;

  it.each([
    ['Response.error() (status 0)', () => Response.error()],
    ['status 600', () => fake(600)],
    ['status 199', () => fake(199)],
    ['status 1000', () => fake(1000)],
  ])('turns %s into an InvalidResponseError', async (_, response) => {
    const { fetch, calls } = stubFetch(() => response());
    const error = await getThing(client(fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toMatch(/outside 200–599/);
    expect((error as InvalidResponseError).status).toBeUndefined();
    expect(calls).toHaveLength(1);
  });
});

describe('a logger that throws', () => {
  const throwing = {
    debug: () => {
      throw new Error('logger broke');
    },
    warn: () => {
      throw new Error('logger broke');
    },
  };

  it('does not turn a create the server accepted into a failure', async () => {
    const { fetch, calls } = stubFetch(() => new Response(null, { status: 201, headers: { location: '/things/1' } }));
    const result = await createThing(client(fetch, { logger: throwing }));
    expect(result.response.status).toBe(201);
    expect(calls).toHaveLength(1);
  });

  it('does not stop retries or change the error', async () => {
    const { fetch, calls } = stubFetch((attempt) => (attempt < 3 ? json(503, {}) : json(400, { errors: [{ code: 'E1', message: 'bad' }] })));
    const error = await getThing(client(fetch, { logger: throwing })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(3);
  });
});

describe('Retry-After that is no HTTP-date', () => {
  it('backs off and retries on `Retry-After: abc 2030`', async () => {
    const { fetch, calls } = stubFetch((attempt) => (attempt === 1 ? json(503, {}, { 'retry-after': 'abc 2030' }) : json(200, { id: '1' })));
    const started = Date.now();
    await expect(getThing(client(fetch))).resolves.toMatchObject({ data: { id: '1' } });
    expect(calls).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('short secrets', () => {
  it('keep messages, error details and the request URL intact', async () => {
    for (const secret of ['s', 'e', 'a', 'p', '1', '.', '/', ':', '443']) {
      const body = { status: 400, errors: [{ code: 'E_STATE', message: 'order state does not accept this' }] };
      const { fetch } = stubFetch(() => json(400, body));
      const error = (await getThing(client(fetch, { secrets: [secret] })).catch((e: unknown) => e)) as ValidationError;
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.message).toBe('getThing failed with 400: E_STATE order state does not accept this');
      expect(error.details).toEqual(body.errors);
      expect(error.body).toEqual(body);
      expect(error.request.url).toBe('https://api.test/v1/things/1');
    }
  });

  it('do not decide which details are read: they come from the body as received', async () => {
    const secret = 'validationErrors';
    const { fetch } = stubFetch(() => json(400, { validationErrors: [{ code: 'E1', message: `echo ${secret}` }] }));
    const errorDetails = (body: unknown) => (body as { validationErrors?: { code: string; message: string }[] }).validationErrors ?? [];
    const error = (await getThing(client(fetch, { secrets: [secret], errorDetails })).catch((e: unknown) => e)) as ValidationError;
    expect(error.details).toEqual([{ code: 'E1', message: `echo ${REDACTED}` }]);
    expect(error.message).toBe(`getThing failed with 400: E1 echo ${REDACTED}`);
  });

  it('a result gives the real URL to resolve against, and the redacted one for output', async () => {
    const secret = 'path-secret-0815';
    const { fetch } = stubFetch(() => new Response(null, { status: 201, headers: { location: 'things/1' } }));
    const result = await createThing(client(fetch, { baseUrl: `https://api.test/${secret}/v1`, secrets: [secret] }));
    expect(result.url).toBe(`https://api.test/${secret}/v1/things/1`);
    expect(result.request.url).toBe(`https://api.test/${REDACTED}/v1/things/1`);
  });
});

describe('a secret echoed in a response header name', () => {
  it('is redacted although header names arrive lower-cased', async () => {
    const secret = 'Sk_Live_MixedCase_99';
    const { fetch } = stubFetch(() => json(400, { errors: [] }, { [`x-echo-${secret}`]: secret, 'x-request-id': 'req_1' }));
    const error = (await getThing(client(fetch, { secrets: [secret] })).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify([...error.headers]).toLowerCase()).not.toContain(secret.toLowerCase());
    expect(error.headers.get('x-echo-redacted')).toBe(REDACTED);
    expect(error.requestId).toBe('req_1');
  });
});
