import { describe, expect, it } from 'vitest';
import { type FakeAnswer, createFakeServer } from '../src/testing/index.js';

const operations = {
  getThing: {
    method: 'get',
    path: '/things/{id}',
    parameters: [
      { name: 'id', in: 'path', required: true, type: 'integer', explode: false },
      { name: 'tags', in: 'query', required: false, type: 'array', items: 'string', explode: false },
      { name: 'limit', in: 'query', required: false, type: 'integer', explode: true },
    ],
    responses: { 200: ['application/json'], 400: ['application/json'] },
  },
} as const;

/** A fake whose handler answers `reply`, with the spec's checks played by plain functions. */
function fakeAnswering(reply: FakeAnswer) {
  const seen: unknown[] = [];
  const server = createFakeServer<'getThing'>({
    operations,
    baseUrl: 'http://things.test/v1',
    authenticate: () => undefined,
    invalidRequest: (_, issues) => ({ status: 400, body: { problems: issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) } }),
    unsupportedMediaType: () => ({ status: 415 }),
    unknownRoute: () => ({ status: 404 }),
    faultAnswer: (status) => ({ status }),
    handle: (call) => (seen.push({ path: call.path, query: call.query }), reply),
    validateRequest: (_, request) => (request.query.limit === 0 ? [{ path: ['query', 'limit'], message: 'must be at least 1', rule: 'minimum' }] : []),
    validateResponse: (_, status, __, body) =>
      status === 200 && typeof body !== 'object' ? [{ path: ['body'], message: 'must be an object', rule: 'type' }] : [],
  });
  return { server, seen };
}

describe('the shared fake machinery', () => {
  it('routes below the base path and types the parameters as the spec declares them', async () => {
    const { server, seen } = fakeAnswering({ status: 200, body: { id: 1 } });
    const response = await server.fetch('http://things.test/v1/things/7?tags=a,b&limit=3');
    expect([response.status, await response.json()]).toEqual([200, { id: 1 }]);
    expect(seen).toEqual([{ path: { id: 7 }, query: { tags: ['a', 'b'], limit: 3 } }]);
    expect((await server.fetch('http://things.test/v1/other')).status).toBe(404);
    expect((await server.fetch('http://things.test/v1/things/7', { method: 'DELETE' })).status).toBe(405);
  });

  it('answers a request the checks refuse with the API-shaped error, before the handler runs', async () => {
    const { server, seen } = fakeAnswering({ status: 200, body: { id: 1 } });
    const response = await server.fetch('http://things.test/v1/things/7?limit=0');
    expect([response.status, await response.json()]).toEqual([400, { problems: ['query.limit must be at least 1'] }]);
    expect(seen).toEqual([]);
  });

  it('turns an answer of its own that breaks the spec into a 500 and records it', async () => {
    const { server } = fakeAnswering({ status: 200, body: 'not an object' });
    const response = await server.fetch('http://things.test/v1/things/7');
    expect(response.status).toBe(500);
    expect(response.headers.get('x-fake-spec-violation')).toBe('true');
    expect(await response.text()).toContain('breaks the spec (body must be an object)');
    expect(server.specViolations).toEqual([{ operationId: 'getThing', status: 200, issues: [{ path: ['body'], message: 'must be an object', rule: 'type' }] }]);
  });

  it('plans faults per operation and in order, with Retry-After; a lost answer still ran the handler', async () => {
    const { server, seen } = fakeAnswering({ status: 200, body: { id: 1 } });
    server.failNext({ status: 429, retryAfter: 5 }, { operation: 'getThing', times: 2 });
    server.failNext('lose-answer');
    const first = await server.fetch('http://things.test/v1/things/1');
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '5']);
    expect((await server.fetch('http://things.test/v1/things/1')).status).toBe(429);
    await expect(server.fetch('http://things.test/v1/things/1')).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(1);
    expect(server.calls.map((call) => call.outcome)).toEqual([429, 429, 'lose-answer']);
    expect(() => server.failNext({ status: 200 })).toThrow(/400–599/);
  });

  it('a stall ends when the caller aborts', async () => {
    const { server } = fakeAnswering({ status: 200, body: { id: 1 } });
    server.failNext('stall');
    const controller = new AbortController();
    const pending = server.fetch('http://things.test/v1/things/1', { signal: controller.signal });
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
  });

  it('loses or spoils the answer of work that was done, in process as over HTTP', async () => {
    const { server, seen } = fakeAnswering({ status: 200, body: { id: 1, name: 'a thing with a name' } });
    const listening = await server.listen();
    try {
      for (const fetchVia of [server.fetch, fetch]) {
        const url = fetchVia === fetch ? `${listening.url}/things/1` : 'http://things.test/v1/things/1';
        seen.length = 0;
        server.failNext({ after: 'cut-body' });
        const cut = await fetchVia(url);
        expect(cut.status).toBe(200);
        await expect(cut.text()).rejects.toThrow();
        server.failNext({ after: 'bare-status' });
        const bare = await fetchVia(url);
        expect([bare.status, bare.headers.get('content-type'), await bare.text()]).toEqual([200, null, '']);
        server.failNext({ after: { status: 502, body: '<h1>502</h1>', headers: { 'content-type': 'text/html' } } });
        const proxy = await fetchVia(url);
        expect([proxy.status, proxy.headers.get('content-type'), await proxy.text()]).toEqual([502, 'text/html', '<h1>502</h1>']);
        server.failNext({ delayMs: 120 });
        const started = performance.now();
        expect(await (await fetchVia(url)).json()).toEqual({ id: 1, name: 'a thing with a name' });
        expect(performance.now() - started).toBeGreaterThanOrEqual(100);
        server.failNext({ after: 'stall-body' });
        const controller = new AbortController();
        const stalled = await fetchVia(url, { signal: controller.signal });
        const reading = stalled.text();
        setTimeout(() => controller.abort(new Error('gave up')), 30);
        await expect(reading).rejects.toThrow();
        expect(seen).toHaveLength(5);
      }
      expect(server.calls.map((call) => call.outcome)).toEqual(Array(2).fill(['lose-answer', 'lose-answer', 'lose-answer', 200, 'lose-answer']).flat());
    } finally {
      await listening.close();
    }
  });

  it('a late commit runs the handler after the caller gave up; invalid faults are refused', async () => {
    const { server, seen } = fakeAnswering({ status: 200, body: { id: 1 } });
    server.failNext({ lateMs: 50 });
    await expect(server.fetch('http://things.test/v1/things/1', { signal: AbortSignal.timeout(20) })).rejects.toThrow();
    expect(seen).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(seen).toHaveLength(1);
    expect(() => server.failNext({ after: { status: 99 } })).toThrow(/100–599/);
    expect(() => server.failNext({ delayMs: -1 })).toThrow(/delayMs/);
    expect(() => server.failNext('crash' as never)).toThrow(/unknown fault/);
  });
});
