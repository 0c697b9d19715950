import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, IomOrders, type IomOrdersOptions, ORDER_MEDIA_TYPE, type OrderInput } from '../../src/index.js';
import { PASSWORD, SHOP_ID, USERNAME, examples, spec } from '../contract/mock-client.js';

/**
 * What a JavaScript caller without a type checker can pass. Each input must either be sent
 * correctly encoded or be refused before sending with an error naming the argument.
 */
interface Sent {
  method: string;
  url: URL;
  body: unknown;
}
type Outcome = { refused: string } | { sent: (request: Sent) => void };
/** `make` builds another client that sends through the same recording fetch, for rows about client options. */
type Row = [label: string, call: (client: IomOrders, make: (options: Partial<IomOrdersOptions>) => IomOrders) => unknown, outcome: Outcome];

const BASE = 'http://127.0.0.1:9/rest/order-service';
const ORDER_NUMBER = 'B2B-2024-000731';
const ORDER = spec.responseExample('getOrder', 200);
const any = (value: unknown) => value as never;
const long = 'x'.repeat(10_000);

const path = (expected: string): Outcome => ({
  sent: ({ url, body }) => {
    expect(url.pathname).toBe(`/rest/order-service${expected}`);
    expect(body).toBeUndefined();
  },
});
const query = (expected: string): Outcome => ({
  sent: ({ url }) => {
    expect(url.pathname).toBe(`/rest/order-service/shops/${SHOP_ID}/order-states`);
    expect(url.search).toBe(expected);
  },
});
const orderBody = (check: (body: OrderInput) => void): Outcome => ({
  sent: ({ method, url, body }) => {
    expect([method, url.pathname]).toEqual(['POST', `/rest/order-service/shops/${SHOP_ID}/orders`]);
    check(body as OrderInput);
  },
});
// ----------------------------------------------------------------------------- path segments
const segments: [string, unknown, (argument: string) => Outcome | string][] = [
  ['empty', '', (a) => ({ refused: a })],
  ['whitespace', '   ', (a) => ({ refused: a })],
  ['tab and newline', '\t\n', (a) => ({ refused: a })],
  ['dot', '.', (a) => ({ refused: a })],
  ['dot-dot', '..', (a) => ({ refused: a })],
  ['encoded dot-dot', '%2e%2E', (a) => ({ refused: a })],
  ['half-encoded dot-dot', '.%2E', (a) => ({ refused: a })],
  ['NUL inside', 'a\u0000b', (a) => ({ refused: a })],
  ['DEL inside', 'a\u007f', (a) => ({ refused: a })],
  ['ESC inside', 'a\u001b[31m', (a) => ({ refused: a })],
  ['CR LF header injection', '1\r\nX-Evil: 1', (a) => ({ refused: a })],
  ['number', 731, (a) => ({ refused: a })],
  ['boolean', true, (a) => ({ refused: a })],
  ['null', null, (a) => ({ refused: a })],
  ['undefined', undefined, (a) => ({ refused: a })],
  ['object with toString', { toString: () => 'B2B' }, (a) => ({ refused: a })],
  ['array', ['B2B'], (a) => ({ refused: a })],
  ['../ traversal', '../x', (a) => ({ refused: a })],
  ['..%2f traversal, seen by a proxy that decodes twice', '..%2fx', (a) => ({ refused: a })],
  ['%2e%2e%2f traversal, seen by a proxy that decodes twice', '%2e%2e%2fx', (a) => ({ refused: a })],
  ['pre-encoded slash', '%2F', () => '%252F'],
  ['three dots', '...', () => '...'],
  ['leading and trailing spaces', ' B2B ', () => '%20B2B%20'],
  ['slash, space, hash, query', 'eBay/123 #7?x=1&y', () => 'eBay%2F123%20%237%3Fx%3D1%26y'],
  ['unicode', 'ü-√-🙂', () => '%C3%BC-%E2%88%9A-%F0%9F%99%82'],
  ['line separator U+2028', 'a\u2028b', () => 'a%E2%80%A8b'],
  ['very long', long, () => long],
  ['lone surrogate', 'B2B-\uD800', (a) => ({ refused: a })],
];

