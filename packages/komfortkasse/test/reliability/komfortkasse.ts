import type { ApiUnderTest, LocalRow, SentRequest, StoreApi, Verdict } from '@shopclients/testkit';
import { expect } from 'vitest';
import { Komfortkasse } from '../../src/index.js';
import { API_KEY, examples, spec } from '../contract/mock-client.js';

// Komfortkasse as the reliability suite (`@shopclients/testkit`'s describeReliability) drives it.

export const BASE_PATH = '/api/v2';
const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;
const REFUND = spec.responseExample('createRefund', 200);
const any = (value: unknown) => value as never;
const long = 'x'.repeat(10_000);
const sentPath = (path: string): Verdict<SentRequest> => ({ sent: ({ url }) => expect(url.pathname).toBe(`${BASE_PATH}${path}`) });
const sentSearch = (search: string): Verdict<SentRequest> => ({ sent: ({ url }) => expect(url.search).toBe(search) });
const sentBody = (check: (body: Record<string, unknown>) => void): Verdict<SentRequest> => ({ sent: ({ body }) => check(body as Record<string, unknown>) });

// ----------------------------------------------------------------------------- the store
const REFUND_PATH = new RegExp(`^${BASE_PATH}/order/([^/]+)/refund$`);
const ORDER_PATH = new RegExp(`^${BASE_PATH}/order/([^/]+)$`);

/**
 * Komfortkasse as the store plays it: refunds keyed by `externalReference`, read back from the order
 * with `includeRefunds=true`. The docs say only that a reused reference "returns an error"; the store
 * answers it with the API's 400 error shape. `listsRefunds: false` plays a server that ignores the flag.
 */
export function komfortkasseStore(listsRefunds = true): StoreApi {
  let ids = 0;
  return {
    create({ method, url, body }) {
      const match = method === 'POST' && REFUND_PATH.exec(url.pathname);
      if (!match) return undefined;
      const fields = body as Record<string, unknown>;
      const refund = { ...fields, id: String(++ids), referenceNumber: `KKBT${ids}`, status: 'NEW' };
      const key = fields.externalReference as string;
      return { key, scope: `order ${decodeURIComponent(match[1] as string)}`, record: refund, answer: { status: 200, body: refund } };
    },
    taken: () => ({ status: 400, body: { error: 'store: this externalReference is used' } }),
    read({ method, url }) {
      const match = method === 'GET' && ORDER_PATH.exec(url.pathname);
      if (!match) return undefined;
      const number = decodeURIComponent(match[1] as string);
      const withRefunds = listsRefunds && url.searchParams.get('includeRefunds') === 'true';
      return { scope: `order ${number}`, answer: (refunds) => ({ status: 200, body: { ...ORDER, number, ...(withRefunds ? { refunds } : {}) } }) };
    },
  };
}

export const refund = (externalReference: string) => ({ ...examples.refund, externalReference, plannedDate: '01-05-2099' });
const spoiled200 = ['a non-JSON body labelled JSON', 'an empty body', 'a wrong Content-Type'];

// ----------------------------------------------------------------------------- caller mistakes
const plainOrder = examples.order as unknown as Record<string, unknown>;
const without = (key: string) => Object.fromEntries(Object.entries(plainOrder).filter(([name]) => name !== key));

const mistakeRows: [string, (client: Komfortkasse) => Promise<unknown>, string][] = [
  ['an order without type', (c) => c.orders.submit('1', any(without('type'))), 'order.type'],
  ['an order without billing', (c) => c.orders.submit('1', any(without('billing'))), 'order.billing'],
  ['an order without currency', (c) => c.orders.submit('1', any(without('currency'))), 'order.currency'],
  ["type 'invoice' in lower case", (c) => c.orders.submit('1', any({ ...plainOrder, type: 'invoice' })), 'order.type'],
  ["type 'PAYPAL'", (c) => c.orders.submit('1', any({ ...plainOrder, type: 'PAYPAL' })), 'order.type'],
  ['billing without countryCode', (c) => c.orders.submit('1', any({ ...plainOrder, billing: { lastName: 'Muster' } })), 'order.billing.countryCode'],
  ["paymentStatus ['PAYED']", (c) => c.orders.list({ paymentStatus: any(['PAYED']) }), 'paymentStatus[0]'],
  ["an unknown filter { customer: 'C-1' } (would list every order)", (c) => c.orders.list(any({ customer: 'C-1' })), 'options.customer'],
  ["include: ['everything']", (c) => c.orders.get('1', { include: any(['everything']) }), 'include[0]'],
  ['a refund planned in the past', (c) => c.refunds.create('1', { ...examples.refund, plannedDate: '01-05-2018' }), 'refund.plannedDate'],
  ['a refund without externalReference', (c) => c.refunds.create('1', any({ ...examples.refund, externalReference: undefined })), 'refund.externalReference'],
];

