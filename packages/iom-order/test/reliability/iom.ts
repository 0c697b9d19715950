import type { ApiUnderTest, LocalRow, SentRequest, StoreApi, Verdict } from '@shopclients/testkit';
import { expect } from 'vitest';
import { ConflictError, IomOrders, ORDER_MEDIA_TYPE, type OrderInput } from '../../src/index.js';
import { PASSWORD, SHOP_ID, USERNAME, examples, spec } from '../contract/mock-client.js';

// IOM as the reliability suite (`@shopclients/testkit`'s describeReliability) drives it.

export const BASE_PATH = '/rest/order-service';
export const ORDER_NUMBER = 'B2B-2024-000731';
export const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJpb20tY29ubmVjdG9yIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const BASIC = btoa(`${USERNAME}:${PASSWORD}`);
const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;
const any = (value: unknown) => value as never;
const long = 'x'.repeat(10_000);
const vendor = { 'content-type': ORDER_MEDIA_TYPE };

// ----------------------------------------------------------------------------- the store
const ORDERS = new RegExp(`^${BASE_PATH}/shops/(\\d+)/orders$`);
const ORDER_PATH = new RegExp(`^${BASE_PATH}/shops/(\\d+)/orders/([^/]+)$`);
const CHANGE_REQUESTS = new RegExp(`^${BASE_PATH}/shops/(\\d+)/orders/([^/]+)/change-requests$`);
const CHANGE_REQUEST = new RegExp(`^${BASE_PATH}/shops/(\\d+)/orders/([^/]+)/change-requests/([^/]+)$`);

/**
 * IOM as the store plays it. How IOM answers a taken shop order number or change request ID is not
 * documented; the store answers the first with a 400 ErrorReport and the second with 409, the two
 * statuses the client reads back after.
 */
export const iomStore: StoreApi = {
  create({ method, url, body }) {
    if (method !== 'POST') return undefined;
    const fields = body as Record<string, string>;
    const order = ORDERS.exec(url.pathname);
    if (order) {
      const key = `order ${fields.shopOrderNumber}`;
      const location = `${BASE_PATH}/shops/${order[1]}/orders/${encodeURIComponent(fields.shopOrderNumber as string)}`;
      return { key, scope: key, record: body, answer: { status: 201, headers: { location } } };
    }
    const changeRequests = CHANGE_REQUESTS.exec(url.pathname);
    if (changeRequests) {
      const key = `change request ${decodeURIComponent(changeRequests[2] as string)}/${fields.changeRequestId}`;
      const location = `${url.pathname}/${encodeURIComponent(fields.changeRequestId as string)}`;
      const record = {
        changeRequestId: fields.changeRequestId,
        changeRequest: fields.changeRequest,
        creator: 'store',
        creationDate: new Date().toISOString(),
        status: 'OPEN',
      };
      return { key, scope: key, record, answer: { status: 201, headers: { location } } };
    }
    return undefined;
  },
  taken: (creation) =>
    creation.key.startsWith('order ')
      ? { status: 400, body: { status: 400, errors: [{ code: 'STORE_KEY_TAKEN', message: 'the store holds this key' }] } }
      : { status: 409 },
  read({ method, url }) {
    if (method !== 'GET') return undefined;
    const changeRequest = CHANGE_REQUEST.exec(url.pathname);
    const order = ORDER_PATH.exec(url.pathname);
    const scope = changeRequest
      ? `change request ${decodeURIComponent(changeRequest[2] as string)}/${decodeURIComponent(changeRequest[3] as string)}`
      : order && `order ${decodeURIComponent(order[2] as string)}`;
    if (!scope) return undefined;
    return { scope, answer: (records) => (records.length > 0 ? { status: 200, headers: vendor, body: records[0] } : { status: 404 }) };
  },
};

export const order = (shopOrderNumber: string): OrderInput => ({ ...examples.b2bOrder, shopOrderNumber });
/** The order with one more of its first position: another order under the same number. */
const withMore = (input: OrderInput): OrderInput => {
  const copy = structuredClone(input);
  (copy.shippingBuckets[0]?.positions[0] as { quantity: number }).quantity += 1;
  return copy;
};
export const changeRequest = (changeRequestId: string) => ({ ...examples.changeRequest, changeRequestId });
const created = (path: string) => ({ status: 201, headers: { location: `http://iom.test${BASE_PATH}${path}` } });

