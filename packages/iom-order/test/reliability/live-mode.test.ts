import { type TestServer, startTestServer } from '@shopclients/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_MEDIA_TYPE } from '../../src/index.js';
import { PASSWORD, SHOP_ID, USERNAME, spec } from '../contract/mock-client.js';
import { type LiveConfig, type LiveReport, describeReport, liveConfigFromEnv, runLiveContract } from '../live/checks.js';

const BASE_PATH = '/rest/order-service';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsaXZlLWNoZWNrIn0.bGl2ZS1zaWduYXR1cmU';
const BASIC = btoa(`${USERNAME}:${PASSWORD}`);
const SECRETS = { password: PASSWORD, pair: `${USERNAME}:${PASSWORD}`, base64: BASIC.replace(/=+$/, ''), token: TOKEN };

type Json = Record<string, unknown>;
const ORDER = spec.responseExample('getOrder', 200) as Json;
const STATES = spec.responseExample('getOrderStatesBySortCriterias', 200) as { data: Json[]; meta: Json };
const CHANGE_REQUESTS = spec.responseExamples('getChangeRequestViewList', 200);
const CHANGE_REQUEST = spec.responseExamples('getChangeRequest', 200);

/**
 * An IOM installation as the spec describes it, serving the spec's examples for shop 1000 and
 * honouring the shopOrderNumbers filter; it answers 401 unless it gets the expected credentials.
 */
function fakeUpstream(states: { data: Json[]; meta: unknown }, authorization: string, reject?: (authorization: string) => string): Promise<TestServer> {
  return startTestServer(({ headers, url }) => {
    const vendor = { 'content-type': ORDER_MEDIA_TYPE };
    if (headers.get('authorization') !== authorization) return { status: 401 };
    if (reject) return { status: 401, body: reject(authorization), headers: { 'content-type': 'text/plain' } };
    const path = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length).split('/').map(decodeURIComponent) : [];
    const [, shops, shopId, resource, orderNumber, changeRequests, changeRequestId, ...rest] = path;
    if (shops !== 'shops' || shopId !== String(SHOP_ID) || rest.length > 0) return { status: 404 };
    const excluded = url.searchParams.getAll('excludes').includes('changeRequest');
    if (resource === 'order-states' && orderNumber === undefined) {
      const wanted = url.searchParams.getAll('shopOrderNumbers');
      const data = wanted.length ? states.data.filter((state) => wanted.includes(state.shopOrderNumber as string)) : states.data;
      return { body: { ...states, data }, headers: vendor };
    }
    if (resource !== 'orders' || orderNumber !== ORDER.shopOrderNumber) return { status: 404 };
    if (changeRequests === undefined) return { body: ORDER, headers: vendor };
    if (changeRequests !== 'change-requests') return { status: 404 };
    if (changeRequestId === undefined) return { body: excluded ? CHANGE_REQUESTS.changeRequestExcluded : CHANGE_REQUESTS.withChangedOrder, headers: vendor };
    if (changeRequestId !== 'CR-000731-01') return { status: 404 };
    return { body: excluded ? CHANGE_REQUEST.changeRequestExcluded : CHANGE_REQUEST.accepted, headers: vendor };
  });
}

/** The order states with two known breaks of the spec: a count as text, and a payment action the enum does not list. */
function drifted(): { data: Json[]; meta: unknown } {
  const states = structuredClone(STATES);
  (states.meta as Json).totalCount = '1';
  const history = (states.data[0]!.paymentState as { paymentHistory: Json[] }).paymentHistory;
  history[0]!.action = 'TELEPORT';
  return states;
}

const basic = (server: TestServer): LiveConfig => ({
  baseUrl: `${server.url}${BASE_PATH}`,
  shopId: String(SHOP_ID),
  auth: { username: USERNAME, password: PASSWORD },
});
const bearer = (server: TestServer): LiveConfig => ({ baseUrl: `${server.url}${BASE_PATH}`, shopId: String(SHOP_ID), auth: { token: TOKEN } });

function expectNoCredentials(report: LiveReport): void {
  const shown = `${describeReport(report)}\n${JSON.stringify(report)}`;
  for (const [name, secret] of Object.entries(SECRETS)) expect(shown.includes(secret), `${name} in the report`).toBe(false);
}