// ----------------------------------------------------------------------------- hostile arguments
const orderNumbers: [string, unknown, Verdict<SentRequest>][] = [
  ['empty', '', { refused: 'orderNumber' }],
  ['whitespace', '   ', { refused: 'orderNumber' }],
  ['tab and newline', '\t\n', { refused: 'orderNumber' }],
  ['dot', '.', { refused: 'orderNumber' }],
  ['dot-dot', '..', { refused: 'orderNumber' }],
  ['encoded dot-dot', '%2e%2E', { refused: 'orderNumber' }],
  ['NUL inside', 'a\u0000b', { refused: 'orderNumber' }],
  ['DEL inside', 'a\u007f', { refused: 'orderNumber' }],
  ['CR LF header injection', '1\r\nX-Evil: 1', { refused: 'orderNumber' }],
  ['number', 10001, { refused: 'orderNumber' }],
  ['null', null, { refused: 'orderNumber' }],
  ['undefined', undefined, { refused: 'orderNumber' }],
  ['object', { toString: () => '1' }, { refused: 'orderNumber' }],
  ['../ traversal', '../admin', { refused: 'orderNumber' }],
  ['..%2f traversal, seen by a proxy that decodes twice', '..%2fadmin', { refused: 'orderNumber' }],
  ['%2e%2e%2f traversal, seen by a proxy that decodes twice', '%2e%2e%2fadmin', { refused: 'orderNumber' }],
  ['pre-encoded slash', '%2F', sentPath('/order/%252F')],
  ['slash, space, hash, query', 'eBay/123 #7?x=1&y', sentPath('/order/eBay%2F123%20%237%3Fx%3D1%26y')],
  ['unicode', 'ü-√-🙂', sentPath('/order/%C3%BC-%E2%88%9A-%F0%9F%99%82')],
  ['very long', long, sentPath(`/order/${long}`)],
];

const amounts: [string, unknown, Verdict<SentRequest>][] = [
  ['NaN', Number.NaN, { refused: 'order.amount' }],
  ['Infinity', Number.POSITIVE_INFINITY, { refused: 'order.amount' }],
  ['-Infinity', Number.NEGATIVE_INFINITY, { refused: 'order.amount' }],
  ['a numeric string', '22.38', { refused: 'order.amount' }],
  ['null', null, { refused: 'order.amount' }],
  ['missing', undefined, { refused: 'order.amount' }],
  ['three decimals', 22.385, sentBody((body) => expect(body.amount).toBe(22.39))],
  ['negative', -5.5, sentBody((body) => expect(body.amount).toBe(-5.5))],
];

const dates: [string, unknown, Verdict<SentRequest>][] = [
  ['31 February', '31-02-2026', { refused: 'order.date' }],
  ['ISO 30 February', '2026-02-30', { refused: 'order.date' }],
  ['invalid Date', new Date('nope'), { refused: 'order.date' }],
  ['a word', 'tomorrow', { refused: 'order.date' }],
  ['a timestamp number', 1767225600000, { refused: 'order.date' }],
  ['an ISO timestamp', '2026-01-01T00:00:00Z', { refused: 'order.date' }],
  ['null', null, { refused: 'order.date' }],
  ['a leap day', '29-02-2028', sentBody((body) => expect(body.date).toBe('29-02-2028'))],
];

