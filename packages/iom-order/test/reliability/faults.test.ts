import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Fault, type FaultServer, type JsonServer, jsonResponse, startFaultServer, startJsonServer } from '@shopclients/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  InvalidResponseError,
  IomOrders,
  type IomOrdersOptions,
  NotFoundError,
  ORDER_MEDIA_TYPE,
  OutcomeUnknownError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/index.js';
import { PASSWORD, SHOP_ID, USERNAME, examples, spec } from '../contract/mock-client.js';

const BASE_PATH = '/rest/order-service';
const ORDER_NUMBER = 'B2B-2024-000731';
const MAX_RETRIES = 3;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJpb20tY29ubmVjdG9yIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

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

// The README's exactly-once figure: unsafe calls under a fault with maxRetries 5, and how many the server saw once.
const tally = { unsafeCalls: 0, unsafeExactlyOnce: 0 };
afterAll(() => {
  console.log(`faults: unsafe operations reached the server exactly once in ${tally.unsafeExactlyOnce} of ${tally.unsafeCalls} calls under a fault`);
});

function client(options: Partial<IomOrdersOptions> = {}) {
  const record = (level: string) => (message: string, details?: unknown) => logLines.push(`${level} ${message} ${JSON.stringify(details)}`);
  return new IomOrders({
    baseUrl: `${server.url}${BASE_PATH}`,
    auth: { username: USERNAME, password: PASSWORD },
    shopId: SHOP_ID,
    maxRetries: MAX_RETRIES,
    timeout: 300,
    retry: { initialDelayMs: 20, maxDelayMs: 200 },
    logger: { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') },
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => new Error(`expected a failure, got ${JSON.stringify(value)?.slice(0, 100)}`),
    (e: unknown) => e,
  );
}

/** A success as IOM sends it: the vendor media type. */
const iom = (status: number, body: unknown, headers: Record<string, string> = {}): Fault => jsonResponse(status, body, { 'content-type': ORDER_MEDIA_TYPE, ...headers });
const html502: Fault = { kind: 'respond', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } };

/** Faults after which a repeat may succeed: a safe operation retries them until its limit. */
function transientFaults(success: unknown): [string, Fault, typeof ApiError][] {
  const body = JSON.stringify(success);
  return [
    ['500', jsonResponse(500, { error: 'internal' }), ServerError],
    ['502 with an HTML page', html502, ServerError],
    ['503', { kind: 'respond', status: 503, body: 'Service Unavailable', headers: { 'content-type': 'text/plain' } }, ServerError],
    ['429 with Retry-After 0', jsonResponse(429, { error: 'slow down' }, { 'retry-after': '0' }), RateLimitError],
    ['429 with Retry-After as a past HTTP-date', jsonResponse(429, { error: 'slow down' }, { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }), RateLimitError],
    ['a response slower than the timeout', { kind: 'slow', delayMs: 2_000, body, headers: { 'content-type': ORDER_MEDIA_TYPE } }, TimeoutError],
    ['a reset connection', { kind: 'reset' }, ConnectionError],
    ['a truncated body', { kind: 'truncated', body, headers: { 'content-type': ORDER_MEDIA_TYPE } }, ConnectionError],
  ];
}

/** Answers that a repeat would not fix: never retried. */
function finalFaults(success: unknown): [string, Fault, typeof ApiError][] {
  return [
    ['a non-JSON body labelled JSON', { kind: 'respond', status: 200, body: 'not json', headers: { 'content-type': ORDER_MEDIA_TYPE } }, InvalidResponseError],
    ['an empty body', { kind: 'respond', status: 200, body: '' }, InvalidResponseError],
    ['a wrong Content-Type', { kind: 'respond', status: 200, body: JSON.stringify(success), headers: { 'content-type': 'text/plain' } }, InvalidResponseError],
    ['400', jsonResponse(400, spec.responseExample('getOrder', 400)), ValidationError],
    ['401', { kind: 'respond', status: 401 }, AuthenticationError],
    ['403', { kind: 'respond', status: 403 }, PermissionError],
    ['404', { kind: 'respond', status: 404 }, NotFoundError],
  ];
}

interface SafeRead {
  name: string;
  /** Path and query the request must have, below the base path. */
  target: string;
  success: unknown;
  call: (client: IomOrders, options?: { signal?: AbortSignal; timeout?: number; maxRetries?: number }) => Promise<unknown>;
}

const safeReads: SafeRead[] = [
  {
    name: 'orders.get',
    target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`,
    success: spec.responseExample('getOrder', 200),
    call: (c, options) => c.orders.get(ORDER_NUMBER, options),
  },
  {
    name: 'changeRequests.list',
    target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests?excludes=changeRequest`,
    success: spec.responseExample('getChangeRequestViewList', 200),
    call: (c, options) => c.changeRequests.list(ORDER_NUMBER, { ...options, excludes: ['changeRequest'] }),
  },
  {
    name: 'changeRequests.get',
    target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests/CR-000731-01`,
    success: spec.responseExample('getChangeRequest', 200),
    call: (c, options) => c.changeRequests.get(ORDER_NUMBER, 'CR-000731-01', options),
  },
  {
    name: 'orderStates.search',
    target: `/shops/${SHOP_ID}/order-states?statuses=STATE_DISPATCHED&limit=10`,
    success: spec.responseExample('getOrderStatesBySortCriterias', 200),
    call: (c, options) => c.orderStates.search({ ...options, statuses: ['STATE_DISPATCHED'], limit: 10 }),
  },
];

const readCases = <T extends unknown[]>(table: (read: SafeRead) => T[]) => safeReads.flatMap((read) => table(read).map((row) => [read.name, ...row, read] as const));

describe('safe reads under faults', () => {
  it.each(readCases((read) => transientFaults(read.success)))(
    '%s retries %s up to the limit, then throws the right error with the last status and body',
    async (_, __, fault, ErrorClass, read) => {
      server.plan([], fault);
      const error = await failure(read.call(client()));
      expect((error as object).constructor).toBe(ErrorClass);
      expect(server.hits).toHaveLength(MAX_RETRIES + 1);
      // Every attempt repeats the same request, credentials included.
      for (const hit of server.hits) {
        expect([hit.method, hit.path, hit.body]).toEqual(['GET', `${BASE_PATH}${read.target}`, '']);
        expect(hit.headers.authorization).toBe(`Basic ${btoa(`${USERNAME}:${PASSWORD}`)}`);
      }
      expect((error as ApiError).attempts).toBe(MAX_RETRIES + 1);
      if (fault.kind === 'respond') {
        expect((error as ApiError).status).toBe(fault.status);
        const body = (error as ApiError).body;
        expect(typeof body === 'string' ? body : JSON.stringify(body)).toBe(fault.body);
      } else {
        expect((error as ApiError).status).toBeUndefined();
      }
    },
  );

  it.each(readCases((read) => transientFaults(read.success)))('%s recovers when %s is followed by a success', async (_, __, fault, ___, read) => {
    server.plan([fault, fault], iom(200, read.success));
    await expect(read.call(client())).resolves.toEqual(read.success);
    expect(server.hits).toHaveLength(3);
  });

  it.each(readCases((read) => finalFaults(read.success)))('%s does not retry %s', async (_, __, fault, ErrorClass, read) => {
    server.plan([fault], iom(200, read.success));
    const error = await failure(read.call(client()));
    expect((error as object).constructor).toBe(ErrorClass);
    expect(server.hits).toHaveLength(1);
    expect((error as ApiError).attempts).toBe(1);
  });

  it.each(safeReads)('$name keeps the status and body of the last attempt, not of the first', async (read) => {
    server.plan([
      jsonResponse(500, { error: 'first' }),
      html502,
      jsonResponse(503, { error: 'third' }),
      jsonResponse(429, { error: 'last' }, { 'retry-after': '0' }),
    ]);
    const error = await failure(read.call(client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, body: { error: 'last' }, attempts: 4 });
    expect((error as ApiError).headers.get('retry-after')).toBe('0');
  });

  it.each(safeReads)('$name waits longer before each retry, with jitter', async (read) => {
    server.plan([], jsonResponse(503, {}));
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
    const order = spec.responseExample('getOrder', 200);
    server.plan([jsonResponse(429, {}, { 'retry-after': '1' })], iom(200, order));
    await expect(client().orders.get(ORDER_NUMBER)).resolves.toEqual(order);
    const [first, second] = server.hits;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(second!.at - first!.at).toBeLessThan(2_500);
  });

  it('honours Retry-After as an HTTP-date on a 503', async () => {
    const states = spec.responseExample('getOrderStatesBySortCriterias', 200);
    const inTwoSeconds = new Date(Date.now() + 2_000).toUTCString();
    server.plan([jsonResponse(503, {}, { 'retry-after': inTwoSeconds })], iom(200, states));
    await expect(client().orderStates.search()).resolves.toEqual(states);
    const [first, second] = server.hits;
    // HTTP-dates have whole seconds, so the wait is between 1 and 2 s.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    expect(second!.at - first!.at).toBeLessThan(3_500);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: fails at once, keeping the header', async () => {
    server.plan([jsonResponse(429, { error: 'come back tomorrow' }, { 'retry-after': '86400' })]);
    const started = performance.now();
    const error = await failure(client({ retry: { maxRetryAfterMs: 5_000 } }).orders.get(ORDER_NUMBER));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as ApiError).headers.get('retry-after')).toBe('86400');
    expect(server.hits).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

// With `reconcile: false`: by default a create whose answer is lost is read back (see reconcile.test.ts).
describe('creates are not safe to repeat: the server sees exactly one request', () => {
  const created = (path: string): Fault => ({ kind: 'respond', status: 201, headers: { location: `http://iom.test${BASE_PATH}${path}` } });
  const unsafeCalls = {
    'orders.create': {
      call: (c: IomOrders, options?: { maxRetries?: number }) => c.orders.create(examples.b2bOrder, options),
      target: `/shops/${SHOP_ID}/orders`,
      body: examples.b2bOrder,
      success: created(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`),
    },
    'changeRequests.create': {
      call: (c: IomOrders, options?: { maxRetries?: number }) => c.changeRequests.create(ORDER_NUMBER, examples.changeRequest, options),
      target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests`,
      body: examples.changeRequest,
      success: created(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests/CR-000731-01`),
    },
  };
  const everyFault: [string, Fault][] = [
    ...transientFaults({}).map(([name, fault]): [string, Fault] => [name, fault]),
    ...finalFaults({}).map(([name, fault]): [string, Fault] => [name, fault]),
    ['429 with Retry-After 1', jsonResponse(429, {}, { 'retry-after': '1' })],
    ['504', { kind: 'respond', status: 504 }],
    ['201 without Location', { kind: 'respond', status: 201 }],
    ['201 whose Location names nothing', { kind: 'respond', status: 201, headers: { location: '/elsewhere' } }],
  ];
  const cases = Object.entries(unsafeCalls).flatMap(([name, operation]) => everyFault.map(([faultName, fault]) => [name, faultName, fault, operation] as const));

  it.each(cases)('%s with %s', async (_, __, fault, operation) => {
    server.plan([fault], operation.success);
    const started = performance.now();
    const error = await failure(operation.call(client({ maxRetries: 5, reconcile: false })));
    tally.unsafeCalls++;
    if (server.hits.length === 1) tally.unsafeExactlyOnce++;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).attempts).toBe(1);
    expect(server.hits).toHaveLength(1);
    const [hit] = server.hits;
    expect([hit!.method, hit!.path, hit!.headers['content-type']]).toEqual(['POST', `${BASE_PATH}${operation.target}`, ORDER_MEDIA_TYPE]);
    expect(JSON.parse(hit!.body)).toEqual(operation.body);
    // Not even a Retry-After is waited for.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each(Object.entries(unsafeCalls))('%s succeeds with one request when the server answers 201 with a Location', async (_, operation) => {
    server.plan([], operation.success);
    const created = await operation.call(client({ maxRetries: 5 }));
    expect(created).toMatchObject({ shopOrderNumber: ORDER_NUMBER });
    expect(created).not.toHaveProperty('reconciled');
    expect(server.hits).toHaveLength(1);
  });

  it('a caller who asks per call gets retries (the documented opt-in), and only then', async () => {
    server.plan([jsonResponse(503, {}), jsonResponse(503, {})], unsafeCalls['orders.create'].success);
    await expect(unsafeCalls['orders.create'].call(client({ maxRetries: 5, reconcile: false }), { maxRetries: 2 })).resolves.toMatchObject({ shopOrderNumber: ORDER_NUMBER });
    expect(server.hits).toHaveLength(3);
  });
});

describe('timeouts and AbortSignal', () => {
  it('a timeout ends a stalled body promptly and leaves no connection open', async () => {
    server.plan([{ kind: 'stall-body', headers: { 'content-type': ORDER_MEDIA_TYPE } }]);
    const started = performance.now();
    const error = await failure(client({ timeout: 100 }).orders.get(ORDER_NUMBER, { maxRetries: 0 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('no response within 100 ms');
    expect(performance.now() - started).toBeLessThan(2_000);
    await server.idle();
  });

  it('a per-call timeout overrides the client timeout', async () => {
    server.plan([{ kind: 'slow', delayMs: 3_000 }]);
    const started = performance.now();
    const error = await failure(client({ timeout: 10_000 }).orderStates.search({ timeout: 80, maxRetries: 0 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain('no response within 80 ms');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server.hits).toHaveLength(1);
  });

  it('an AbortSignal ends every read and create promptly, each sent once, and leaves no connection open', async () => {
    const calls: [string, (c: IomOrders, signal: AbortSignal) => Promise<unknown>][] = [
      ...safeReads.map((read): [string, (c: IomOrders, signal: AbortSignal) => Promise<unknown>] => [read.name, (c, signal) => read.call(c, { signal })]),
      ['orders.create', (c, signal) => c.orders.create(examples.b2cOrder, { signal })],
      ['changeRequests.create', (c, signal) => c.changeRequests.create(ORDER_NUMBER, examples.changeRequest, { signal })],
    ];
    for (const [name, call] of calls) {
      server.hits.length = 0;
      server.plan([{ kind: 'slow', delayMs: 5_000 }]);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const started = performance.now();
      const error = await failure(call(client({ timeout: 10_000, maxRetries: 5 }), controller.signal));
      expect(error, name).toBeInstanceOf(AbortError);
      expect((error as ApiError).operation, name).toMatch(/^(get|create)/);
      expect(performance.now() - started, name).toBeLessThan(2_000);
      expect(server.hits, name).toHaveLength(1);
    }
    await server.idle();
  });

  it('an AbortSignal also ends the wait between two retries', async () => {
    server.plan([], jsonResponse(503, {}));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await failure(client({ retry: { initialDelayMs: 5_000, maxDelayMs: 5_000 } }).orders.get(ORDER_NUMBER, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect((error as ApiError).attempts).toBe(1);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server.hits).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await failure(client().changeRequests.list(ORDER_NUMBER, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.hits).toHaveLength(0);
  });

  it('the connection that carried an aborted request is closed at once (any other one the runtime opens carries no request)', async () => {
    // server.idle() above can take ~4 s: Node's fetch (undici 6) destroys the aborted socket at once but then
    // opens a spare connection that is never used and lingers for its keep-alive time. This checks the socket
    // that matters directly.
    const tracker = await startConnectionTracker();
    try {
      const c = new IomOrders({ baseUrl: tracker.url, auth: { token: TOKEN }, shopId: SHOP_ID, timeout: 100, maxRetries: 0 });
      const started = performance.now();
      expect(await failure(c.orders.get(ORDER_NUMBER))).toBeInstanceOf(TimeoutError);
      await tracker.until(() => tracker.connections.every((connection) => connection.requests === 0 || connection.closedAt !== undefined), 2_000);
      const carrying = tracker.connections.filter((connection) => connection.requests > 0);
      expect(carrying).toHaveLength(1);
      expect(carrying[0]!.closedAt! - started).toBeLessThan(2_000);
      expect(tracker.connections.reduce((sum, connection) => sum + connection.requests, 0)).toBe(1);
    } finally {
      await tracker.close();
    }
  });
});

describe('secrets', () => {
  const BASIC = btoa(`${USERNAME}:${PASSWORD}`);
  const needles = { password: PASSWORD, pair: `${USERNAME}:${PASSWORD}`, base64: BASIC.replace(/=+$/, ''), token: TOKEN };
  const withBasic = (options: Partial<IomOrdersOptions> = {}) => client({ timeout: 100, maxRetries: 1, ...options });
  const withToken = (options: Partial<IomOrdersOptions> = {}) => withBasic({ auth: { token: TOKEN }, ...options });

  let echo: JsonServer;
  const received: string[] = [];
  beforeAll(async () => {
    // Echoes the credentials it receives, as raw header, decoded pair or token, into error bodies of every shape.
    echo = await startJsonServer((request: IncomingMessage, url) => {
      const authorization = request.headers.authorization ?? '';
      received.push(authorization);
      const decoded = authorization.startsWith('Basic ') ? Buffer.from(authorization.slice(6), 'base64').toString('utf8') : authorization.slice(7);
      const secret = decoded.split(':').pop() ?? '';
      // /shops/{shopId}/orders/{case}[/change-requests]
      switch (url.pathname.split('/')[4]) {
        case 'json-401':
          return { status: 401, body: { error: `Authorization ${authorization} rejected for ${decoded}` } };
        case 'report-400':
          return { status: 400, body: { status: 400, errors: [{ code: 'AUTH', message: `user ${decoded} unknown`, value: { secret } }] } };
        case 'text-500':
          return { status: 500, body: `Internal error for ${authorization}`, headers: { 'content-type': 'text/plain' } };
        case 'wrong-type-200':
          return { status: 200, body: `${authorization} ${decoded}`, headers: { 'content-type': 'text/html' } };
        default:
          return { status: 403, body: `${secret} is not allowed (${authorization})` };
      }
    });
  });
  afterAll(async () => {
    await echo.close();
  });

  it('no password, username:password pair, Base64 credentials or token in any error or log line', async () => {
    logLines.length = 0;
    const errors: unknown[] = [];
    for (const [, fault] of [...transientFaults({}), ...finalFaults({})]) {
      server.plan([], fault);
      for (const make of [withBasic, withToken]) {
        errors.push(await failure(make().orders.get(ORDER_NUMBER)));
        errors.push(await failure(make().orderStates.search({ emails: ['a@example.com'] })));
        errors.push(await failure(make().orders.create(examples.b2bOrder)));
        errors.push(await failure(make().changeRequests.create(ORDER_NUMBER, examples.changeRequest)));
      }
    }
    // A server that echoes the credentials back must not leak them either.
    received.length = 0;
    for (const make of [withBasic, withToken]) {
      const c = make({ baseUrl: echo.url, maxRetries: 0 });
      for (const path of ['json-401', 'report-400', 'text-500', 'wrong-type-200', 'plain-403']) {
        errors.push(await failure(c.orders.get(path)));
        errors.push(await failure(c.changeRequests.create(path, examples.changeRequest)));
      }
    }
    expect(received).toContain(`Basic ${BASIC}`);
    expect(received).toContain(`Bearer ${TOKEN}`);

    expect(errors.every((error) => error instanceof ApiError)).toBe(true);
    expect(errors.length).toBeGreaterThan(100);
    expect(logLines.length).toBeGreaterThan(100);
    const shown = [
      ...errors.flatMap((error) => [(error as Error).message, String(error), JSON.stringify(error), (error as Error).stack ?? '']),
      ...logLines,
    ].join('\n');
    expect(shown).toContain('[REDACTED]');
    for (const [name, needle] of Object.entries(needles)) {
      expect(shown.includes(needle), `${name} leaked`).toBe(false);
    }
    // The creates were reconciled: the read-backs and their errors were checked too.
    expect(errors.some((error) => error instanceof OutcomeUnknownError)).toBe(true);
  }, 60_000);
});

interface TrackedConnection {
  requests: number;
  closedAt: number | undefined;
}

/** A server that answers with headers and then stalls the body, and records which connection carried which request. */
async function startConnectionTracker() {
  const connections: TrackedConnection[] = [];
  const bySocket = new Map<Socket, TrackedConnection>();
  const http = createServer((request, response) => {
    const connection = bySocket.get(request.socket);
    if (connection) connection.requests++;
    response.writeHead(200, { 'content-type': ORDER_MEDIA_TYPE });
    response.write('{"shopOrderNumber":');
  });
  http.on('connection', (socket: Socket) => {
    const connection: TrackedConnection = { requests: 0, closedAt: undefined };
    connections.push(connection);
    bySocket.set(socket, connection);
    socket.on('close', () => {
      connection.closedAt = performance.now();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    connections,
    async until(condition: () => boolean, ms: number) {
      for (let waited = 0; !condition() && waited < ms; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
