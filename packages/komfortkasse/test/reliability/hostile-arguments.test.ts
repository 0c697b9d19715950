import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, Komfortkasse } from '../../src/index.js';
import { API_KEY, examples, spec } from '../contract/mock-client.js';

/**
 * What a JavaScript caller without a type checker can pass. Each input must either be sent
 * correctly encoded or be refused before sending with an error naming the argument.
 */
type Outcome = { refused: string } | { sentPath: string } | { sentSearch: string } | { sentBody: (body: Record<string, unknown>) => void };
type Row = [label: string, call: (client: Komfortkasse) => Promise<unknown>, outcome: Outcome];

const ORDER = spec.responseExample('getOrder', 200);
const any = (value: unknown) => value as never;
const long = 'x'.repeat(10_000);

const orderNumbers: [string, unknown, Outcome][] = [
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
  ['pre-encoded slash', '%2F', { sentPath: '/order/%252F' }],
  ['slash, space, hash, query', 'eBay/123 #7?x=1&y', { sentPath: '/order/eBay%2F123%20%237%3Fx%3D1%26y' }],
  ['unicode', 'ü-√-🙂', { sentPath: '/order/%C3%BC-%E2%88%9A-%F0%9F%99%82' }],
  ['very long', long, { sentPath: `/order/${long}` }],
];

const amounts: [string, unknown, Outcome][] = [
  ['NaN', Number.NaN, { refused: 'order.amount' }],
  ['Infinity', Number.POSITIVE_INFINITY, { refused: 'order.amount' }],
  ['-Infinity', Number.NEGATIVE_INFINITY, { refused: 'order.amount' }],
  ['a numeric string', '22.38', { refused: 'order.amount' }],
  ['null', null, { refused: 'order.amount' }],
  ['missing', undefined, { refused: 'order.amount' }],
  ['three decimals', 22.385, { sentBody: (body) => expect(body.amount).toBe(22.39) }],
  ['negative', -5.5, { sentBody: (body) => expect(body.amount).toBe(-5.5) }],
];

const dates: [string, unknown, Outcome][] = [
  ['31 February', '31-02-2026', { refused: 'order.date' }],
  ['ISO 30 February', '2026-02-30', { refused: 'order.date' }],
  ['invalid Date', new Date('nope'), { refused: 'order.date' }],
  ['a word', 'tomorrow', { refused: 'order.date' }],
  ['a timestamp number', 1767225600000, { refused: 'order.date' }],
  ['an ISO timestamp', '2026-01-01T00:00:00Z', { refused: 'order.date' }],
  ['null', null, { refused: 'order.date' }],
  ['a leap day', '29-02-2028', { sentBody: (body) => expect(body.date).toBe('29-02-2028') }],
];

const bodies: [string, unknown, Outcome][] = [
  ['null order', null, { refused: 'order' }],
  ['array order', [], { refused: 'order' }],
  ['string order', 'order', { refused: 'order' }],
  ['number order', 42, { refused: 'order' }],
];

const rows: Row[] = [
  ...orderNumbers.map(([label, value, outcome]): Row => [`orderNumber ${label}`, (c) => c.orders.get(any(value)), outcome]),
  ...amounts.map(([label, value, outcome]): Row => [`amount ${label}`, (c) => c.orders.submit('1', { ...examples.order, amount: any(value) }), outcome]),
  ...dates.map(([label, value, outcome]): Row => [`date ${label}`, (c) => c.orders.submit('1', { ...examples.order, date: any(value) }), outcome]),
  ...bodies.map(([label, value, outcome]): Row => [label, (c) => c.orders.submit('1', any(value)), outcome]),
  ['refund null', (c) => c.refunds.create('1', any(null)), { refused: 'refund' }],
  ['refund NaN amount', (c) => c.refunds.create('1', { ...examples.refund, amount: Number.NaN }), { refused: 'refund.amount' }],
  ['refund without reference', (c) => c.refunds.create('1', { ...examples.refund, externalReference: any(undefined) }), { refused: 'refund.externalReference' }],
  ['refund impossible plannedDate', (c) => c.refunds.create('1', { ...examples.refund, plannedDate: '2026-13-01' }), { refused: 'refund.plannedDate' }],
  ['include as a string', (c) => c.orders.remove('1', { include: any('postings') }), { refused: 'include' }],
  ['include unknown', (c) => c.orders.remove('1', { include: any(['everything']) }), { refused: 'include[0]' }],
  ['list maxAge negative', (c) => c.orders.list({ maxAge: -1 }), { refused: 'maxAge' }],
  ['list maxAge NaN', (c) => c.orders.list({ maxAge: Number.NaN }), { refused: 'maxAge' }],
  ['list status not a list', (c) => c.orders.list({ paymentStatus: any('PAID') }), { refused: 'paymentStatus' }],
  ['list status empty (would return every order)', (c) => c.orders.list({ paymentStatus: [] }), { refused: 'paymentStatus' }],
  ['bulk not a list', (c) => c.orders.submitMany(any({})), { refused: 'orders' }],
  ['bulk null element', (c) => c.orders.submitMany(any([null])), { refused: 'orders[0]' }],
  ['sync without options', (c) => c.orders.sync(['1'], any(undefined)), { refused: 'options.isCompleteList' }],
  ['sync truthy but not true', (c) => c.orders.sync(['1'], any({ isCompleteList: 'yes' })), { refused: 'options.isCompleteList' }],
  ['sync null number', (c) => c.orders.sync(any([null]), { isCompleteList: true }), { refused: 'orderNumbers[0]' }],
  ['sync not a list', (c) => c.orders.sync(any('1,2'), { isCompleteList: true }), { refused: 'orderNumbers' }],
  ['invoice file as a string', (c) => c.invoices.upload('1', '2', any('%PDF')), { refused: 'file' }],
  ['invoice number dot-dot', (c) => c.invoices.upload('1', '..', new Uint8Array([1])), { refused: 'invoiceNumber' }],
  // The spec sets no length on iban: the server decides.
  ['postings iban empty', (c) => c.postings.list({ iban: '' }), { sentSearch: '?iban=' }],
  ['postings impossible date', (c) => c.postings.list({ createdMin: '32-01-2026' }), { refused: 'createdMin' }],
];

const tally = { refused: 0, sent: 0 };

describe('hostile arguments', () => {
  it.each(rows)('%s', async (_, call, outcome) => {
    const sent: Request[] = [];
    const client = new Komfortkasse({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9/api/v2',
      fetch: async (url, init) => {
        sent.push(new Request(url, init));
        return new Response(JSON.stringify(ORDER), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const error = await call(client).then(
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
    const request = sent[0] as Request;
    if ('sentPath' in outcome) expect(new URL(request.url).pathname).toBe(`/api/v2${outcome.sentPath}`);
    else if ('sentSearch' in outcome) expect(new URL(request.url).search).toBe(outcome.sentSearch);
    else outcome.sentBody((await request.json()) as Record<string, unknown>);
    tally.sent++;
  });

  afterAll(() => {
    console.log(`hostile inputs tried: ${rows.length} (refused before sending: ${tally.refused}, sent correctly encoded: ${tally.sent})`);
  });
});
