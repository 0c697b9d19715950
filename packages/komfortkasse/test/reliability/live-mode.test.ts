import { type TestServer, startTestServer } from '@shopclients/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, spec } from '../contract/mock-client.js';
import { describeReport, runLiveContract } from '../live/checks.js';

const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;
const POSTINGS = spec.responseExample('readPostings', 200);

function fakeUpstream(order: Record<string, unknown> | undefined): Promise<TestServer> {
  return startTestServer(({ headers, url }) => {
    if (headers.get('x-komfortkasse-api-key') !== API_KEY) return { status: 401, body: { error: 'API Key missing' } };
    if (url.pathname === '/api/v2/orders') return { body: order ? [order] : [] };
    if (url.pathname.startsWith('/api/v2/order/')) return { body: order };
    if (url.pathname === '/api/v2/postings') return { body: POSTINGS };
    return { status: 404, body: { error: 'Order not found' } };
  });
}

describe('live contract mode, proven offline against a fake upstream', () => {
  let faithful: TestServer;
  let drifted: TestServer;

  beforeAll(async () => {
    faithful = await fakeUpstream(ORDER);
    // Breaks the spec in two known ways: the amount as text, and a payment status the spec does not list.
    drifted = await fakeUpstream({ ...ORDER, amount: '22.38', paymentStatus: 'PAID_BY_MAGIC' });
  });
  afterAll(async () => {
    await faithful.close();
    await drifted.close();
  });

  it('reports no violation for an upstream that keeps the spec', async () => {
    const report = await runLiveContract(`${faithful.url}/api/v2`, API_KEY);
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.violations).toEqual([]);
    expect(report.drift).toEqual([]);
  });

  it('says which checks an empty shop left nothing to check for', async () => {
    const empty = await fakeUpstream(undefined);
    try {
      const report = await runLiveContract(`${empty.url}/api/v2`, API_KEY);
      expect(report.violations).toEqual([]);
      expect(report.skipped).toEqual(['orders.get: skipped: no order in the last 30 days to read']);
    } finally {
      await empty.close();
    }
  });

  it('reports each violation of an upstream that drifted from the spec, without printing the key', async () => {
    const report = await runLiveContract(`${drifted.url}/api/v2`, API_KEY);
    const text = describeReport(report);
    console.log(text);
    const places = report.violations.map((v) => `${v.operation} ${v.location}`);
    expect(places).toContain('GET /orders response.body.0.amount');
    expect(places).toContain('GET /orders response.body.0.paymentStatus');
    expect(places).toContain('GET /order/{orderNumber} response.body.amount');
    expect(places).toContain('GET /order/{orderNumber} response.body.paymentStatus');
    // The client's validators, in strict mode, find the same drift, and no other failure hides behind it.
    expect(report.drift).toEqual(
      expect.arrayContaining([
        'orders.list: body.0.amount must be of type number (got "22.38")',
        expect.stringMatching(/^orders\.get: body\.paymentStatus must be one of: UNPAID, .* \(got "PAID_BY_MAGIC"\)$/),
      ]),
    );
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(text).not.toContain(API_KEY);
  });
});
