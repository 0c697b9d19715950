import { type Fault, type FaultServer, jsonResponse, startFaultServer } from '@shopclients/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  ConnectionError,
  InvalidResponseError,
  Komfortkasse,
  type KomfortkasseOptions,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../../src/index.js';
import { API_KEY, examples, spec } from '../contract/mock-client.js';

const ORDER = spec.responseExample('getOrder', 200);
const REFUND = spec.responseExample('createRefund', 200);
const MAX_RETRIES = 3;

let server: FaultServer;
const logLines: string[] = [];

beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.hits.length = 0;
});

const tally = { scenarios: 0, unsafeCalls: 0, unsafeExactlyOnce: 0 };
afterAll(() => {
  console.log(
    `faults: ${tally.scenarios} fault scenarios passed; unsafe operations reached the server exactly once in ` +
      `${tally.unsafeExactlyOnce} of ${tally.unsafeCalls} calls`,
  );
});

function client(options: Partial<KomfortkasseOptions> = {}) {
  const record = (level: string) => (message: string, details?: unknown) => logLines.push(`${level} ${message} ${JSON.stringify(details)}`);
  return new Komfortkasse({
    apiKey: API_KEY,
    baseUrl: server.url,
    maxRetries: MAX_RETRIES,
    timeout: 300,
    retry: { initialDelayMs: 20, maxDelayMs: 200 },
    logger: { debug: record('debug'), warn: record('warn') },
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error;
}

const html502: Fault = { kind: 'respond', status: 502, body: '<html><body>Bad Gateway</body></html>', headers: { 'content-type': 'text/html' } };

/** Faults after which a repeat may succeed: a safe operation retries them until its limit. */
const transientFaults: [string, Fault, typeof ApiError][] = [
  ['500', jsonResponse(500, { error: 'internal' }), ServerError],
  ['502 with an HTML page', html502, ServerError],
  ['503', jsonResponse(503, { error: 'maintenance' }), ServerError],
  ['429 with Retry-After 0', jsonResponse(429, { error: 'slow down' }, { 'retry-after': '0' }), RateLimitError],
  ['a response slower than the timeout', { kind: 'slow', delayMs: 2_000, body: JSON.stringify(ORDER) }, TimeoutError],
  ['a reset connection', { kind: 'reset' }, ConnectionError],
  ['a truncated body', { kind: 'truncated', body: JSON.stringify(ORDER) }, ConnectionError],
];

/** Answers that a repeat would not fix: never retried. */
const finalFaults: [string, Fault, typeof ApiError][] = [
  ['a non-JSON body labelled JSON', { kind: 'respond', status: 200, body: 'not json', headers: { 'content-type': 'application/json' } }, InvalidResponseError],
  ['an empty body', { kind: 'respond', status: 200, body: '' }, InvalidResponseError],
  ['a wrong Content-Type', { kind: 'respond', status: 200, body: JSON.stringify(ORDER), headers: { 'content-type': 'text/plain' } }, InvalidResponseError],
];

describe('a safe operation (orders.get) under faults', () => {
  it.each(transientFaults)('retries %s up to the limit, then throws with the last status and body', async (_, fault, ErrorClass) => {
    server.plan([], fault);
    const error = await failure(client().orders.get('10001'));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(server.hits).toHaveLength(MAX_RETRIES + 1);
    expect((error as ApiError).attempts).toBe(MAX_RETRIES + 1);
    if (fault.kind === 'respond') {
      expect((error as ApiError).status).toBe(fault.status);
      const body = (error as ApiError).body;
      expect(typeof body === 'string' ? body : JSON.stringify(body)).toBe(fault.body);
    }
    tally.scenarios++;
  });

  it.each(transientFaults)('recovers when %s is followed by a success', async (_, fault) => {
    server.plan([fault, fault], jsonResponse(200, ORDER));
    await expect(client().orders.get('10001')).resolves.toEqual(ORDER);
    expect(server.hits).toHaveLength(3);
    tally.scenarios++;
  });

  it.each(finalFaults)('does not retry %s', async (_, fault, ErrorClass) => {
    server.plan([fault], jsonResponse(200, ORDER));
    const error = await failure(client().orders.get('10001'));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(server.hits).toHaveLength(1);
    tally.scenarios++;
  });

  it('waits longer before each retry, with jitter', async () => {
    server.plan([], jsonResponse(503, {}));
    const gapsPerRun: number[][] = [];
    for (let run = 0; run < 3; run++) {
      server.hits.length = 0;
      await failure(client({ retry: { initialDelayMs: 40, maxDelayMs: 1_000 } }).orders.get('10001'));
      const times = server.hits.map((hit) => hit.at);
      gapsPerRun.push(times.slice(1).map((time, index) => time - (times[index] as number)));
    }
    for (const gaps of gapsPerRun) {
      expect(gaps).toHaveLength(3);
      expect(gaps[0]).toBeGreaterThanOrEqual(30 - 5); // 40 ms less at most a quarter of jitter
      expect(gaps[1]).toBeGreaterThan(gaps[0] as number);
      expect(gaps[2]).toBeGreaterThan(gaps[1] as number);
    }
    const firstGaps = new Set(gapsPerRun.map((gaps) => Math.round(gaps[2] as number)));
    expect(firstGaps.size).toBeGreaterThan(1);
  });

  it('honours Retry-After in seconds', async () => {
    server.plan([jsonResponse(429, {}, { 'retry-after': '1' })], jsonResponse(200, ORDER));
    await client().orders.get('10001');
    const [first, second] = server.hits;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    const inTwoSeconds = new Date(Date.now() + 2_000).toUTCString();
    server.plan([jsonResponse(503, {}, { 'retry-after': inTwoSeconds })], jsonResponse(200, ORDER));
    await client().orders.get('10001');
    const [first, second] = server.hits;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });
});

// With `reconcile: false` (a refund reconciles by default: see reconcile.test.ts), and for the invoice upload, which cannot.
describe('operations that are not safe to repeat reach the server exactly once', () => {
  const unsafeCalls = {
    'invoices.upload': (c: Komfortkasse) => c.invoices.upload('10001', '100072533', new Uint8Array([1, 2, 3])),
    'refunds.create': (c: Komfortkasse) => c.refunds.create('10001', examples.refund),
  };
  const everyFault = [...transientFaults, ...finalFaults];
  const cases = Object.entries(unsafeCalls).flatMap(([name, call]) => everyFault.map(([fault, plan]) => [name, fault, plan, call] as const));

  it.each(cases)('%s with %s', async (name, __, fault, call) => {
    server.plan([fault], jsonResponse(200, REFUND));
    const error = await failure(call(client({ maxRetries: 5, reconcile: false })));
    tally.unsafeCalls++;
    expect(server.hits).toHaveLength(1);
    // A typed error from the one attempt, or a success where the answer is one: an upload needs no body,
    // so a 200 whose body then breaks off is a success too.
    if (error !== undefined) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).attempts).toBe(1);
    } else {
      expect((fault.kind === 'respond' && fault.status === 200) || (name === 'invoices.upload' && fault.kind === 'truncated')).toBe(true);
    }
    tally.unsafeExactlyOnce++;
    tally.scenarios++;
  });
});