// ----------------------------------------------------------------------------- caller mistakes
const plainOrder = examples.b2bOrder as unknown as Record<string, unknown>;
const invoiceAddress = plainOrder.invoiceAddress as Record<string, unknown>;
const withInvoiceLocation = (location: unknown) => ({ ...plainOrder, invoiceAddress: { ...invoiceAddress, location } });
const street = invoiceAddress.location as Record<string, unknown>;
const packstation = examples.b2cOrder.shippingBuckets[0]?.shippingAddress.location;
const { shopOrderUpdateDate: _, ...changedOrder } = examples.changeRequest.changeRequest as Record<string, unknown>;

const mistakeRows: [string, (client: IomOrders) => Promise<unknown>, string][] = [
  ['orders.create({})', (c) => c.orders.create(any({})), 'order.customerData'],
  ['a Packstation as invoice address', (c) => c.orders.create(any(withInvoiceLocation(packstation))), 'order.invoiceAddress.location.type'],
  [
    'an unknown location type',
    (c) => c.orders.create(any(withInvoiceLocation({ ...street, type: 'AddressLocationMoon' }))),
    'order.invoiceAddress.location.type',
  ],
  ['a location without type', (c) => c.orders.create(any(withInvoiceLocation({ ...street, type: undefined }))), 'order.invoiceAddress.location.type'],
  ['a 51-character shopOrderNumber', (c) => c.orders.create(any({ ...plainOrder, shopOrderNumber: 'x'.repeat(51) })), 'order.shopOrderNumber'],
  ["an unknown filter { customer: 'C-1' } (would match every order)", (c) => c.orderStates.search(any({ customer: 'C-1' })), 'options.customer'],
  ["orderBy: 'price'", (c) => c.orderStates.search({ orderBy: any('price') }), 'orderBy'],
  ["sortDirection: 'desc'", (c) => c.orderStates.search({ sortDirection: any('desc') }), 'sortDirection'],
  ['limit: 2 ** 31 on an int32', (c) => c.orderStates.search({ limit: 2 ** 31 }), 'limit'],
  ['statuses as a string, not a list', (c) => c.orderStates.search({ statuses: any('STATE_DISPATCHED') }), 'statuses'],
  [
    'a change request without shopOrderUpdateDate',
    (c) => c.changeRequests.create('B2B-2024-000731', any({ ...examples.changeRequest, changeRequest: changedOrder })),
    'request.changeRequest.shopOrderUpdateDate',
  ],
];

