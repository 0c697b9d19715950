import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  ConflictError,
  KeyConflictError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  OutcomeUnknownError,
  type RequestOptions,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';
import { type ThingConfig, thingsClient } from './things-api.js';
import { outcomeOf, reconcileCreate } from '../src/reconcile.js';

const request = { method: 'POST', url: 'https://api.test/things' };
const lost = () => new ConnectionError('createThing: connection failed', { operation: 'createThing', request });
const status = (ErrorClass: typeof ApiError, code: number) =>
  new ErrorClass(`createThing failed with ${code}`, { operation: 'createThing', request, status: code });
const POLICY = { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 0 };

/** Steps that play out `sends` and `reads` in turn, recording what the reconciler asked for. */
function script(sends: (() => { id: string })[], reads: (() => { id: string } | undefined)[]) {
  const calls: string[] = [];
  const options: RequestOptions[] = [];
  return {
    calls,
    options,
    steps: {
      send: async (given: RequestOptions) => {
        calls.push('send');
        options.push(given);
        return (sends.shift() ?? (() => ({ id: 'unexpected' })))();
      },
      readBack: async (key: string, given: RequestOptions) => {
        calls.push(`read ${key}`);
        options.push(given);
        return (reads.shift() ?? (() => undefined))();
      },
    },
  };
}

function plan(maxResends = 2, lines: string[] = []) {
  return {
    operation: 'createThing',
    naturalKey: { field: 'ref', readBack: 'getThing', takenStatuses: [400, 409] },
    key: 'R-1',
    maxResends,
    policy: POLICY,
    redact: (text: string) => text,
    log: (level: string, message: string) => void lines.push(`${level} ${message}`),
  };
}

const fail = (error: ApiError) => () => {
  throw error;
};

describe('outcomeOf', () => {
  it.each([
    ['a reset connection', lost(), 'unknown'],
    ['a timeout', new TimeoutError('t', { operation: 'x', request }), 'unknown'],
    ['502 from a proxy', status(ServerError, 502), 'unknown'],
    ['503', status(ServerError, 503), 'unknown'],
    ['504', status(ServerError, 504), 'unknown'],
    ['a 201 whose answer is unusable', status(InvalidResponseError, 201), 'answered'],
    ['400', status(ValidationError, 400), 'rejected'],
    ['409', status(ConflictError, 409), 'rejected'],
    ['500 from the server itself', status(ServerError, 500), 'final'],
    ['404', status(NotFoundError, 404), 'final'],
    ['an abort', new AbortError('a', { operation: 'x', request }), 'final'],
    ['an error that is not an ApiError', new TypeError('bug'), 'final'],
  ])('%s is %s', (_, error, expected) => {
    expect(outcomeOf(error, [400, 409])).toBe(expected);
  });
});

