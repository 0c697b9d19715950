import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  NotFoundError,
  OutcomeUnknownError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '@shopclients/core';
import type { Fault } from '@shopclients/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestServer, jsonFault, startTestServer } from '../test-server.js';
import type { ApiUnderTest, SafeRead, UnsafeCall } from './api.js';

const MAX_RETRIES = 3;
type ErrorClass = typeof ApiError;

/** The settled value of a call that must fail: its error, or an Error saying what it resolved with. */
export function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => new Error(`expected a failure, got ${JSON.stringify(value)?.slice(0, 100)}`),
    (e: unknown) => e,
  );
}

const html502: Fault = { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } };

/** Faults after which a repeat may succeed: a safe operation retries them until its limit. */
function transientFaults(): [string, Fault, ErrorClass][] {
  return [
    ['500', jsonFault(500, { error: 'internal' }), ServerError],
    ['502 with an HTML page', html502, ServerError],
    ['503 as JSON', jsonFault(503, { error: 'maintenance' }), ServerError],
    ['503 as text', { status: 503, body: 'Service Unavailable', headers: { 'content-type': 'text/plain' } }, ServerError],
    ['429 with Retry-After 0', jsonFault(429, { error: 'slow down' }, { 'retry-after': '0' }), RateLimitError],
    ['429 with Retry-After as a past HTTP-date', jsonFault(429, { error: 'slow down' }, { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }), RateLimitError],
    ['a response slower than the timeout', { delayMs: 2_000 }, TimeoutError],
    ['a reset connection', 'reset', ConnectionError],
    ['a truncated body', { after: 'cut-body' }, ConnectionError],
  ];
}

/** Answers that a repeat would not fix: never retried. */
function finalFaults(api: ApiUnderTest<unknown>, success: unknown): [string, Fault, ErrorClass][] {
  return [
    ['a non-JSON body labelled JSON', { after: { status: 200, body: 'not json', headers: { 'content-type': api.mediaType } } }, InvalidResponseError],
    ['an empty body', { after: { status: 200, body: '' } }, InvalidResponseError],
    ['a wrong Content-Type', { after: { status: 200, body: JSON.stringify(success), headers: { 'content-type': 'text/plain' } } }, InvalidResponseError],
    ['400', jsonFault(400, api.badRequest), ValidationError],
    ['401', { status: 401 }, AuthenticationError],
    ['403', { status: 403 }, PermissionError],
    ['404', { status: 404 }, NotFoundError],
  ];
}

/** Whether a call may resolve under the fault `label` (a create whose answer needs no body, say). */
const mayResolveUnder = (call: SafeRead<unknown> | UnsafeCall<unknown>, label: string) =>
  (call as UnsafeCall<unknown>).mayResolveUnder?.includes(label) === true;

/** The fault server's body for a fault that answers in the server's place, as the error must keep it. */
const faultBody = (fault: Fault) => (typeof fault === 'object' && 'status' in fault ? fault.body : undefined);

/**
 * Safe reads retry what a repeat may fix, with growing jittered waits and `Retry-After`; creates reach
 * the server exactly once under every fault; timeouts and signals end calls promptly; no secret
 * shows in any error or log line.
 */
