import { describe, expect, it } from 'vitest';
import { ResponseValidationError, type ResponseValidationMode, type ValidationReport } from '../src/index.js';
import { ApiClient, type Check, type CheckError, appendErrors, createValidators } from '../src/internal.js';

// Hand-written in the shape of the generated validators: each rule's error names its site, and a
// check that calls another's gathers its errors with appendErrors, giving the call's own site.
interface Scope {
  instancePath?: string;
}

function address(data: unknown, { instancePath = '' }: Scope = {}): boolean {
  const value = data as Record<string, unknown>;
  address.errors = value.lastName === undefined ? [{ instancePath, keyword: 'required', params: { missingProperty: 'lastName' }, site: '0' }] : null;
  return address.errors === null;
}
address.errors = null as CheckError[] | null;

function order(data: unknown, { instancePath = '' }: Scope = {}): boolean {
  let errors: CheckError[] | null = null;
  const value = data as Record<string, unknown>;
  const add = (error: CheckError) => (errors ??= []).push(error);
  if (value.date === undefined) add({ instancePath, keyword: 'required', params: { missingProperty: 'date' }, site: '1' });
  if (typeof value.amount !== 'number') add({ instancePath: `${instancePath}/amount`, keyword: 'type', params: { type: 'number' }, site: '2' });
  if (value.extra !== undefined) add({ instancePath, keyword: 'additionalProperties', params: { additionalProperty: 'extra' }, site: '3' });
  if (!address(value.billing, { instancePath: `${instancePath}/billing` })) errors = appendErrors(errors, address.errors!, '4');
  if (!address(value.shipping, { instancePath: `${instancePath}/shipping` })) errors = appendErrors(errors, address.errors!, '5');
  order.errors = errors;
  return errors === null;
}
order.errors = null as CheckError[] | null;

function orders(data: unknown): boolean {
  let errors: CheckError[] | null = null;
  (data as unknown[]).forEach((item, index) => {
    if (!order(item, { instancePath: `/${index}` })) errors = appendErrors(errors, order.errors!, '6');
  });
  orders.errors = errors;
  return errors === null;
}
orders.errors = null as CheckError[] | null;

const OPERATIONS = { listOrders: { method: 'get', path: '/orders', parameters: [], responses: { '200': ['application/json'] } } } as const;
const validators = createValidators({
  operations: OPERATIONS,
  operationChecks: { listOrders: { request: {}, responses: { '200': { 'application/json': 'v0' } } } },
  schemaChecks: {},
  checks: { v0: orders satisfies Check },
});

interface ListPaths {
  '/orders': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'application/json': unknown[] } } };
    };
  };
}

const GOOD = { date: '2026-01-01', amount: 1, billing: { lastName: 'M' }, shipping: { lastName: 'M' } };

function itemsLike(count: number, item: Record<string, unknown>): Record<string, unknown>[] {
  return Array.from({ length: count }, () => ({ ...GOOD, ...item }));
}

/** A client whose server answers each call with the next of `bodies`, and what it reported. */
function clientAnswering(bodies: unknown[], validateResponses: ResponseValidationMode = 'warn') {
  const reports: ValidationReport[] = [];
  const warnings: string[] = [];
  const api = new ApiClient<ListPaths, { listOrders: ListPaths['/orders']['get'] }>({
    api: 'drift',
    operations: OPERATIONS,
    policies: { listOrders: { methods: ['orders.list'], safeToRepeat: true } },
    baseUrl: 'http://127.0.0.1:9/api',
    userAgent: 'test/1',
    credentialHeaders: {},
    secrets: [],
    validators,
    validateResponses,
    fetch: async () => new Response(JSON.stringify(bodies.shift()), { headers: { 'content-type': 'application/json' } }),
    logger: { warn: (message) => warnings.push(message) },
    onValidationIssue: (report) => reports.push(report),
  });
  const list = () => api.send('listOrders', {}, undefined);
  return { list, reports, warnings };
}

const kindOf = (report: ValidationReport) => `${report.issue.path.join('.')} ${report.issue.rule} ×${report.count}`;

describe('response drift is reported once per kind, with a count', () => {
  it('a list whose 10,000 items all drift in the same two ways gives two reports, each counting 10,000', async () => {
    const { list, reports, warnings } = clientAnswering([itemsLike(10_000, { date: undefined, amount: 'x' })]);
    await list();
    expect(reports.map(kindOf)).toEqual(['body.0.date required ×10000', 'body.0.amount type ×10000']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toBe(
      'listOrders: the 200 response breaks the spec at body.0.date: is required; 9999 more places in this answer break it the same way (reported once)',
    );
  });

  it('unknown properties are one kind whatever their names', async () => {
    const items = itemsLike(3, {}).map((item, index) => ({ ...item, extra: index }));
    const { list, reports } = clientAnswering([items]);
    await list();
    expect(reports.map(kindOf)).toEqual(['body.0.extra additionalProperties ×3']);
  });

  it('the same rule at another place in the schema is another kind (billing and shipping share one schema)', async () => {
    const { list, reports } = clientAnswering([itemsLike(5, { billing: {}, shipping: {} })]);
    await list();
    expect(reports.map(kindOf)).toEqual(['body.0.billing.lastName required ×5', 'body.0.shipping.lastName required ×5']);
  });

  it('a kind reported once is not reported again, and a new kind after 10,000 of the first still is', async () => {
    const missingDate = itemsLike(10_000, { date: undefined });
    const { list, reports } = clientAnswering([missingDate, missingDate, itemsLike(1, { amount: 'x' })]);
    await list();
    await list();
    expect(reports.map(kindOf)).toEqual(['body.0.date required ×10000']);
    await list();
    expect(reports.map(kindOf)).toEqual(['body.0.date required ×10000', 'body.0.amount type ×1']);
  });

  it("'strict' lists the first 100 issues and says how many more there were", async () => {
    const { list } = clientAnswering([itemsLike(10_000, { date: undefined, amount: 'x' })], 'strict');
    const error = (await list().catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toHaveLength(100);
    expect(error.issues.slice(0, 3).map((issue) => issue.path.join('.'))).toEqual(['body.0.date', 'body.0.amount', 'body.1.date']);
    expect(error.omittedIssues).toBe(19_900);
    expect(error.message).toMatch(/; and 19997 more$/);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ omittedIssues: 19_900 });
  });

  it("'strict' with few issues omits none", async () => {
    const { list } = clientAnswering([itemsLike(2, { date: undefined })], 'strict');
    const error = (await list().catch((e: unknown) => e)) as ResponseValidationError;
    expect([error.issues.length, error.omittedIssues]).toEqual([2, 0]);
  });
});
