import { type JsonServer, startJsonServer } from '@shopclients/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IomOrders, ORDER_MEDIA_TYPE, ValidationError } from '../../src/index.js';
import { SHOP_ID, examples } from '../contract/mock-client.js';

// Audit finding (issue 10, item 3): with a one-character password, redaction rewrote the request URL, so a
// created order's `Location` could not be resolved and the create threw although the order existed;
// messages and error details were mangled too.

const BASE_PATH = '/rest/order-service';
const ORDER_NUMBER = 'B2B-2024-000731';
const ERROR_REPORT = { status: 400, errors: [{ code: 'ORDER_STATE', message: 'the order state does not accept this', value: 'e' }] };

let server: JsonServer;
let port: string;

beforeAll(async () => {
  server = await startJsonServer((request, url) => {
    if (request.method === 'POST' && url.pathname.endsWith('/orders')) {
      // An absolute path, as IOM sends it; the client resolves it against the request URL.
      return { status: 201, headers: { location: `${BASE_PATH}/shops/${SHOP_ID}/orders/${ORDER_NUMBER}` } };
    }
    if (request.method === 'POST' && url.pathname.endsWith('/change-requests')) {
      return { status: 201, headers: { location: `change-requests/4711` } };
    }
    return { status: 400, body: ERROR_REPORT, headers: { 'content-type': ORDER_MEDIA_TYPE } };
  });
  port = new URL(server.url).port;
});
afterAll(async () => {
  await server.close();
});

function client(password: string) {
  return new IomOrders({ baseUrl: `${server.url}${BASE_PATH}`, auth: { username: 'iom-connector', password }, shopId: SHOP_ID, maxRetries: 0 });
}

describe('a short password', () => {
  const passwords = () => ['p', '1', '.', '/', ':', 's', 'e', 'r', 'o', port];

  it('still resolves a create the server accepted', async () => {
    for (const password of passwords()) {
      const created = await client(password)
        .orders.create(examples.b2bOrder)
        .catch((error: unknown) => new Error(`password ${JSON.stringify(password)}: ${String(error)}`));
      expect(created).toEqual({ location: `${BASE_PATH}/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`, shopOrderNumber: ORDER_NUMBER });
    }
  });

  it('still resolves a relative Location of a change request', async () => {
    for (const password of passwords()) {
      const created = await client(password).changeRequests.create(ORDER_NUMBER, examples.changeRequest);
      expect(created).toMatchObject({ shopOrderNumber: ORDER_NUMBER, changeRequestId: '4711' });
    }
  });

  it('keeps error messages, details and the request URL intact', async () => {
    for (const password of passwords()) {
      const error = (await client(password)
        .orders.get(ORDER_NUMBER)
        .catch((e: unknown) => e)) as ValidationError;
      expect(error, `password ${JSON.stringify(password)}`).toBeInstanceOf(ValidationError);
      expect(error.message).toBe('getOrder failed with 400: ORDER_STATE the order state does not accept this');
      expect(error.details).toEqual(ERROR_REPORT.errors);
      expect(error.body).toEqual(ERROR_REPORT);
      expect(error.request.url).toBe(`${server.url}${BASE_PATH}/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`);
    }
  });
});