export function describeFaults<C>(api: ApiUnderTest<C>): void {
  let server: TestServer;
  const logLines: string[] = [];
  const tally = { scenarios: 0, unsafeCalls: 0, unsafeExactlyOnce: 0 };
  const success = (body: unknown) => ({ body, headers: { 'content-type': api.mediaType } });

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
    console.log(
      `faults (${api.name}): ${tally.scenarios} fault scenarios passed; unsafe operations reached the server exactly once in ` +
        `${tally.unsafeExactlyOnce} of ${tally.unsafeCalls} calls under a fault`,
    );
  });
  beforeEach(() => {
    server.hits.length = 0;
  });

  function client(options: Record<string, unknown> = {}): C {
    const record = (level: string) => (message: string, details?: unknown) => logLines.push(`${level} ${message} ${JSON.stringify(details)}`);
    return api.client({
      baseUrl: `${server.url}${api.basePath}`,
      maxRetries: MAX_RETRIES,
      timeout: 300,
      retry: { initialDelayMs: 20, maxDelayMs: 200 },
      logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
      ...options,
    });
  }

  const [firstRead] = api.reads as [SafeRead<C>];
  const readCases = <T extends unknown[]>(table: (read: SafeRead<C>) => T[]) =>
    api.reads.flatMap((read) => table(read).map((row) => [read.name, ...row, read] as const));

  describe(`${api.name}: safe reads under faults`, () => {
    it.each(readCases(() => transientFaults()))(
      '%s retries %s up to the limit, then throws the right error with the last status and body',
      async (_, __, fault, ErrorClass, read) => {
        server.plan([], { every: fault, answer: success(read.success) });
        const error = await failure(read.call(client()));
        expect((error as object).constructor).toBe(ErrorClass);
        expect(server.hits).toHaveLength(MAX_RETRIES + 1);
        // Every attempt repeats the same request, credentials included.
        for (const hit of server.hits) {
          expect([hit.method, hit.path, hit.body]).toEqual(['GET', `${api.basePath}${read.target}`, '']);
          expect(hit.headers.get(api.credentials.header)).toBe(api.credentials.value);
        }
        expect((error as ApiError).attempts).toBe(MAX_RETRIES + 1);
        if (typeof fault === 'object' && 'status' in fault) {
          expect((error as ApiError).status).toBe(fault.status);
          const body = (error as ApiError).body;
          expect(typeof body === 'string' ? body : JSON.stringify(body)).toBe(faultBody(fault));
        } else {
          expect((error as ApiError).status).toBeUndefined();
        }
        tally.scenarios++;
      },
    );

    it.each(readCases(() => transientFaults()))('%s recovers when %s is followed by a success', async (_, __, fault, ___, read) => {
      server.plan([fault, fault], { answer: success(read.success) });
      await expect(read.call(client())).resolves.toEqual(read.success);
      expect(server.hits).toHaveLength(3);
      tally.scenarios++;
    });

    it.each(readCases((read) => finalFaults(api as ApiUnderTest<unknown>, read.success)))('%s does not retry %s', async (_, __, fault, ErrorClass, read) => {
      server.plan([fault], { answer: success(read.success) });
      const error = await failure(read.call(client()));
      expect((error as object).constructor).toBe(ErrorClass);
      expect(server.hits).toHaveLength(1);
      expect((error as ApiError).attempts).toBe(1);
      tally.scenarios++;
    });

    it.each(api.reads)('$name keeps the status and body of the last attempt, not of the first', async (read) => {
      server.plan([jsonFault(500, { error: 'first' }), html502, jsonFault(503, { error: 'third' }), jsonFault(429, { error: 'last' }, { 'retry-after': '0' })]);
      const error = await failure(read.call(client()));
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, body: { error: 'last' }, attempts: 4 });
      expect((error as ApiError).headers.get('retry-after')).toBe('0');
    });

    it.each(api.reads)('$name waits longer before each retry, with jitter', async (read) => {
      server.plan([], { every: jsonFault(503, {}) });
      const gapsPerRun: number[][] = [];
      for (let run = 0; run < 3; run++) {
        server.hits.length = 0;
        await failure(read.call(client({ retry: { initialDelayMs: 40, maxDelayMs: 1_000 } })));
        const times = server.hits.map((hit) => hit.at);
        gapsPerRun.push(times.slice(1).map((time, index) => time - (times[index] as number)));
      }
      for (const gaps of gapsPerRun) {
        expect(gaps).toHaveLength(3);
        expect(gaps[0]).toBeGreaterThanOrEqual(30 - 5); // 40 ms less at most a quarter of jitter
        expect(gaps[1]).toBeGreaterThan(gaps[0] as number);
        expect(gaps[2]).toBeGreaterThan(gaps[1] as number);
        expect(gaps[2]).toBeLessThan(1_500); // about 160 ms: the fourth attempt does not wait open-ended
      }
      const lastGaps = new Set(gapsPerRun.map((gaps) => Math.round(gaps[2] as number)));
      expect(lastGaps.size).toBeGreaterThan(1);
    });

    it('honours Retry-After in seconds on a 429', async () => {
      server.plan([jsonFault(429, {}, { 'retry-after': '1' })], { answer: success(firstRead.success) });
      await expect(firstRead.call(client())).resolves.toEqual(firstRead.success);
      const [first, second] = server.hits;
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
      expect(second!.at - first!.at).toBeLessThan(2_500);
    });

    it.each(api.reads)('$name honours Retry-After as an HTTP-date on a 503', async (read) => {
      const inTwoSeconds = new Date(Date.now() + 2_000).toUTCString();
      server.plan([jsonFault(503, {}, { 'retry-after': inTwoSeconds })], { answer: success(read.success) });
      await expect(read.call(client())).resolves.toEqual(read.success);
      const [first, second] = server.hits;
      // HTTP-dates have whole seconds, so the wait is between 1 and 2 s.
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
      expect(second!.at - first!.at).toBeLessThan(3_500);
    });

    it('does not wait for a Retry-After beyond maxRetryAfterMs: fails at once, keeping the header', async () => {
      server.plan([jsonFault(429, { error: 'come back tomorrow' }, { 'retry-after': '86400' })]);
      const started = performance.now();
      const error = await failure(firstRead.call(client({ retry: { maxRetryAfterMs: 5_000 } })));
      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as ApiError).headers.get('retry-after')).toBe('86400');
      expect(server.hits).toHaveLength(1);
      expect(performance.now() - started).toBeLessThan(2_000);
    });
  });

  // With `reconcile: false`: by default a create whose answer is lost is read back (see the reconcile suite).
  describe(`${api.name}: creates are not safe to repeat: the server sees exactly one request`, () => {
    const everyFault: [string, Fault][] = [
      ...[...transientFaults(), ...finalFaults(api as ApiUnderTest<unknown>, {})].map(([name, fault]): [string, Fault] => [name, fault]),
      ['429 with Retry-After 1', jsonFault(429, {}, { 'retry-after': '1' })],
      ['504', { status: 504 }],
      ['a stalled body', { after: 'stall-body' }],
      ...api.createFaults,
    ];
    const cases = api.unsafe.flatMap((create) => everyFault.map(([label, fault]) => [create.name, label, fault, create] as const));

    it.each(cases)('%s with %s', async (_, label, fault, create) => {
      // The answer a fault spoils is a 200 with a JSON body, as a server or proxy in the way may send.
      server.plan([fault], { answer: success({}) });
      const started = performance.now();
      const error = await failure(create.call(client({ maxRetries: 5, reconcile: false, timeout: 300 })));
      tally.unsafeCalls++;
      if (server.hits.length === 1) tally.unsafeExactlyOnce++;
      expect(server.hits).toHaveLength(1);
      const [hit] = server.hits;
      expect([hit!.method, hit!.path]).toEqual(['POST', `${api.basePath}${create.target}`]);
      if (create.body !== undefined) {
        expect(hit!.headers.get('content-type')).toBe(api.mediaType);
        expect(JSON.parse(hit!.body)).toEqual(create.body);
      }
      // A typed error from the one attempt, or a success where the answer still is one.
      if (error instanceof ApiError) expect(error.attempts).toBe(1);
      else expect(mayResolveUnder(create as UnsafeCall<unknown>, label), `${create.name} resolved under ${label}`).toBe(true);
      // Not even a Retry-After is waited for.
      expect(performance.now() - started).toBeLessThan(2_000);
      tally.scenarios++;
    });

    it.each(api.unsafe)('$name succeeds with one request when the server answers its success', async (create) => {
      server.plan([], { answer: create.success });
      const created = await create.call(client({ maxRetries: 5 }));
      if (create.resolved) expect(created).toMatchObject(create.resolved);
      expect((created as { reconciled?: unknown } | undefined)?.reconciled).toBeUndefined();
      expect(server.hits).toHaveLength(1);
    });

    it.each(api.unsafe)('$name: a caller who asks per call gets retries (the documented opt-in), and only then', async (create) => {
      server.plan([jsonFault(503, {}), jsonFault(503, {})], { answer: create.success });
      const created = await create.call(client({ maxRetries: 5, reconcile: false }), { maxRetries: 2 });
      if (create.resolved) expect(created).toMatchObject(create.resolved);
      expect(server.hits).toHaveLength(3);
    });
  });

  describe(`${api.name}: timeouts and AbortSignal`, () => {
    it('a timeout ends a stalled body promptly and leaves no connection open', async () => {
      server.plan([{ after: 'stall-body' }], { answer: success(firstRead.success) });
      const started = performance.now();
      const error = await failure(firstRead.call(client({ timeout: 100 }), { maxRetries: 0 }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toContain('no response within 100 ms');
      expect(performance.now() - started).toBeLessThan(2_000);
      await server.idle();
    });

    it('a per-call timeout overrides the client timeout', async () => {
      server.plan([{ delayMs: 3_000 }], { answer: success(firstRead.success) });
      const started = performance.now();
      const error = await failure(firstRead.call(client({ timeout: 10_000 }), { timeout: 80, maxRetries: 0 }));
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toContain('no response within 80 ms');
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(server.hits).toHaveLength(1);
    });

    it('an AbortSignal ends every read and create promptly, each sent once, and leaves no connection open', async () => {
      for (const call of [...api.reads, ...api.unsafe]) {
        server.hits.length = 0;
        server.plan([{ delayMs: 5_000 }]);
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 50);
        const started = performance.now();
        const error = await failure(call.call(client({ timeout: 10_000, maxRetries: 5 }), { signal: controller.signal }));
        expect(error, call.name).toBeInstanceOf(AbortError);
        expect((error as ApiError).operation, call.name).toBe(call.operation);
        expect(performance.now() - started, call.name).toBeLessThan(2_000);
        expect(server.hits, call.name).toHaveLength(1);
      }
      await server.idle();
    });

    it('an AbortSignal also ends the wait between two retries', async () => {
      server.plan([], { every: jsonFault(503, {}) });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = performance.now();
      const error = await failure(firstRead.call(client({ retry: { initialDelayMs: 5_000, maxDelayMs: 5_000 } }), { signal: controller.signal }));
      expect(error).toBeInstanceOf(AbortError);
      expect((error as ApiError).attempts).toBe(1);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(server.hits).toHaveLength(1);
    });

    it('an already aborted signal sends nothing', async () => {
      for (const call of [...api.reads, ...api.unsafe]) {
        const error = await failure(call.call(client(), { signal: AbortSignal.abort() }));
        expect(error, call.name).toBeInstanceOf(AbortError);
      }
      expect(server.hits).toHaveLength(0);
    });

    it('the connection that carried an aborted request is closed at once (any other one the runtime opens carries no request)', async () => {
      // server.idle() above can take seconds: Node's fetch (undici 6) destroys the aborted socket at once but then
      // opens a spare connection that is never used and lingers for its keep-alive time. This checks the socket
      // that matters directly.
      const tracker = await startTestServer(() => success(firstRead.success));
      try {
        tracker.plan([], { every: { after: 'stall-body' } });
        const started = performance.now();
        const error = await failure(firstRead.call(client({ baseUrl: `${tracker.url}${api.basePath}`, timeout: 100, maxRetries: 0 })));
        expect(error).toBeInstanceOf(TimeoutError);
        const settled = () => tracker.connections().every((connection) => connection.requests === 0 || connection.closedAt !== undefined);
        for (let waited = 0; !settled() && waited < 2_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
        const carrying = tracker.connections().filter((connection) => connection.requests > 0);
        expect(carrying).toHaveLength(1);
        expect(carrying[0]!.closedAt! - started).toBeLessThan(2_000);
        expect(tracker.connections().reduce((sum, connection) => sum + connection.requests, 0)).toBe(1);
      } finally {
        await tracker.close();
      }
    });
  });

  describe(`${api.name}: secrets`, () => {
    const shapes = ['json-401', 'bad-request', 'text-500', 'wrong-type-200', 'plain-403'] as const;
    let shape: (typeof shapes)[number] = 'json-401';
    let echo: TestServer;
    beforeAll(async () => {
      // Echoes the credentials it receives (raw header, decoded, bare secret) into error bodies of every shape.
      echo = await startTestServer((request) => api.echo(request, shape));
    });
    afterAll(async () => {
      await echo.close();
    });

    it('no secret, nor any encoding of one, in any error or log line, whatever the server answers', async () => {
      logLines.length = 0;
      const errors: unknown[] = [];
      const credentials = [{}, ...api.otherCredentials.map((other) => other.options)];
      const calls = [...api.reads, ...api.unsafe];
      for (const [label, fault] of [...transientFaults(), ...finalFaults(api as ApiUnderTest<unknown>, {})]) {
        server.plan([], { every: fault, answer: { status: 200, body: {} } });
        for (const settings of credentials) {
          for (const call of calls) {
            const outcome = call.call(client({ timeout: 100, maxRetries: 1, ...settings }));
            // A create that may resolve under this fault leaves no error to check.
            if (mayResolveUnder(call, label)) await outcome.catch((error: unknown) => errors.push(error));
            else errors.push(await failure(outcome));
          }
        }
      }
      // A server that echoes the credentials back must not leak them either.
      for (const settings of credentials) {
        const c = client({ baseUrl: `${echo.url}${api.basePath}`, maxRetries: 0, ...settings });
        for (const next of shapes) {
          shape = next;
          for (const call of calls) {
            const outcome = call.call(c);
            // An echo in a 200 of the wrong type is a success for a create that may resolve under a wrong Content-Type.
            const mayResolve = next === 'wrong-type-200' && mayResolveUnder(call, 'a wrong Content-Type');
            if (mayResolve) await outcome.catch((error: unknown) => errors.push(error));
            else errors.push(await failure(outcome));
          }
        }
      }
      const received = echo.hits.map((hit) => hit.headers.get(api.credentials.header));
      for (const { value } of [api.credentials, ...api.otherCredentials]) expect(received).toContain(value);

      expect(errors.filter((error) => !(error instanceof ApiError))).toEqual([]);
      expect(logLines.length).toBeGreaterThan(20);
      const shown = [
        ...errors.flatMap((error) => [(error as Error).message, String(error), JSON.stringify(error), (error as Error).stack ?? '']),
        ...logLines,
      ].join('\n');
      expect(shown).toContain('[REDACTED]');
      for (const [name, needle] of Object.entries(api.secrets)) expect(shown.includes(needle), `${name} leaked`).toBe(false);
      // The creates were reconciled: the read-backs and their errors were checked too.
      if (api.keyed.length > 0) expect(errors.some((error) => error instanceof OutcomeUnknownError)).toBe(true);
    }, 90_000);
  });
}