// ----------------------------------------------------------------------------- hostile arguments
const path = (expected: string): Verdict<SentRequest> => ({
  sent: ({ url, body }) => {
    expect(url.pathname).toBe(`/rest/order-service${expected}`);
    expect(body).toBeUndefined();
  },
});
const query = (expected: string): Verdict<SentRequest> => ({
  sent: ({ url }) => {
    expect(url.pathname).toBe(`/rest/order-service/shops/${SHOP_ID}/order-states`);
    expect(url.search).toBe(expected);
  },
});
const orderBody = (check: (body: OrderInput) => void): Verdict<SentRequest> => ({
  sent: ({ method, url, body }) => {
    expect([method, url.pathname]).toEqual(['POST', `/rest/order-service/shops/${SHOP_ID}/orders`]);
    check(body as OrderInput);
  },
});
// ----------------------------------------------------------------------------- path segments
const segments: [string, unknown, (argument: string) => Verdict<SentRequest> | string][] = [
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

const segmentRows = (argument: string, call: (value: unknown) => (client: IomOrders) => unknown, at: (encoded: string) => string): LocalRow<IomOrders>[] =>
  segments.map(([label, value, outcome]): LocalRow<IomOrders> => {
    const expected = outcome(argument);
    return [`${argument} ${label}`, call(value), typeof expected === 'string' ? path(at(expected)) : expected];
  });

// ----------------------------------------------------------------------------- shop IDs
const shopIds: [string, unknown, Verdict<SentRequest>][] = [
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

const bodies: LocalRow<IomOrders>[] = [
  ...[null, undefined, [], 'order', 42, true].map(
    (value): LocalRow<IomOrders> => [`order ${JSON.stringify(value) ?? 'undefined'}`, (c) => c.orders.create(any(value)), { refused: 'order' }],
  ),
  ...[null, undefined, [], 'request', 42].map(
    (value): LocalRow<IomOrders> => [
      `change request ${JSON.stringify(value) ?? 'undefined'}`,
      (c) => c.changeRequests.create(ORDER_NUMBER, any(value)),
      { refused: 'request' },
    ],
  ),
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
  ['total gross amount Infinity', (c) => c.orders.create(withTotalGross(Number.POSITIVE_INFINITY)), { refused: 'order.sales.total.gross.amount' }],
  [
    'unit price -Infinity',
    (c) => c.orders.create(withPosition({ unitPrice: { net: { amount: Number.NEGATIVE_INFINITY } } })),
    { refused: 'order.shippingBuckets[0].positions[0].unitPrice.net.amount' },
  ],
  [
    'tax rate NaN',
    (c) =>
      c.orders.create({ ...b2b, sales: { ...b2b.sales, subTotal: { ...b2b.sales.subTotal, taxes: [{ type: 'VAT', amount: 168.34, rate: Number.NaN }] } } }),
    { refused: 'order.sales.subTotal.taxes[0].rate' },
  ],
  ['position quantity NaN', (c) => c.orders.create(withPosition({ quantity: Number.NaN })), { refused: 'order.shippingBuckets[0].positions[0].quantity' }],
  [
    'creation date an invalid Date',
    (c) => c.orders.create({ ...b2b, shopOrderCreationDate: any(new Date('soon')) }),
    { refused: 'order.shopOrderCreationDate' },
  ],
  [
    'change request with a NaN amount',
    (c) =>
      c.changeRequests.create(ORDER_NUMBER, {
        ...examples.changeRequest,
        changeRequest: { ...examples.changeRequest.changeRequest, ...withTotalGross(Number.NaN) },
      }),
    { refused: 'request.changeRequest.sales.total.gross.amount' },
  ],
  ['reservationId a bigint', (c) => c.orders.create({ ...b2b, reservationId: any(12n) }), { refused: 'order.reservationId' }],
  ['order with a cycle', (c) => c.orders.create(any(circular)), { refused: 'order.self' }],
];

// ----------------------------------------------------------------------------- order-state filters
const search = (filters: Record<string, unknown>) => (c: IomOrders) => c.orderStates.search(any(filters));
const filters: LocalRow<IomOrders>[] = [
  ...[-1, Number.NaN, 1.5, Number.POSITIVE_INFINITY, '5', null].map(
    (value): LocalRow<IomOrders> => [`offset ${String(value)}`, search({ offset: value }), { refused: 'offset' }],
  ),
  ['offset 0 is sent, not dropped', search({ offset: 0 }), query('?offset=0')],
  ...[0, -1, 2.5, '10', Number.NaN].map((value): LocalRow<IomOrders> => [`limit ${String(value)}`, search({ limit: value }), { refused: 'limit' }]),
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
  [
    'createdFrom a date-time with an offset (its UTC day)',
    search({ createdFrom: '2026-01-01T23:30:00-02:00' }),
    query('?shopOrderCreationDate[gte]=2026-01-02'),
  ],
  ['createdTo a Date (its UTC day)', search({ createdTo: new Date('2026-03-01T00:30:00+01:00') }), query('?shopOrderCreationDate[lte]=2026-02-28')],
  // orderBy / sortDirection are enums in the spec; the client passes any text through and leaves unknown values to the server.
  ['orderBy outside the enum', search({ orderBy: 'price' }), { refused: 'orderBy' }],
  ['sortDirection in lower case', search({ sortDirection: 'desc' }), { refused: 'sortDirection' }],
  ['orderBy an object', search({ orderBy: { shopOrderNumber: 'ASC' } }), { refused: 'orderBy' }],
  ['sortDirection a list', search({ sortDirection: ['ASC', 'DESC'] }), { refused: 'sortDirection' }],
];

// ----------------------------------------------------------------------------- excludes and client options
const options: LocalRow<IomOrders>[] = [
  ['excludes a string', (c) => c.changeRequests.get(ORDER_NUMBER, 'CR-1', { excludes: any('changeRequest') }), { refused: 'excludes' }],
  ['excludes with a number', (c) => c.changeRequests.list(ORDER_NUMBER, { excludes: any([1]) }), { refused: 'excludes[0]' }],
  ['excludes with a blank', (c) => c.changeRequests.list(ORDER_NUMBER, { excludes: [''] }), { refused: 'excludes[0]' }],
  [
    'excludes empty (excludes nothing)',
    (c) => c.changeRequests.list(ORDER_NUMBER, { excludes: [] }),
    path(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests`),
  ],
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

const hostile: LocalRow<IomOrders>[] = [
  ...segmentRows(
    'shopOrderNumber',
    (value) => (c) => c.orders.get(any(value)),
    (encoded) => `/shops/${SHOP_ID}/orders/${encoded}`,
  ),
  ...segmentRows(
    'changeRequestId',
    (value) => (c) => c.changeRequests.get(ORDER_NUMBER, any(value)),
    (encoded) => `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests/${encoded}`,
  ),
  ['shopOrderNumber dot-dot in changeRequests.list', (c) => c.changeRequests.list('..'), { refused: 'shopOrderNumber' }],
  ['shopOrderNumber empty in changeRequests.create', (c) => c.changeRequests.create('', examples.changeRequest), { refused: 'shopOrderNumber' }],
  ['shopOrderNumber traversal in changeRequests.get', (c) => c.changeRequests.get('../x', 'CR-1'), { refused: 'shopOrderNumber' }],
  ...shopIds.map(([label, value, outcome]): LocalRow<IomOrders> => [`shopId ${label}`, (c) => c.orders.get(ORDER_NUMBER, { shopId: any(value) }), outcome]),
  ['shopId dot-dot in orders.create', (c) => c.orders.create(b2b, { shopId: '..' }), { refused: 'shopId' }],
  ['shopId NaN in orderStates.search', (c) => c.orderStates.search({ shopId: Number.NaN }), { refused: 'shopId' }],
  ...bodies,
  ...filters,
  ...options,
];

export const iom: ApiUnderTest<IomOrders> = {
  name: 'IOM',
  basePath: BASE_PATH,
  client: (options) =>
    new IomOrders({ baseUrl: `http://127.0.0.1:9${BASE_PATH}`, auth: { username: USERNAME, password: PASSWORD }, shopId: SHOP_ID, ...options }),
  credentials: { header: 'authorization', value: `Basic ${BASIC}` },
  otherCredentials: [{ options: { auth: { token: TOKEN } }, value: `Bearer ${TOKEN}` }],
  secrets: { password: PASSWORD, pair: `${USERNAME}:${PASSWORD}`, base64: BASIC.replace(/=+$/, ''), token: TOKEN },
  mediaType: ORDER_MEDIA_TYPE,
  badRequest: spec.responseExample('getOrder', 400),
  reads: [
    {
      name: 'orders.get',
      operation: 'getOrder',
      target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`,
      success: ORDER,
      call: (c, options) => c.orders.get(ORDER_NUMBER, options),
    },
    {
      name: 'changeRequests.list',
      operation: 'getChangeRequestViewList',
      target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests?excludes=changeRequest`,
      success: spec.responseExample('getChangeRequestViewList', 200),
      call: (c, options) => c.changeRequests.list(ORDER_NUMBER, { ...options, excludes: ['changeRequest'] }),
    },
    {
      name: 'changeRequests.get',
      operation: 'getChangeRequest',
      target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests/CR-000731-01`,
      success: spec.responseExample('getChangeRequest', 200),
      call: (c, options) => c.changeRequests.get(ORDER_NUMBER, 'CR-000731-01', options),
    },
    {
      name: 'orderStates.search',
      operation: 'getOrderStatesBySortCriterias',
      target: `/shops/${SHOP_ID}/order-states?statuses=STATE_DISPATCHED&limit=10`,
      success: spec.responseExample('getOrderStatesBySortCriterias', 200),
      call: (c, options) => c.orderStates.search({ ...options, statuses: ['STATE_DISPATCHED'], limit: 10 }),
    },
  ],
  unsafe: [
    {
      name: 'orders.create',
      operation: 'createOrder',
      target: `/shops/${SHOP_ID}/orders`,
      body: examples.b2bOrder,
      success: created(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}`),
      resolved: { shopOrderNumber: ORDER_NUMBER },
      call: (c, options) => c.orders.create(examples.b2bOrder, options),
    },
    {
      name: 'changeRequests.create',
      operation: 'createChangeRequest',
      target: `/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests`,
      body: examples.changeRequest,
      success: created(`/shops/${SHOP_ID}/orders/${ORDER_NUMBER}/change-requests/CR-000731-01`),
      resolved: { shopOrderNumber: ORDER_NUMBER, changeRequestId: 'CR-000731-01' },
      call: (c, options) => c.changeRequests.create(ORDER_NUMBER, examples.changeRequest, options),
    },
  ],
  createFaults: [
    ['201 without Location', { after: { status: 201 } }],
    ['201 whose Location names nothing', { after: { status: 201, headers: { location: '/elsewhere' } } }],
  ],
  store: () => iomStore,
  keyed: [
    {
      name: 'orders.create',
      operation: 'createOrder',
      readBack: 'getOrder',
      field: 'shopOrderNumber',
      trials: 20,
      start: (c, number) => ({ key: `order ${number}`, call: c.orders.create(order(number)) }),
      other: (c, number) => ({ key: `order ${number}`, call: c.orders.create(withMore(order(number))), changed: 'shippingBuckets[].positions[].quantity' }),
      // A 201 whose Location arrived needs no reconciling.
      answeredDespite: ['committed, then the success with its body cut'],
      reconciled: (result, _, number, storeUrl) =>
        expect(result).toEqual({ location: `${storeUrl}${BASE_PATH}/shops/${SHOP_ID}/orders/${number}`, shopOrderNumber: number, reconciled: true }),
    },
    {
      name: 'changeRequests.create',
      operation: 'createChangeRequest',
      readBack: 'getChangeRequest',
      field: 'changeRequestId',
      trials: 10,
      takenError: ConflictError,
      start: (c, id) => ({ key: `change request ${ORDER_NUMBER}/${id}`, call: c.changeRequests.create(ORDER_NUMBER, changeRequest(id)) }),
      other: (c, id) => {
        const request = changeRequest(id);
        const changed = { ...request, changeRequest: withMore(request.changeRequest as OrderInput) as typeof request.changeRequest };
        return {
          key: `change request ${ORDER_NUMBER}/${id}`,
          call: c.changeRequests.create(ORDER_NUMBER, changed),
          changed: 'changeRequest.shippingBuckets[].positions[].quantity',
        };
      },
      answeredDespite: ['committed, then the success with its body cut'],
    },
  ],
  load: {
    key: (index) => `LOAD-${index}/${index % 7} #ü`,
    read: (c, key) => c.orders.get(key),
    keyOf: (result) => (result as { shopOrderNumber?: unknown }).shopOrderNumber,
    answer: (url) => {
      const match = ORDER_PATH.exec(url.pathname);
      if (!match) return { status: 404 };
      return { body: { ...ORDER, shopOrderNumber: decodeURIComponent(match[2] as string) }, headers: vendor };
    },
  },
  echo: ({ headers }, shape) => {
    const authorization = headers.get('authorization') ?? '';
    const decoded = authorization.startsWith('Basic ') ? atob(authorization.slice(6)) : authorization.slice(7);
    const secret = decoded.split(':').pop() ?? '';
    switch (shape) {
      case 'json-401':
        return { status: 401, body: { error: `Authorization ${authorization} rejected for ${decoded}` } };
      case 'bad-request':
        return { status: 400, body: { status: 400, errors: [{ code: 'AUTH', message: `user ${decoded} unknown`, value: { secret } }] } };
      case 'text-500':
        return { status: 500, body: `Internal error for ${authorization}`, headers: { 'content-type': 'text/plain' } };
      case 'wrong-type-200':
        return { status: 200, body: `${authorization} ${decoded}`, headers: { 'content-type': 'text/html' } };
      case 'plain-403':
        return { status: 403, body: `${secret} is not allowed (${authorization})` };
    }
  },
  local: {
    mistakes: mistakeRows.map(([label, call, argument]): LocalRow<IomOrders> => [label, call, { refused: argument }]),
    hostile,
    respond: (request) => {
      if (request.method === 'POST') {
        const createdPath = request.url.endsWith('/orders') ? ORDER_NUMBER : `${ORDER_NUMBER}/change-requests/CR-1`;
        return new Response(null, { status: 201, headers: { location: `http://127.0.0.1:9${BASE_PATH}/shops/${SHOP_ID}/orders/${createdPath}` } });
      }
      return new Response(JSON.stringify(ORDER), { status: 200, headers: vendor });
    },
  },
};
