import { describe, expect, it } from 'vitest';
import { Komfortkasse, type KomfortkasseOptions, ResponseValidationError, type ValidationReport } from '../../src/index.js';
import { API_KEY, spec } from '../contract/mock-client.js';

const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;

/** A client whose server answers every call with `body` (status 200, JSON), and what it logged. */
function clientAnswering(body: unknown, options: Partial<KomfortkasseOptions> = {}) {
  const warnings: { message: string; details: unknown }[] = [];
  const reports: ValidationReport[] = [];
  const client = new Komfortkasse({
    apiKey: API_KEY,
    baseUrl: 'http://127.0.0.1:9/api/v2',
    maxRetries: 0,
    fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' } }),
    logger: { warn: (message, details) => warnings.push({ message, details }) },
    onValidationIssue: (report) => reports.push(report),
    ...options,
  });
  return { client, warnings, reports };
}

describe('responses are checked against the spec', () => {
  it('the spec example passes without a report', async () => {
    const { client, warnings, reports } = clientAnswering(ORDER);
    await expect(client.orders.get('10001')).resolves.toEqual(ORDER);
    expect(warnings).toEqual([]);
    expect(reports).toEqual([]);
  });

  it.each([
    ['a 200 carrying an error body', { error: 'Invalid API key' }, ['body', 'number'], 'required'],
    ['an amount sent as text', { ...ORDER, amount: '22.38' }, ['body', 'amount'], 'type'],
    ['an unknown payment status', { ...ORDER, paymentStatus: 'PAYED' }, ['body', 'paymentStatus'], 'enum'],
    ['an order without number', { ...ORDER, number: undefined }, ['body', 'number'], 'required'],
  ])("'warn' (the default): %s resolves and is reported", async (_, body, path, rule) => {
    const { client, warnings, reports } = clientAnswering(body);
    await expect(client.orders.get('10001')).resolves.toEqual(JSON.parse(JSON.stringify(body)));
    expect(reports.map((report) => report.issue)).toContainEqual(expect.objectContaining({ path, rule }));
    expect(reports[0]).toMatchObject({ operation: 'getOrder', status: 200, requestId: 'req-42' });
    expect(warnings.length).toBe(reports.length);
    expect(warnings[0]?.message).toMatch(/^getOrder: the 200 response breaks the spec at body\./);
  });

  it("orders.list answered with an object is reported as not a list", async () => {
    const { client, reports } = clientAnswering(ORDER);
    await client.orders.list();
    expect(reports).toEqual([expect.objectContaining({ operation: 'readOrders', issue: expect.objectContaining({ path: ['body'], rule: 'type' }) })]);
  });

  it("'warn' reports each kind of drift once per operation, path and rule, however often it comes", async () => {
    const { client, warnings, reports } = clientAnswering({ ...ORDER, paymentStatus: 'PAYED', amount: 'x' });
    for (let call = 0; call < 5; call++) await client.orders.get('10001');
    expect(reports.map((report) => `${report.issue.path.join('.')}:${report.issue.rule}`).sort()).toEqual(['body.amount:type', 'body.paymentStatus:enum']);
    expect(warnings).toHaveLength(2);
    // Another operation with the same drift is another kind.
    await client.orders.cancel('10001');
    expect(reports).toHaveLength(4);
  });

  it("'strict' throws ResponseValidationError with the issues, status, operation and request id", async () => {
    const { client } = clientAnswering({ ...ORDER, paymentStatus: 'PAYED' }, { validateResponses: 'strict' });
    const error = await client.orders.get('10001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ status: 200, operation: 'getOrder', requestId: 'req-42', issues: [{ path: ['body', 'paymentStatus'], rule: 'enum' }] });
    expect((error as Error).message).toContain('`body.paymentStatus` must be one of: UNPAID');
  });

  it("the per-call option overrides the client's: 'strict' for one call, 'off' for another", async () => {
    const { client, reports } = clientAnswering({ ...ORDER, paymentStatus: 'PAYED' });
    await expect(client.orders.get('1', { validateResponses: 'strict' })).rejects.toBeInstanceOf(ResponseValidationError);
    await client.orders.get('1', { validateResponses: 'off' });
    expect(reports).toEqual([]);
    await client.orders.get('1');
    expect(reports).toHaveLength(1);
  });

  it("'off' checks nothing", async () => {
    const { client, warnings, reports } = clientAnswering({ error: 'nope' }, { validateResponses: 'off' });
    await client.orders.get('10001');
    expect([warnings, reports]).toEqual([[], []]);
  });

  it('an unknown mode is refused when the client is built', () => {
    expect(() => new Komfortkasse({ apiKey: API_KEY, validateResponses: 'loud' as never })).toThrow(/validateResponses/);
  });

  it('reports and errors never carry the API key, even when the server echoes it in a drifting field', async () => {
    const echo = { ...ORDER, paymentStatus: `bad ${API_KEY}` };
    const { client, warnings, reports } = clientAnswering(echo);
    await client.orders.get('10001');
    const { client: strict } = clientAnswering(echo, { validateResponses: 'strict' });
    const error = await strict.orders.get('10001').catch((e: unknown) => e);
    const printed = JSON.stringify([warnings, reports, error, String(error), (error as Error).message]);
    expect(reports[0]?.sample).toBe('bad [REDACTED]');
    expect(printed).not.toContain(API_KEY);
  });

  it('orders.list of 10,000 orders each lacking date, type and billing: one report per kind, each counting 10,000', async () => {
    const { date, type, billing, ...drifting } = ORDER;
    const { client, warnings, reports } = clientAnswering(Array.from({ length: 10_000 }, () => drifting));
    await client.orders.list();
    expect(reports.map((report) => [report.issue.path.join('.'), report.issue.rule, report.count])).toEqual([
      ['body.0.date', 'required', 10_000],
      ['body.0.type', 'required', 10_000],
      ['body.0.billing', 'required', 10_000],
    ]);
    expect(warnings[0]?.message).toContain('9999 more places in this answer break it the same way');
  });

  it('the same rule in one schema used at two places is two kinds: billing and shipping addresses without a name', async () => {
    const address = { countryCode: 'DE' };
    const { client, reports } = clientAnswering(Array.from({ length: 100 }, () => ({ ...ORDER, billing: address, shipping: address })));
    await client.orders.list();
    expect(reports.map((report) => [report.issue.path.join('.'), report.issue.message, report.count])).toEqual([
      ['body.0.billing', 'needs at least one of: lastName, company', 100],
      ['body.0.shipping', 'needs at least one of: lastName, company', 100],
    ]);
  });

  it('after 10,000 drifting orders a new kind of drift is still reported, and the old kind is not again', async () => {
    const { date, ...withoutDate } = ORDER;
    let body: unknown = Array.from({ length: 10_000 }, () => withoutDate);
    const { client, reports } = clientAnswering(undefined, { fetch: async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }) });
    await client.orders.list();
    await client.orders.list();
    body = [{ ...ORDER, paymentStatus: 'PAYED' }];
    await client.orders.list();
    expect(reports.map((report) => `${report.issue.path.join('.')}:${report.issue.rule}:${report.count}`)).toEqual(['body.0.date:required:10000', 'body.0.paymentStatus:enum:1']);
  });

  it("'strict' keeps the first 100 of 30,000 issues and counts the rest", async () => {
    const { date, type, billing, ...drifting } = ORDER;
    const { client } = clientAnswering(Array.from({ length: 10_000 }, () => drifting), { validateResponses: 'strict' });
    const error = (await client.orders.list().catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect([error.issues.length, error.omittedIssues]).toEqual([100, 29_900]);
    expect(error.message).toMatch(/; and 29997 more$/);
  });

  it('a callback that throws does not turn an answered call into a failure', async () => {
    const { client } = clientAnswering({ ...ORDER, amount: 'x' }, {
      onValidationIssue: () => {
        throw new Error('callback failed');
      },
    });
    await expect(client.orders.get('10001')).resolves.toMatchObject({ amount: 'x' });
  });
});
