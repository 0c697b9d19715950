import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, InvalidArgumentError, RateLimitError } from '../src/index.js';
import { type ThingConfig, thingsClient } from './things-api.js';

const MAX_REQUESTS = 2_000;

interface Arrival {
  id: string;
  at: number;
  status: number;
}

type Reply = (id: string, inFlight: number) => { status: number; headers?: Record<string, string>; delayMs: number };

/** A local server that counts the requests in flight and answers as `reply` says, after its delay. */
async function startServer(reply: Reply) {
  const arrivals: Arrival[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const id = decodeURIComponent(request.url?.split('/').at(-1) ?? '');
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const answer = arrivals.length >= MAX_REQUESTS ? { status: 500, delayMs: 0 } : reply(id, inFlight);
    arrivals.push({ id, at: Date.now(), status: answer.status });
    setTimeout(() => {
      inFlight--;
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify({ id }));
    }, answer.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    maxInFlight: () => maxInFlight,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let server: Awaited<ReturnType<typeof startServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: Reply, options: ThingConfig = {}) {
  server = await startServer(reply);
  const http = thingsClient({
    baseUrl: server.url,
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
  const get = (id: string, signal?: AbortSignal) => http.send('getThing', { path: { id } }, { signal });
  return { http, get, server };
}

const ids = (count: number) => Array.from({ length: count }, (_, index) => `t${index}`);

describe('maxConcurrency', () => {
  it('keeps at most maxConcurrency requests in flight and serves every call', async () => {
    const { get, server } = await serve(() => ({ status: 200, delayMs: 30 }), { maxConcurrency: 3 });
    const results = await Promise.all(ids(12).map((id) => get(id)));
    expect(results.map((result) => result.data.id)).toEqual(ids(12));
    expect(server.maxInFlight()).toBe(3);
    expect(server.arrivals).toHaveLength(12);
  });

  it('sends everything at once without it', async () => {
    const { get, server } = await serve(() => ({ status: 200, delayMs: 300 }));
    await Promise.all(ids(12).map((id) => get(id)));
    expect(server.maxInFlight()).toBeGreaterThan(3);
  });

  it('does not count the wait in line against the attempt timeout', async () => {
    const { get } = await serve(() => ({ status: 200, delayMs: 150 }), { maxConcurrency: 1, timeout: 400 });
    // The fourth call waits about 450 ms in line, longer than the timeout, and still succeeds.
    const results = await Promise.all(ids(4).map((id) => get(id)));
    expect(results.map((result) => result.data.id)).toEqual(ids(4));
  });

  it('ends a queued call with AbortError when its signal aborts, without sending it', async () => {
    const { get, server } = await serve(() => ({ status: 200, delayMs: 200 }), { maxConcurrency: 1 });
    const controller = new AbortController();
    const first = get('first');
    const queued = get('queued', controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(queued).rejects.toBeInstanceOf(AbortError);
    await first;
    expect(server.arrivals.map((arrival) => arrival.id)).toEqual(['first']);
  });

  it('is refused unless a whole number of at least 1', () => {
    for (const maxConcurrency of [0, 1.5, -1, Number.NaN]) {
      expect(() => thingsClient({ baseUrl: 'http://127.0.0.1:1', maxConcurrency })).toThrow(InvalidArgumentError);
    }
  });
});

describe('a shared pause after 429 with Retry-After', () => {
  it('holds every other call of the client until the Retry-After time', async () => {
    let limited = false;
    let retrying: () => void = () => {};
    const firstRetries = new Promise<void>((resolve) => (retrying = resolve));
    const { get, server } = await serve(
      (id) => {
        if (id === 'first' && !limited) {
          limited = true;
          return { status: 429, headers: { 'retry-after': '1' }, delayMs: 0 };
        }
        return { status: 200, delayMs: 0 };
      },
      { logger: { warn: () => retrying() } },
    );
    const first = get('first');
    // Sent once the client has the 429 (it logs its retry): they must wait for the pause instead of going out at once.
    await firstRetries;
    const others = await Promise.all(ids(5).map((id) => get(id)));
    expect(others).toHaveLength(5);
    await first;
    const limitedAt = server.arrivals[0]?.at ?? 0;
    expect(server.arrivals[0]).toMatchObject({ id: 'first', status: 429 });
    for (const arrival of server.arrivals.slice(1)) expect(arrival.at - limitedAt).toBeGreaterThanOrEqual(950);
    expect(server.arrivals.filter((arrival) => arrival.status === 429)).toHaveLength(1);
  });

  it('holds calls that cannot retry themselves too, and lets them fail only on their own answer', async () => {
    let limited = false;
    const { http, server } = await serve(() => {
      if (!limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '0.4' }, delayMs: 0 };
      }
      return { status: 200, delayMs: 0 };
    });
    const get = (id: string) => http.send('getThing', { path: { id } }, { maxRetries: 0 });
    await expect(get('first')).rejects.toBeInstanceOf(RateLimitError);
    const started = Date.now();
    await expect(get('second')).resolves.toMatchObject({ data: { id: 'second' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(server.arrivals.map((arrival) => arrival.status)).toEqual([429, 200]);
  });

  it('starts no pause for a Retry-After beyond retry.maxRetryAfterMs', async () => {
    let limited = false;
    const { http } = await serve(
      () => {
        if (!limited) {
          limited = true;
          return { status: 429, headers: { 'retry-after': '30' }, delayMs: 0 };
        }
        return { status: 200, delayMs: 0 };
      },
      { retry: { maxRetryAfterMs: 5_000 } },
    );
    const get = (id: string) => http.send('getThing', { path: { id } }, {});
    await expect(get('first')).rejects.toBeInstanceOf(RateLimitError);
    const started = Date.now();
    await get('second');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('with maxConcurrency at the server limit, 200 concurrent calls meet no 429; without it, many do', async () => {
    const reply: Reply = (_, inFlight) => (inFlight > 10 ? { status: 429, headers: { 'retry-after': '1' }, delayMs: 0 } : { status: 200, delayMs: 10 });
    const limitedRun = await serve(reply, { maxConcurrency: 10 });
    const results = await Promise.all(ids(200).map((id) => limitedRun.get(id)));
    expect(results).toHaveLength(200);
    expect(limitedRun.server.arrivals.filter((arrival) => arrival.status === 429)).toHaveLength(0);
    await limitedRun.server.close();

    const unlimitedRun = await serve(reply, { maxRetries: 0 });
    const settled = await Promise.allSettled(ids(200).map((id) => unlimitedRun.get(id)));
    expect(unlimitedRun.server.arrivals.filter((arrival) => arrival.status === 429).length).toBeGreaterThan(20);
    expect(settled.filter((result) => result.status === 'rejected').length).toBeGreaterThan(20);
  }, 30_000);
});