describe('reconcileCreate', () => {
  it('an answered create resolves as it came, unmarked, with no read-back; each attempt is sent once', async () => {
    const { steps, calls, options } = script([() => ({ id: 'a' })], []);
    await expect(reconcileCreate(plan(), { maxRetries: 5, timeout: 10 }, steps)).resolves.toEqual({ id: 'a' });
    expect(calls).toEqual(['send']);
    expect(options[0]).toMatchObject({ maxRetries: 0, timeout: 10 });
  });

  it('a lost answer found by the read-back resolves with it, marked reconciled and logged', async () => {
    const lines: string[] = [];
    const { steps, calls, options } = script([fail(lost())], [() => ({ id: 'found' })]);
    await expect(reconcileCreate(plan(2, lines), { maxRetries: 5 }, steps)).resolves.toEqual({ id: 'found', reconciled: true });
    expect(calls).toEqual(['send', 'read R-1']);
    // The read-back retries as a read does: the call's maxRetries is the re-send budget, not its.
    expect(options[1]?.maxRetries).toBeUndefined();
    expect(lines).toContain('info createThing: reconciled: getThing found ref "R-1" after createThing attempt 1: ConnectionError; getThing: found');
  });

  it('not found: reads again after a delay, and found then, does not re-send', async () => {
    const { steps, calls } = script([fail(status(ServerError, 504))], [() => undefined, () => ({ id: 'late' })]);
    await expect(reconcileCreate(plan(), undefined, steps)).resolves.toEqual({ id: 'late', reconciled: true });
    expect(calls).toEqual(['send', 'read R-1', 'read R-1']);
  });

  it('not found twice: re-sends, and the re-send answered is the result', async () => {
    const { steps, calls } = script([fail(lost()), () => ({ id: 'second' })], []);
    await expect(reconcileCreate(plan(), undefined, steps)).resolves.toEqual({ id: 'second' });
    expect(calls).toEqual(['send', 'read R-1', 'read R-1', 'send']);
  });

  it('a re-send rejected as if the key were taken is read back: found, it resolves', async () => {
    const { steps, calls } = script([fail(lost()), fail(status(ConflictError, 409))], [() => undefined, () => undefined, () => ({ id: 'first' })]);
    await expect(reconcileCreate(plan(), undefined, steps)).resolves.toEqual({ id: 'first', reconciled: true });
    expect(calls).toEqual(['send', 'read R-1', 'read R-1', 'send', 'read R-1']);
  });

  it('a re-send rejected while the key is still free: the rejection stands', async () => {
    const rejection = status(ValidationError, 400);
    const { steps } = script([fail(lost()), fail(rejection)], []);
    await expect(reconcileCreate(plan(), undefined, steps)).rejects.toBe(rejection);
  });

  it('a first attempt rejected, or failed for good, is thrown as it is, without a read-back', async () => {
    for (const error of [status(ValidationError, 400), status(ServerError, 500), new AbortError('a', { operation: 'x', request })]) {
      const { steps, calls } = script([fail(error)], []);
      await expect(reconcileCreate(plan(), undefined, steps)).rejects.toBe(error);
      expect(calls).toEqual(['send']);
    }
  });

  it('a read-back that fails cannot decide: OutcomeUnknownError with the key, what was tried, and the cause', async () => {
    const readFailure = status(ServerError, 500);
    const { steps, calls } = script([fail(lost())], [fail(readFailure)]);
    const error = (await reconcileCreate(plan(), undefined, steps).catch((e: unknown) => e)) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ operation: 'createThing', request, attempts: 1, key: { field: 'ref', value: 'R-1' }, cause: readFailure });
    expect(error.tried).toEqual(['createThing attempt 1: ConnectionError', 'getThing: ServerError 500']);
    expect(calls).toEqual(['send', 'read R-1']);
  });

  it('a success whose answer was unusable is never re-sent: not found, the outcome is unknown', async () => {
    const { steps, calls } = script([fail(status(InvalidResponseError, 201))], []);
    await expect(reconcileCreate(plan(), undefined, steps)).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(calls).toEqual(['send', 'read R-1', 'read R-1']);
  });

  it('re-sends stay within the budget; then the outcome is unknown', async () => {
    const { steps, calls } = script([fail(lost()), fail(lost())], []);
    const error = (await reconcileCreate(plan(1), undefined, steps).catch((e: unknown) => e)) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.attempts).toBe(2);
    expect(calls).toEqual(['send', 'read R-1', 'read R-1', 'send', 'read R-1', 'read R-1']);
  });

  it('an abort during the wait before the second read-back ends the call with AbortError', async () => {
    const controller = new AbortController();
    const { steps } = script([fail(lost())], [() => (controller.abort(), undefined)]);
    await expect(
      reconcileCreate({ ...plan(), policy: { ...POLICY, initialDelayMs: 5_000, maxDelayMs: 5_000 } }, { signal: controller.signal }, steps),
    ).rejects.toBeInstanceOf(AbortError);
  });
});