const segmentRows = (argument: string, call: (value: unknown) => (client: IomOrders) => unknown, at: (encoded: string) => string): Row[] =>
  segments.map(([label, value, outcome]): Row => {
    const expected = outcome(argument);
    return [`${argument} ${label}`, call(value), typeof expected === 'string' ? path(at(expected)) : expected];
  });

// ----------------------------------------------------------------------------- shop IDs
const shopIds: [string, unknown, Outcome][] = [
  ['empty', '', { refused: 'shopId' }],
  ['whitespace', '   ', { refused: 'shopId' }],
  ['dot', '.', { refused: 'shopId' }],
  ['dot-dot', '..', { refused: 'shopId' }],
  ['encoded dot-dot', '%2e%2E', { refused: 'shopId' }],
  ['control character', '10\u000000', { refused: 'shopId' }],
  ['CR LF', '1000\r\nX-Evil: 1', { refused: 'shopId' }],
  ['../ traversal', '../x', { refused: 'shopId' }],
  ['pre-encoded slash', '%2F', { refused: 'shopId' }],
  ['digits with spaces', ' 1000', { refused: 'shopId' }],
  ['negative', -1, { refused: 'shopId' }],
  ['negative digits', '-1', { refused: 'shopId' }],
  ['fraction', 1.5, { refused: 'shopId' }],
  ['NaN', Number.NaN, { refused: 'shopId' }],
  ['Infinity', Number.POSITIVE_INFINITY, { refused: 'shopId' }],
  ['beyond safe integers', 2 ** 53, { refused: 'shopId' }],
  ['very long digits', '9'.repeat(400), { refused: 'shopId' }],
  ['exponent', '1e3', { refused: 'shopId' }],
  ['hex', '0x10', { refused: 'shopId' }],
  ['Arabic-Indic digits', '١٠٠٠', { refused: 'shopId' }],
  ['unicode', 'ü', { refused: 'shopId' }],
  ['bigint', 1000n, { refused: 'shopId' }],
  ['boolean', true, { refused: 'shopId' }],
  ['null', null, { refused: 'shopId' }],
  ['a number', 2000, path(`/shops/2000/orders/${ORDER_NUMBER}`)],
  ['digits', '2000', path(`/shops/2000/orders/${ORDER_NUMBER}`)],
  ['leading zeros', '0042', path(`/shops/42/orders/${ORDER_NUMBER}`)],
  ['zero', 0, path(`/shops/0/orders/${ORDER_NUMBER}`)],
  ['largest safe integer', Number.MAX_SAFE_INTEGER, path(`/shops/9007199254740991/orders/${ORDER_NUMBER}`)],
  ['undefined (the client default applies)', undefined, path(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`)],
];

// ----------------------------------------------------------------------------- bodies
const b2b = examples.b2bOrder;
const position = b2b.shippingBuckets[0]!.positions[0]!;
const withPosition = (changes: Record<string, unknown>): OrderInput => ({
  ...b2b,
  shippingBuckets: [{ ...b2b.shippingBuckets[0]!, positions: [{ ...position, ...changes } as never] }],
});
const withTotalGross = (amount: unknown): OrderInput => ({ ...b2b, sales: { ...b2b.sales, total: { ...b2b.sales.total, gross: { amount: any(amount) } } } });
const circular: Record<string, unknown> = { ...b2b };
circular.self = circular;

const bodies: Row[] = [
  ...[null, undefined, [], 'order', 42, true].map((value): Row => [`order ${JSON.stringify(value) ?? 'undefined'}`, (c) => c.orders.create(any(value)), { refused: 'order' }]),
  ...[null, undefined, [], 'request', 42].map((value): Row => [
    `change request ${JSON.stringify(value) ?? 'undefined'}`,
    (c) => c.changeRequests.create(ORDER_NUMBER, any(value)),
    { refused: 'request' },
  ]),
  // The spec has `minimum: 1` (quantity) and `minimum: 0` (position number); the client leaves such rules to the server.
  // The spec's minimum and integer rules, checked before sending.
  ['position quantity negative', (c) => c.orders.create(withPosition({ quantity: -1 })), { refused: 'order.shippingBuckets[0].positions[0].quantity' }],
  ['position quantity zero', (c) => c.orders.create(withPosition({ quantity: 0 })), { refused: 'order.shippingBuckets[0].positions[0].quantity' }],
  ['position quantity fractional', (c) => c.orders.create(withPosition({ quantity: 1.5 })), { refused: 'order.shippingBuckets[0].positions[0].quantity' }],
  ['position number negative', (c) => c.orders.create(withPosition({ number: -3 })), { refused: 'order.shippingBuckets[0].positions[0].number' }],
  ['amount negative', (c) => c.orders.create(withTotalGross(-5.5)), orderBody((body) => expect(body.sales.total.gross?.amount).toBe(-5.5))],
  [
    // JSON would send a Date as an ISO string, but the spec wants the string: say so rather than guess.
    'creation date as a Date',
    (c) => c.orders.create({ ...b2b, shopOrderCreationDate: any(new Date('2024-03-12T08:41:27.512Z')) }),
    { refused: 'order.shopOrderCreationDate' },
  ],
  ['total gross amount NaN', (c) => c.orders.create(withTotalGross(Number.NaN)), { refused: 'order.sales.total.gross.amount' }],
  [
    'total gross amount Infinity',
    (c) => c.orders.create(withTotalGross(Number.POSITIVE_INFINITY)),
    { refused: 'order.sales.total.gross.amount' },
  ],
  [
    'unit price -Infinity',
    (c) => c.orders.create(withPosition({ unitPrice: { net: { amount: Number.NEGATIVE_INFINITY } } })),
    { refused: 'order.shippingBuckets[0].positions[0].unitPrice.net.amount' },
  ],
  [
    'tax rate NaN',
    (c) => c.orders.create({ ...b2b, sales: { ...b2b.sales, subTotal: { ...b2b.sales.subTotal, taxes: [{ type: 'VAT', amount: 168.34, rate: Number.NaN }] } } }),
    { refused: 'order.sales.subTotal.taxes[0].rate' },
  ],
  [
    'position quantity NaN',
    (c) => c.orders.create(withPosition({ quantity: Number.NaN })),
    { refused: 'order.shippingBuckets[0].positions[0].quantity' },
  ],
  [
    'creation date an invalid Date',
    (c) => c.orders.create({ ...b2b, shopOrderCreationDate: any(new Date('soon')) }),
    { refused: 'order.shopOrderCreationDate' },
  ],
  [
    'change request with a NaN amount',
    (c) => c.changeRequests.create(ORDER_NUMBER, { ...examples.changeRequest, changeRequest: { ...examples.changeRequest.changeRequest, ...withTotalGross(Number.NaN) } }),
    { refused: 'request.changeRequest.sales.total.gross.amount' },
  ],
  ['reservationId a bigint', (c) => c.orders.create({ ...b2b, reservationId: any(12n) }), { refused: 'order.reservationId' }],
  ['order with a cycle', (c) => c.orders.create(any(circular)), { refused: 'order.self' }],
];

// ----------------------------------------------------------------------------- order-state filters
const search = (filters: Record<string, unknown>) => (c: IomOrders) => c.orderStates.search(any(filters));
const filters: Row[] = [
  ...[-1, Number.NaN, 1.5, Number.POSITIVE_INFINITY, '5', null].map((value): Row => [`offset ${String(value)}`, search({ offset: value }), { refused: 'offset' }]),
  ['offset 0 is sent, not dropped', search({ offset: 0 }), query('?offset=0')],
  ...[0, -1, 2.5, '10', Number.NaN].map((value): Row => [`limit ${String(value)}`, search({ limit: value }), { refused: 'limit' }]),
  ['limit beyond int32', search({ limit: 2 ** 31 }), { refused: 'limit' }],
  ['statuses a string, not a list', search({ statuses: 'STATE_DISPATCHED' }), { refused: 'statuses' }],
  ['statuses an object', search({ statuses: { 0: 'STATE_DISPATCHED' } }), { refused: 'statuses' }],
  ['statuses a Set', search({ statuses: new Set(['STATE_DISPATCHED']) }), { refused: 'statuses' }],
  ['shopOrderNumbers comma-separated in a string', search({ shopOrderNumbers: 'B2B-1,B2B-2' }), { refused: 'shopOrderNumbers' }],
  ['statuses empty', search({ statuses: [] }), { refused: 'statuses' }],
  ['emails empty', search({ emails: [] }), { refused: 'emails' }],
  ['statuses with a number', search({ statuses: [1] }), { refused: 'statuses[0]' }],
  ['productNumbers with null', search({ productNumbers: [null] }), { refused: 'productNumbers[0]' }],
  ['shopCustomerNumbers with a blank', search({ shopCustomerNumbers: ['C-1', ' '] }), { refused: 'shopCustomerNumbers[1]' }],
  ['emails with CR LF', search({ emails: ['a@example.com\r\nBcc: x@example.com'] }), { refused: 'emails[0]' }],
  [
    'list values that need encoding',
    search({ productNumbers: ['A&B=C', 'x y+z', 'ä#?/'] }),
    query('?productNumbers=A%26B%3DC&productNumbers=x%20y%2Bz&productNumbers=%C3%A4%23%3F%2F'),
  ],
  ['duplicate list values', search({ shopOrderNumbers: ['B2B-1', 'B2B-1'] }), query('?shopOrderNumbers=B2B-1&shopOrderNumbers=B2B-1')],
  ['statuses with a lone surrogate', search({ statuses: ['STATE_\uD800'] }), { refused: 'statuses[0]' }],
  ['createdFrom 30 February', search({ createdFrom: '2026-02-30' }), { refused: 'createdFrom' }],
  ['createdTo month 13', search({ createdTo: '2026-13-01' }), { refused: 'createdTo' }],
  ['createdFrom an invalid Date', search({ createdFrom: new Date('soon') }), { refused: 'createdFrom' }],
  ['createdFrom a date-time without a zone', search({ createdFrom: '2026-01-01T10:00:00' }), { refused: 'createdFrom' }],
  ['createdTo an impossible date-time', search({ createdTo: '2026-02-30T10:00:00Z' }), { refused: 'createdTo' }],
  ['createdFrom a word', search({ createdFrom: 'tomorrow' }), { refused: 'createdFrom' }],
  ['createdFrom a timestamp number', search({ createdFrom: 1767225600000 }), { refused: 'createdFrom' }],
  ['createdFrom day-month-year', search({ createdFrom: '01-02-2026' }), { refused: 'createdFrom' }],
  ['createdFrom without padding', search({ createdFrom: '2026-1-1' }), { refused: 'createdFrom' }],
  ['createdTo null', search({ createdTo: null }), { refused: 'createdTo' }],
  ['createdFrom a leap day', search({ createdFrom: '2028-02-29' }), query('?shopOrderCreationDate[gte]=2028-02-29')],
  ['createdFrom a date-time with an offset (its UTC day)', search({ createdFrom: '2026-01-01T23:30:00-02:00' }), query('?shopOrderCreationDate[gte]=2026-01-02')],
  ['createdTo a Date (its UTC day)', search({ createdTo: new Date('2026-03-01T00:30:00+01:00') }), query('?shopOrderCreationDate[lte]=2026-02-28')],
  // orderBy / sortDirection are enums in the spec; the client passes any text through and leaves unknown values to the server.
  ['orderBy outside the enum', search({ orderBy: 'price' }), { refused: 'orderBy' }],
  ['sortDirection in lower case', search({ sortDirection: 'desc' }), { refused: 'sortDirection' }],
  [
    'orderBy an object',
    search({ orderBy: { shopOrderNumber: 'ASC' } }),
    { refused: 'orderBy' },
  ],
  [
    'sortDirection a list',
    search({ sortDirection: ['ASC', 'DESC'] }),
    { refused: 'sortDirection' },
  ],
];

// ----------------------------------------------------------------------------- excludes and client options
const options: Row[] = [
  ['excludes a string', (c) => c.changeRequests.get(ORDER_NUMBER, 'CR-1', { excludes: any('changeRequest') }), { refused: 'excludes' }],
  ['excludes with a number', (c) => c.changeRequests.list(ORDER_NUMBER, { excludes: any([1]) }), { refused: 'excludes[0]' }],
  ['excludes with a blank', (c) => c.changeRequests.list(ORDER_NUMBER, { excludes: [''] }), { refused: 'excludes[0]' }],
  ['excludes empty (excludes nothing)', (c) => c.changeRequests.list(ORDER_NUMBER, { excludes: [] }), path(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests`)],
  ['client shopId dot-dot', (_, make) => make({ shopId: '..' }), { refused: 'shopId' }],
  ['client shopId a fraction', (_, make) => make({ shopId: 1000.5 }), { refused: 'shopId' }],
  ['no shopId on the client or the call', (_, make) => make({ shopId: undefined }).orders.get(ORDER_NUMBER), { refused: 'shopId' }],
  ['client timeZone not a zone name', (_, make) => make({ timeZone: 'Europe/Berlin\r\nX: 1' }), { refused: 'timeZone' }],
  // Looking a zone up loads ICU's data, so an unknown one is refused when a Date is first read in it.
  [
    'client timeZone unknown',
    (_, make) => make({ timeZone: 'Mars/Olympus_Mons' }).orderStates.search({ createdFrom: new Date('2026-01-01T11:00:00Z') }),
    { refused: 'timeZone' },
  ],
  [
    'client timeZone decides the day of a Date',
    (_, make) => make({ timeZone: 'Pacific/Kiritimati' }).orderStates.search({ createdFrom: new Date('2026-01-01T11:00:00Z') }),
    query('?shopOrderCreationDate[gte]=2026-01-02'),
  ],
];

