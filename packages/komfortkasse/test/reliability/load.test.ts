import { type JsonServer, settledHeapUsed, startJsonServer } from '@shopclients/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Komfortkasse } from '../../src/index.js';
import { API_KEY, spec } from '../contract/mock-client.js';

const CONCURRENT = 1_000;
const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;

let server: JsonServer;

beforeAll(async () => {
  // Echoes the order number of the path, so a response delivered to the wrong caller shows.
  server = await startJsonServer((_, url) => ({ body: { ...ORDER, number: decodeURIComponent(url.pathname.split('/').pop() ?? '') } }));
});
afterAll(async () => {
  await server.close();
});

describe('load', () => {
  it(`one client, ${CONCURRENT} concurrent requests: all succeed, none crossed, heap back to baseline`, async () => {
    const client = new Komfortkasse({ apiKey: API_KEY, baseUrl: server.url });
    const numbers = Array.from({ length: CONCURRENT }, (_, index) => `LOAD-${index}/${index % 7}`);
    const round = async () => {
      const orders = await Promise.all(numbers.map((number) => client.orders.get(number)));
      return orders.filter((order, index) => order.number !== numbers[index]).length;
    };

    await round(); // warm up connections and code paths
    const baseline = await settledHeapUsed();
    const servedBefore = server.count;
    const crossed = await round();
    const after = await settledHeapUsed();
    const growthMb = (after - baseline) / 1024 / 1024;

    console.log(
      `load: ${CONCURRENT} concurrent requests, ${server.count - servedBefore} served, ${crossed} crossed, ` +
        `heap ${(baseline / 1024 / 1024).toFixed(1)} MB → ${(after / 1024 / 1024).toFixed(1)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(2)} MB)`,
    );
    expect(server.count - servedBefore).toBe(CONCURRENT);
    expect(crossed).toBe(0);
    expect(growthMb).toBeLessThan(5);
  }, 60_000);
});
