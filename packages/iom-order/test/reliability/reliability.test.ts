import { type KeyedStoreServer, type TestServer, describeReliability, firstAttempt, lostAnswerFaults, runTrials, startKeyedStoreServer, startTestServer, uniqueKey } from '@shopclients/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, InvalidArgumentError, IomOrders, ORDER_MEDIA_TYPE, ValidationError } from '../../src/index.js';
import { SHOP_ID, examples } from '../contract/mock-client.js';
import { BASE_PATH, ORDER_NUMBER, changeRequest, iom, iomStore, order } from './iom.js';

// The reliability suite both clients share (faults, reconciling lost answers, load, caller mistakes and
// hostile arguments), run for IOM; then the cases only IOM has.
const reconcile = describeReliability(iom);

describe('IOM: reconciling, beyond the shared suite', () => {
  it('reconcile: false, per client or per call, sends once and throws the lost answer as it came; other values are refused', async () => {
    for (const [name, client, options] of [
      ['client', reconcile.client({ reconcile: false }), {}],
      ['call', reconcile.client(), { reconcile: false }],
    ] as const) {
      firstAttempt(reconcile.plan, { fault: { after: 'reset' } });
      reconcile.store().reset();
      const error = await client.orders.create(order(uniqueKey('OFF')), options).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ConnectionError);
      expect(reconcile.store().requests.map((request) => request.kind), name).toEqual(['create']);
    }
    expect(() => reconcile.client({ reconcile: 'yes' })).toThrow(InvalidArgumentError);
  });

  it('an empty changeRequestId (the spec allows it) cannot be read back by: it is sent unreconciled, with a warning', async () => {
    firstAttempt(reconcile.plan, { fault: { after: 'reset' } });
    reconcile.store().reset();
    reconcile.logLines.length = 0;
    const error = await reconcile.client().changeRequests.create(ORDER_NUMBER, changeRequest('')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(reconcile.store().requests.map((request) => request.kind)).toEqual(['create']);
    expect(reconcile.logLines).toContain('warn createChangeRequest: `request.changeRequestId` cannot be read back by, so this call is not reconciled');
  });
});

describe('IOM: the client alone never doubles: a store that does not enforce the key holds one copy too', () => {
  const TRIALS = 10;
  let lax: KeyedStoreServer;
  let fault = lostAnswerFaults(1_500)[0]!.fault;
  const tallies: string[] = [];
  beforeAll(async () => {
    lax = await startKeyedStoreServer({ api: iomStore, unique: false, createFault: (_, attempt) => (attempt === 1 ? fault : undefined) });
  });
  afterAll(async () => {
    await lax.close();
    console.log(`reconcile (IOM, store without uniqueness):\n  ${tallies.join('\n  ')}`);
  });

  // One of each kind of loss; the late commit and the unseen commit rely on the store refusing the taken key.
  const laxFaults = lostAnswerFaults(1_500).filter(({ label }) =>
    [
      'committed, then the connection reset',
      'committed, then no answer past the timeout',
      'committed, then 503 from a proxy',
      'committed, then a bare success status',
      'not committed: connection reset',
      'not committed: 504 from a proxy',
    ].includes(label),
  );
  it.each(laxFaults.map((lost) => [lost.label, lost] as const))('orders.create, %s', async (label, lost) => {
    fault = lost.fault;
    const client = reconcile.client({ baseUrl: `${lax.url}${BASE_PATH}` });
    const tally = await runTrials(`orders.create on a store without uniqueness, ${label}`, TRIALS, lax, () => {
      const number = uniqueKey('LAX');
      return { key: `order ${number}`, call: client.orders.create(order(number)) };
    });
    tallies.push(tally.line);
    expect(tally).toMatchObject({ resolved: TRIALS, copies: TRIALS, exactlyOne: TRIALS });
  }, 30_000);
});

// Audit finding (issue 10, item 3): with a one-character password, redaction rewrote the request URL, so a
// created order's `Location` could not be resolved and the create threw although the order existed;
// messages and error details were mangled too.
describe('IOM: a short password', () => {
  const ERROR_REPORT = { status: 400, errors: [{ code: 'ORDER_STATE', message: 'the order state does not accept this', value: 'e' }] };
  let server: TestServer;
  let port: string;
  beforeAll(async () => {
    server = await startTestServer(({ method, url }) => {
      if (method === 'POST' && url.pathname.endsWith('/orders')) {
        // An absolute path, as IOM sends it; the client resolves it against the request URL.
        return { status: 201, headers: { location: `${BASE_PATH}/shops/${SHOP_ID}/orders/${ORDER_NUMBER}` } };
      }
      if (method === 'POST' && url.pathname.endsWith('/change-requests')) return { status: 201, headers: { location: 'change-requests/4711' } };
      return { status: 400, body: ERROR_REPORT, headers: { 'content-type': ORDER_MEDIA_TYPE } };
    });
    port = new URL(server.url).port;
  });
  afterAll(async () => {
    await server.close();
  });

  const client = (password: string) => new IomOrders({ baseUrl: `${server.url}${BASE_PATH}`, auth: { username: 'iom-connector', password }, shopId: SHOP_ID, maxRetries: 0 });
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