describe('ApiClient.create', () => {
  const NATURAL_KEY = { field: 'ref', readBack: 'getThing', takenStatuses: [400, 409] } as const;
  /** A client whose fetch plays `answers` in turn (a thrown error is a lost connection), recording each request. */
  const http = (answers: (() => Response)[], config: ThingConfig = {}) => {
    const calls: string[] = [];
    const client = thingsClient({
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
      policies: { createThing: { methods: ['things.create'], safeToRepeat: false, naturalKey: NATURAL_KEY } },
      fetch: async (url, init) => {
        calls.push(`${init.method} ${new URL(url).pathname}`);
        return (answers.shift() ?? (() => new Response(null, { status: 500 })))();
      },
      ...config,
    });
    return { client, calls };
  };
  const reset = (): Response => {
    throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
  };
  const found = () => Response.json({ id: 'found', ref: 'R-1' });
  const create = (client: ReturnType<typeof http>['client'], ref: unknown, options?: RequestOptions) =>
    client.create(
      'createThing',
      {
        request: { path: { id: 'new' }, body: { name: 'x', ref } },
        argument: 'thing',
        created: (result) => result.data as { id: string },
        readBack: (key) => ({
          request: { path: { id: key } },
          resource: (result) => result.data as { id: string },
          reconciled: (resource) => resource as { id: string },
        }),
      },
      options,
      {},
    );

  it('reconciles by default, reading the key from the body and reading back with the policy’s operation', async () => {
    const { client, calls } = http([reset, found]);
    await expect(create(client, 'R-1')).resolves.toEqual({ id: 'found', ref: 'R-1', reconciled: true });
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1']);
  });

  it('does not reconcile without a natural key, or with reconcile: false on the client or the call; the call options go through as they are', async () => {
    for (const [config, options] of [
      [{ policies: { createThing: { methods: [], safeToRepeat: false } } }, { maxRetries: 1 }],
      [{ reconcile: false }, { maxRetries: 1 }],
      [{}, { maxRetries: 1, reconcile: false }],
    ] as const) {
      const { client, calls } = http([reset, reset], config);
      await expect(create(client, 'R-1', options)).rejects.toBeInstanceOf(ConnectionError);
      // maxRetries 1 went through: the create was sent twice, and never read back.
      expect(calls).toEqual(['POST /v1/things/new', 'POST /v1/things/new']);
    }
  });

  it('a body whose key cannot be read back by (e.g. empty, which a spec may allow) is sent unreconciled, with a warning', async () => {
    const lines: string[] = [];
    for (const ref of ['', '  ', undefined, 7]) {
      const { client, calls } = http([reset], { logger: { warn: (line) => lines.push(line) }, validateRequests: false });
      await expect(create(client, ref)).rejects.toBeInstanceOf(ConnectionError);
      expect(calls).toEqual(['POST /v1/things/new']);
    }
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('createThing: `thing.ref` cannot be read back by, so this call is not reconciled');
  });

  it('a read-back answered 404 means nothing was created, so the create is sent again', async () => {
    const notFound = () => Response.json({ error: 'no such thing' }, { status: 404 });
    const { client, calls } = http([reset, notFound, notFound, () => Response.json({ id: 'new' })]);
    await expect(create(client, 'R-1', { maxRetries: 1 })).resolves.toEqual({ id: 'new' });
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1', 'GET /v1/things/R-1', 'POST /v1/things/new']);
  });

  it('refuses a reconcile option that is not a boolean', async () => {
    expect(() => thingsClient({ reconcile: 'no' as unknown as boolean })).toThrow(InvalidArgumentError);
    const { client, calls } = http([]);
    await expect(create(client, 'R', { reconcile: 1 as unknown as boolean })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(calls).toEqual([]);
  });
});

describe('ApiClient.create: a read-back counts only if it is this request’s resource', () => {
  const SECRET = 'sk_reconcile_secret_77';
  const naturalKey = { field: 'ref', readBack: 'getThing', takenStatuses: [400, 409], sameResource: ['name'] } as const;
  const http = (answers: (() => Response)[]) => {
    const calls: string[] = [];
    const client = thingsClient({
      secrets: [SECRET],
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
      policies: { createThing: { methods: ['things.create'], safeToRepeat: false, naturalKey } },
      fetch: async (url, init) => {
        calls.push(`${init.method} ${new URL(url).pathname}`);
        return (answers.shift() ?? (() => new Response(null, { status: 500 })))();
      },
    });
    return { client, calls };
  };
  const reset = (): Response => {
    throw new TypeError('fetch failed');
  };
  const thing =
    (body: object, init: ResponseInit = {}) =>
    () =>
      Response.json(body, init);
  const create = (client: ReturnType<typeof http>['client'], name: string, options?: RequestOptions) =>
    client.create(
      'createThing',
      {
        request: { path: { id: 'new' }, body: { name, ref: 'R-1' } },
        argument: 'thing',
        created: (result) => result.data as object,
        readBack: (key) => ({ request: { path: { id: key } }, resource: (result) => result.data as object, reconciled: (resource) => resource }),
      },
      options,
      {},
    );

  it('the same content under the key: resolves, reconciled', async () => {
    const { client, calls } = http([reset, thing({ id: 't1', ref: 'R-1', name: ' Fifty EUR ' })]);
    await expect(create(client, 'fifty eur')).resolves.toMatchObject({ id: 't1', reconciled: true });
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1']);
  });

  it('other content under the key: KeyConflictError (a ConflictError) naming the fields, and nothing is sent again', async () => {
    const { client, calls } = http([reset, thing({ id: 't0', ref: 'R-1', name: `5 EUR ${SECRET}` })]);
    const error = (await create(client, `50 EUR ${SECRET}`, { maxRetries: 3 }).catch((e: unknown) => e)) as KeyConflictError;
    expect(error).toBeInstanceOf(KeyConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe(
      'createThing: a different resource already holds ref "R-1"; nothing was created by this call (name sent "50 EUR [REDACTED]", found "5 EUR [REDACTED]")',
    );
    expect(error.key).toEqual({ field: 'ref', value: 'R-1' });
    expect(error.differences).toEqual([{ field: 'name', sent: '50 EUR [REDACTED]', found: '5 EUR [REDACTED]' }]);
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1']);
  });

  it('a re-send rejected as taken, then other content under the key: KeyConflictError', async () => {
    const notFound = thing({ error: 'no such thing' }, { status: 404 });
    const { client, calls } = http([reset, notFound, notFound, thing({ error: 'taken' }, { status: 409 }), thing({ id: 't0', ref: 'R-1', name: 'other' })]);
    await expect(create(client, 'mine', { maxRetries: 1 })).rejects.toBeInstanceOf(KeyConflictError);
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1', 'GET /v1/things/R-1', 'POST /v1/things/new', 'GET /v1/things/R-1']);
  });

  it.each([
    ['an undocumented media type', () => new Response(JSON.stringify({ ref: 'R-1', name: 'mine' }), { headers: { 'content-type': 'text/html' } })],
    ['another key', thing({ id: 't9', ref: 'R-9', name: 'mine' })],
    ['no key at all', thing({ id: 't9', name: 'mine' })],
    ['a compared field missing', thing({ id: 't1', ref: 'R-1' })],
    ['a proxy’s HTML 404', () => new Response('<html>Not Found</html>', { status: 404, headers: { 'content-type': 'text/html' } })],
  ])('a read-back with %s leaves the outcome unknown, and nothing is sent again', async (_, answer) => {
    const { client, calls } = http([reset, answer]);
    await expect(create(client, 'mine', { maxRetries: 3 })).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1']);
  });

  it('the API’s own 404 means nothing is under the key: read again, then sent again', async () => {
    const notFound = thing({ error: 'no such thing' }, { status: 404 });
    const { client, calls } = http([reset, notFound, notFound, thing({ id: 't1' })]);
    await expect(create(client, 'mine', { maxRetries: 1 })).resolves.toEqual({ id: 't1' });
    expect(calls).toEqual(['POST /v1/things/new', 'GET /v1/things/R-1', 'GET /v1/things/R-1', 'POST /v1/things/new']);
  });
});

describe('a success that needs no body is complete at its headers', () => {
  /** A 201 with a `Location` whose body breaks off after the first bytes. */
  const cutResponse = () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
          controller.error(new TypeError('terminated'));
        },
      }),
      { status: 201, headers: { location: '/things/1', 'content-type': 'application/json' } },
    );
  const client = () => thingsClient({ fetch: async () => cutResponse(), maxRetries: 0 });

  it('a 201 whose Location arrived is a success even when its body then breaks off', async () => {
    const result = await client().send('uploadThing', { path: { id: '1' }, body: { name: 'x' } }, undefined);
    expect(result.response.status).toBe(201);
    expect(result.response.headers.get('location')).toBe('/things/1');
    expect(result.data).toBeUndefined();
  });

  it('an operation whose success needs its body still fails when the body breaks off', async () => {
    await expect(client().send('createThing', { path: { id: '1' }, body: { name: 'x' } }, undefined)).rejects.toBeInstanceOf(ConnectionError);
  });
});