describe('live contract mode, proven offline against fake upstreams', () => {
  const servers: TestServer[] = [];
  const start = async (...args: Parameters<typeof fakeUpstream>) => {
    const server = await fakeUpstream(...args);
    servers.push(server);
    return server;
  };
  let faithfulBasic: TestServer;
  let faithfulBearer: TestServer;
  let driftedUpstream: TestServer;

  beforeAll(async () => {
    faithfulBasic = await start(STATES, `Basic ${BASIC}`);
    faithfulBearer = await start(STATES, `Bearer ${TOKEN}`);
    driftedUpstream = await start(drifted(), `Basic ${BASIC}`);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
  });

  it.each([
    ['basic authentication', () => basic(faithfulBasic)],
    ['a bearer token', () => bearer(faithfulBearer)],
  ])('reports no violation for an upstream that keeps the spec (%s)', async (_, config) => {
    const report = await runLiveContract(config());
    expect(report).toEqual({ checks: 6, violations: [], drift: [], failures: [], skipped: [] });
    expectNoCredentials(report);
  });

  it('reports both planted drifts, once in each of the two order-state searches (4 violations), without printing credentials', async () => {
    const report = await runLiveContract(basic(driftedUpstream));
    const text = describeReport(report);
    console.log(text);
    expect(report.failures).toEqual([]);
    expect(report.checks).toBe(6);
    const places = report.violations.map((v) => `${v.operation} ${v.status} ${v.location}`);
    // Both order-state searches see both breaks; every other answer keeps the spec.
    const perSearch = [
      'GET /shops/{shopId}/order-states 200 response.body.data.0.paymentState.paymentHistory.0.action',
      'GET /shops/{shopId}/order-states 200 response.body.meta.totalCount',
    ];
    expect(places.sort()).toEqual([...perSearch, ...perSearch].sort());
    // The client's validators, in strict mode, see the same two breaks in each search, and nothing else.
    const drift = report.drift.map((line) => line.replace(/ (must|is) .*$/, ''));
    const driftPerSearch = (check: string) => [`${check}: body.data.0.paymentState.paymentHistory.0.action`, `${check}: body.meta.totalCount`];
    expect(drift.sort()).toEqual([...driftPerSearch('orderStates.search'), ...driftPerSearch('orderStates.search by shopOrderNumbers')].sort());
    expect(text).toContain('must be integer');
    expect(text).toContain('must be equal to one of the allowed values');
    expectNoCredentials(report);
  });

  it('skips, rather than fails, the checks that need an order when the shop has none', async () => {
    const empty = await start({ data: [], meta: { totalCount: 0 } }, `Bearer ${TOKEN}`);
    const report = await runLiveContract(bearer(empty));
    expect(report.checks).toBe(1);
    expect(report.failures).toEqual([]);
    expect(report.violations).toEqual([]);
    expect(report.drift).toEqual([]);
    expect(report.skipped).toHaveLength(5);
    expect(describeReport(report)).toContain('skipped orders.get: the order state search found no order');
  });

  it.each([
    ['basic authentication', basic, `Basic ${BASIC}`],
    ['a bearer token', bearer, `Bearer ${TOKEN}`],
  ] as const)('keeps the credentials out of the report when the upstream rejects and echoes them (%s)', async (_, config, authorization) => {
    const decoded = (header: string) => (header.startsWith('Basic ') ? atob(header.slice(6)) : header.slice(7));
    const echoing = await start(STATES, authorization, (header) => `rejected ${header} (${decoded(header)})`);
    const report = await runLiveContract(config(echoing));
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures[0]).toMatch(/^orderStates\.search: getOrderStatesBySortCriterias failed with 401: rejected .*\[REDACTED\]/);
    expectNoCredentials(report);
  });

  it('reads its settings from the environment and names what is missing, never the values', () => {
    const base = { IOM_LIVE_BASE_URL: 'https://iom.example.com/rest/order-service', IOM_LIVE_SHOP_ID: '1000' };
    expect(liveConfigFromEnv({ ...base, IOM_LIVE_USERNAME: USERNAME, IOM_LIVE_PASSWORD: PASSWORD })).toEqual({
      baseUrl: base.IOM_LIVE_BASE_URL,
      shopId: '1000',
      auth: { username: USERNAME, password: PASSWORD },
    });
    expect(liveConfigFromEnv({ ...base, IOM_LIVE_TOKEN: TOKEN }).auth).toEqual({ token: TOKEN });

    const failure = (env: Record<string, string>) => {
      try {
        liveConfigFromEnv(env);
      } catch (error) {
        const message = (error as Error).message;
        for (const secret of Object.values(SECRETS)) expect(message).not.toContain(secret);
        return message;
      }
      throw new Error('expected the settings to be refused');
    };
    expect(failure({})).toMatch(/^Missing IOM_LIVE_BASE_URL, IOM_LIVE_SHOP_ID, IOM_LIVE_USERNAME \+ IOM_LIVE_PASSWORD \(or IOM_LIVE_TOKEN\)\./);
    expect(failure({ ...base, IOM_LIVE_PASSWORD: PASSWORD })).toMatch(/^Missing IOM_LIVE_USERNAME\./);
    expect(failure({ ...base, IOM_LIVE_USERNAME: USERNAME, IOM_LIVE_PASSWORD: ' ' })).toMatch(/^Missing IOM_LIVE_PASSWORD\./);
    expect(failure({ IOM_LIVE_SHOP_ID: '1000', IOM_LIVE_TOKEN: TOKEN })).toMatch(/^Missing IOM_LIVE_BASE_URL\./);
    expect(failure({ ...base, IOM_LIVE_TOKEN: TOKEN, IOM_LIVE_PASSWORD: PASSWORD })).toMatch(/not both/);
  });
});