const bodies: [string, unknown, Verdict<SentRequest>][] = [
  ['null order', null, { refused: 'order' }],
  ['array order', [], { refused: 'order' }],
  ['string order', 'order', { refused: 'order' }],
  ['number order', 42, { refused: 'order' }],
];

const hostile: LocalRow<Komfortkasse>[] = [
  ...orderNumbers.map(([label, value, outcome]): LocalRow<Komfortkasse> => [`orderNumber ${label}`, (c: Komfortkasse) => c.orders.get(any(value)), outcome]),
  ...amounts.map(
    ([label, value, outcome]): LocalRow<Komfortkasse> => [
      `amount ${label}`,
      (c: Komfortkasse) => c.orders.submit('1', { ...examples.order, amount: any(value) }),
      outcome,
    ],
  ),
  ...dates.map(
    ([label, value, outcome]): LocalRow<Komfortkasse> => [
      `date ${label}`,
      (c: Komfortkasse) => c.orders.submit('1', { ...examples.order, date: any(value) }),
      outcome,
    ],
  ),
  ...bodies.map(([label, value, outcome]): LocalRow<Komfortkasse> => [label, (c: Komfortkasse) => c.orders.submit('1', any(value)), outcome]),
  ['refund null', (c: Komfortkasse) => c.refunds.create('1', any(null)), { refused: 'refund' }],
  ['refund NaN amount', (c: Komfortkasse) => c.refunds.create('1', { ...examples.refund, amount: Number.NaN }), { refused: 'refund.amount' }],
  [
    'refund without reference',
    (c: Komfortkasse) => c.refunds.create('1', { ...examples.refund, externalReference: any(undefined) }),
    { refused: 'refund.externalReference' },
  ],
  [
    'refund impossible plannedDate',
    (c: Komfortkasse) => c.refunds.create('1', { ...examples.refund, plannedDate: '2026-13-01' }),
    { refused: 'refund.plannedDate' },
  ],
  ['include as a string', (c: Komfortkasse) => c.orders.remove('1', { include: any('postings') }), { refused: 'include' }],
  ['include unknown', (c: Komfortkasse) => c.orders.remove('1', { include: any(['everything']) }), { refused: 'include[0]' }],
  ['list maxAge negative', (c: Komfortkasse) => c.orders.list({ maxAge: -1 }), { refused: 'maxAge' }],
  ['list maxAge NaN', (c: Komfortkasse) => c.orders.list({ maxAge: Number.NaN }), { refused: 'maxAge' }],
  ['list status not a list', (c: Komfortkasse) => c.orders.list({ paymentStatus: any('PAID') }), { refused: 'paymentStatus' }],
  ['list status empty (would return every order)', (c: Komfortkasse) => c.orders.list({ paymentStatus: [] }), { refused: 'paymentStatus' }],
  ['bulk not a list', (c: Komfortkasse) => c.orders.submitMany(any({})), { refused: 'orders' }],
  ['bulk null element', (c: Komfortkasse) => c.orders.submitMany(any([null])), { refused: 'orders[0]' }],
  ['sync without options', (c: Komfortkasse) => c.orders.sync(['1'], any(undefined)), { refused: 'options.isCompleteList' }],
  ['sync truthy but not true', (c: Komfortkasse) => c.orders.sync(['1'], any({ isCompleteList: 'yes' })), { refused: 'options.isCompleteList' }],
  ['sync null number', (c: Komfortkasse) => c.orders.sync(any([null]), { isCompleteList: true }), { refused: 'orderNumbers[0]' }],
  ['sync not a list', (c: Komfortkasse) => c.orders.sync(any('1,2'), { isCompleteList: true }), { refused: 'orderNumbers' }],
  ['invoice file as a string', (c: Komfortkasse) => c.invoices.upload('1', '2', any('%PDF')), { refused: 'file' }],
  ['invoice number dot-dot', (c: Komfortkasse) => c.invoices.upload('1', '..', new Uint8Array([1])), { refused: 'invoiceNumber' }],
  // The spec sets no length on iban: the server decides.
  ['postings iban empty', (c: Komfortkasse) => c.postings.list({ iban: '' }), sentSearch('?iban=')],
  ['postings impossible date', (c: Komfortkasse) => c.postings.list({ createdMin: '32-01-2026' }), { refused: 'createdMin' }],
];

