import { describe, expect, it } from 'vitest';
import { ApiPromise, Komfortkasse, NotFoundError } from '../../src/index.js';
import { API_KEY, spec } from '../contract/mock-client.js';

const ORDER = spec.responseExample('getOrder', 200);

function clientAnswering(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Komfortkasse({
    apiKey: API_KEY,
    baseUrl: 'http://127.0.0.1:9/api/v2',
    maxRetries: 0,
    fetch: async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }),
  });
}

describe('.withResponse(): the data with the raw answer of a success', () => {
  it('every method returns an ApiPromise that awaits to the data as before', async () => {
    const call = clientAnswering(200, ORDER).orders.get('10001');
    expect(call).toBeInstanceOf(ApiPromise);
    expect(call).toBeInstanceOf(Promise);
    await expect(call).resolves.toEqual(ORDER);
  });

  it('withResponse() gives the data, the response with its headers, the request id and the attempts', async () => {
    const client = clientAnswering(200, ORDER, { 'x-request-id': 'req-7', 'x-ratelimit-remaining': '99' });
    const { data, response, requestId, attempts } = await client.orders.get('10001').withResponse();
    expect(data).toEqual(ORDER);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('99');
    expect([requestId, attempts]).toEqual(['req-7', 1]);
  });

  it('then/catch/finally return plain promises, as a native promise would', async () => {
    const chained = clientAnswering(200, ORDER).orders.get('10001').then((order) => order.number);
    expect(chained).not.toBeInstanceOf(ApiPromise);
    await expect(chained).resolves.toBe((ORDER as { number: string }).number);
  });

  it('a failed call rejects withResponse() with the same typed error, and leaves no unhandled rejection behind', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const call = clientAnswering(404, { error: 'order not found' }).orders.get('10001');
      await expect(call.withResponse()).rejects.toBeInstanceOf(NotFoundError);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('a call refused before sending rejects (it does not throw synchronously)', async () => {
    const call = clientAnswering(200, ORDER).orders.get('10001', { nonsense: true } as never);
    expect(call).toBeInstanceOf(ApiPromise);
    await expect(call).rejects.toThrow(/options\.nonsense/);
  });
});
