import { type JsonServer, measureLoad, startJsonServer } from '@shopclients/testkit';
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

    const load = await measureLoad(server, CONCURRENT, round);
    console.log(load.summary);
    expect(load.served).toBe(CONCURRENT);
    expect(load.crossed).toBe(0);
    expect(load.growthMb).toBeLessThan(5);
  }, 60_000);
});
