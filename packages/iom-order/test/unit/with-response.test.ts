import { describe, expect, it } from 'vitest';
import { IomOrders } from '../../src/index.js';
import { examples } from '../contract/mock-client.js';

describe('.withResponse() on a create: the Location header and status of the 201', () => {
  it('orders.create resolves with what it read from Location, and withResponse() shows the 201 itself', async () => {
    const location = 'http://127.0.0.1:9/rest/order-service/shops/1000/orders/B2B-2024-000731';
    const client = new IomOrders({
      baseUrl: 'http://127.0.0.1:9/rest/order-service',
      shopId: 1000,
      auth: { token: 'header.payload.signature' },
      fetch: async () => new Response(null, { status: 201, headers: { location, 'x-request-id': 'iom-1' } }),
    });
    const { data, response, requestId } = await client.orders.create(examples.b2bOrder).withResponse();
    expect(data).toEqual({ location, shopOrderNumber: 'B2B-2024-000731' });
    expect([response.status, response.headers.get('location'), requestId]).toEqual([201, location, 'iom-1']);
  });
});
