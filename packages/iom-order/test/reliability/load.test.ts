import { type JsonServer, measureLoad, startJsonServer } from '@shopclients/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IomOrders, ORDER_MEDIA_TYPE } from '../../src/index.js';
import { PASSWORD, SHOP_ID, USERNAME, spec } from '../contract/mock-client.js';

const CONCURRENT = 1_000;
const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;
const ORDER_PATH = new RegExp(`^/rest/order-service/shops/${SHOP_ID}/orders/([^/]+)$`);

let server: JsonServer;

beforeAll(async () => {
  // Echoes the order number of the path, so a response delivered to the wrong caller shows.
  server = await startJsonServer((_, url) => {
    const match = ORDER_PATH.exec(url.pathname);
    if (!match) return { status: 404 };
    return { body: { ...ORDER, shopOrderNumber: decodeURIComponent(match[1] as string) }, headers: { 'content-type': ORDER_MEDIA_TYPE } };
  });
});
afterAll(async () => {
  await server.close();
});

describe('load', () => {
  it(`one client, ${CONCURRENT} concurrent orders.get: all succeed, none crossed, heap back to baseline`, async () => {
    const client = new IomOrders({ baseUrl: `${server.url}/rest/order-service`, auth: { username: USERNAME, password: PASSWORD }, shopId: SHOP_ID });
    const numbers = Array.from({ length: CONCURRENT }, (_, index) => `LOAD-${index}/${index % 7} #ü`);
    const round = async () => {
      const orders = await Promise.all(numbers.map((number) => client.orders.get(number)));
      return orders.filter((order, index) => order.shopOrderNumber !== numbers[index]).length;
    };

    const load = await measureLoad(server, CONCURRENT, round);
    console.log(load.summary);
    expect(load.served).toBe(CONCURRENT);
    expect(load.crossed).toBe(0);
    expect(load.growthMb).toBeLessThan(5);
  }, 60_000);
});