export const komfortkasse: ApiUnderTest<Komfortkasse> = {
  name: 'Komfortkasse',
  basePath: BASE_PATH,
  client: (options) => new Komfortkasse({ apiKey: API_KEY, baseUrl: `http://127.0.0.1:9${BASE_PATH}`, ...options }),
  credentials: { header: 'x-komfortkasse-api-key', value: API_KEY },
  otherCredentials: [],
  secrets: { apiKey: API_KEY },
  mediaType: 'application/json',
  badRequest: { error: 'Invalid order data' },
  reads: [{ name: 'orders.get', operation: 'getOrder', target: '/order/10001', success: ORDER, call: (c, options) => c.orders.get('10001', options) }],
  unsafe: [
    {
      name: 'invoices.upload',
      operation: 'submitInvoice',
      target: '/order/10001/invoice/100072533',
      success: { status: 200, body: {} },
      call: (c, options) => c.invoices.upload('10001', '100072533', new Uint8Array([1, 2, 3]), options),
      // An upload needs no body, so a 200 whose body then breaks off or stalls, or is no JSON, is a success too.
      mayResolveUnder: [...spoiled200, 'a truncated body', 'a stalled body'],
    },
    {
      name: 'refunds.create',
      operation: 'createRefund',
      target: '/order/10001/refund',
      success: { status: 200, body: REFUND },
      resolved: { externalReference: (REFUND as { externalReference?: unknown }).externalReference },
      call: (c, options) => c.refunds.create('10001', examples.refund, options),
      mayResolveUnder: spoiled200,
    },
  ],
  createFaults: [],
  store: () => komfortkasseStore(),
  keyed: [
    {
      name: 'refunds.create',
      operation: 'createRefund',
      readBack: 'getOrder',
      field: 'externalReference',
      trials: 20,
      // A few orders, each with several refunds: the read-back must pick the right one.
      start: (c, reference, index) => ({ key: reference, call: c.refunds.create(`100${index % 4}`, refund(reference)) }),
      other: (c, reference, index) => ({
        key: reference,
        call: c.refunds.create(`100${index % 4}`, { ...refund(reference), amount: refund(reference).amount * 10 }),
        changed: 'amount',
      }),
      reconciled: (result, requests) => {
        expect(result).toMatchObject({ amount: examples.refund.amount, status: 'NEW' });
        // The read-back asks for the refunds.
        expect(requests).toEqual([`POST ${BASE_PATH}/order/1000/refund`, `GET ${BASE_PATH}/order/1000?includeRefunds=true`]);
      },
    },
  ],
  load: {
    key: (index) => `LOAD-${index}/${index % 7}`,
    read: (c, key) => c.orders.get(key),
    keyOf: (result) => (result as { number?: unknown }).number,
    answer: (url) => ({ body: { ...ORDER, number: decodeURIComponent(url.pathname.split('/').pop() ?? '') } }),
  },
  echo: ({ headers }, shape) => {
    const key = headers.get('x-komfortkasse-api-key') ?? '';
    switch (shape) {
      case 'json-401':
        return { status: 401, body: { error: `API key ${key} is not valid` } };
      case 'bad-request':
        return { status: 400, body: { error: `key ${key} may not do this` } };
      case 'text-500':
        return { status: 500, body: `Internal error for ${key}`, headers: { 'content-type': 'text/plain' } };
      case 'wrong-type-200':
        return { status: 200, body: `${key}`, headers: { 'content-type': 'text/html' } };
      case 'plain-403':
        return { status: 403, body: `${key} is not allowed` };
    }
  },
  local: {
    mistakes: mistakeRows.map(([label, call, argument]): LocalRow<Komfortkasse> => [label, call, { refused: argument }]),
    hostile,
    respond: () => new Response(JSON.stringify(ORDER), { status: 200, headers: { 'content-type': 'application/json' } }),
  },
};