const rows: Row[] = [
  ...segmentRows('shopOrderNumber', (value) => (c) => c.orders.get(any(value)), (encoded) => `/shops/${SHOP_ID}/orders/${encoded}`),
  ...segmentRows('changeRequestId', (value) => (c) => c.changeRequests.get(ORDER_NUMBER, any(value)), (encoded) => `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests/${encoded}`),
  ['shopOrderNumber dot-dot in changeRequests.list', (c) => c.changeRequests.list('..'), { refused: 'shopOrderNumber' }],
  ['shopOrderNumber empty in changeRequests.create', (c) => c.changeRequests.create('', examples.changeRequest), { refused: 'shopOrderNumber' }],
  ['shopOrderNumber traversal in changeRequests.get', (c) => c.changeRequests.get('../x', 'CR-1'), { refused: 'shopOrderNumber' }],
  ...shopIds.map(([label, value, outcome]): Row => [`shopId ${label}`, (c) => c.orders.get(ORDER_NUMBER, { shopId: any(value) }), outcome]),
  ['shopId dot-dot in orders.create', (c) => c.orders.create(b2b, { shopId: '..' }), { refused: 'shopId' }],
  ['shopId NaN in orderStates.search', (c) => c.orderStates.search({ shopId: Number.NaN }), { refused: 'shopId' }],
  ...bodies,
  ...filters,
  ...options,
];