describe('timeouts and AbortSignal', () => {
  it('a timeout ends a stalled body promptly and closes the connection', async () => {
    server.plan([{ kind: 'stall-body' }]);
    const started = performance.now();
    const error = await failure(client({ timeout: 100 }).orders.get('10001', { maxRetries: 0 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(2_000);
    await server.idle();
  });

  it('an AbortSignal ends the request promptly and closes the connection', async () => {
    server.plan([{ kind: 'slow', delayMs: 5_000 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await failure(client({ timeout: 10_000 }).orders.get('10001', { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server.hits).toHaveLength(1);
    await server.idle();
  });
});

describe('secrets', () => {
  it('the API key appears in no error message, String(error), JSON.stringify(error) or log line', async () => {
    logLines.length = 0;
    const errors: unknown[] = [];
    for (const [, fault] of [...transientFaults, ...finalFaults]) {
      server.plan([], fault);
      errors.push(await failure(client({ timeout: 100, maxRetries: 1 }).orders.get('10001')));
      errors.push(await failure(client({ timeout: 100 }).refunds.create('10001', examples.refund)));
    }
    // A server that echoes the key back must not leak it either.
    server.plan([], jsonResponse(401, { error: `API key ${API_KEY} is not valid` }));
    errors.push(await failure(client().orders.get('10001')));

    expect(errors.every((error) => error instanceof ApiError)).toBe(true);
    expect(logLines.length).toBeGreaterThan(20);
    const shown = [...errors.flatMap((error) => [String(error), JSON.stringify(error), (error as Error).stack ?? '']), ...logLines].join('\n');
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(API_KEY);
  }, 60_000);
});