function clientOptions(sent: Sent[]): IomOrdersOptions {
  return {
    baseUrl: BASE,
    auth: { username: USERNAME, password: PASSWORD },
    shopId: SHOP_ID,
    fetch: async (url, init) => {
      const request = new Request(url, init);
      const text = init.body == null ? undefined : await request.clone().text();
      sent.push({ method: request.method, url: new URL(request.url), body: text === undefined ? undefined : JSON.parse(text) });
      if (request.method === 'POST') {
        const created = request.url.endsWith('/orders') ? ORDER_NUMBER : `${ORDER_NUMBER}/change-requests/CR-1`;
        return new Response(null, { status: 201, headers: { location: `${BASE}/shops/${SHOP_ID}/orders/${created}` } });
      }
      return new Response(JSON.stringify(ORDER), { status: 200, headers: { 'content-type': ORDER_MEDIA_TYPE } });
    },
  };
}

const tally = { refused: 0, sent: 0 };

describe('hostile arguments', () => {
  it.each(rows)('%s', async (_, call, outcome) => {
    const sent: Sent[] = [];
    const make = (options: Partial<IomOrdersOptions>) => new IomOrders({ ...clientOptions(sent), ...options });
    const error = await Promise.resolve()
      .then(() => call(make({}), make))
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    if ('refused' in outcome) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(outcome.refused);
      expect((error as Error).message).toContain(`\`${outcome.refused}\``);
      expect(sent).toHaveLength(0);
      tally.refused++;
      return;
    }
    expect(error).toBeUndefined();
    expect(sent).toHaveLength(1);
    outcome.sent(sent[0] as Sent);
    tally.sent++;
  });

  afterAll(() => {
    console.log(
      `hostile inputs tried: ${rows.length} (refused before sending: ${tally.refused}, sent correctly encoded: ${tally.sent})`,
    );
  });
});
