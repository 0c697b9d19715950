// orderStates.changes against scripted answers: what a fake built from the spec cannot answer
// (cursors beyond 2^53, a 2.3 server, a server that ignores minCursor) and the argument checks.
import { SpecExamples } from '@shopclients/testkit';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ChangeFeedError,
  InvalidArgumentError,
  InvalidResponseError,
  IomOrders,
  type IomOrdersOptions,
  NotFoundError,
  ORDER_MEDIA_TYPE,
  type OrderState,
  RequestValidationError,
  ShopclientsError,
  UnsupportedOperationError,
} from '../../src/index.js';

const spec = new SpecExamples('iom-order');
const example = (spec.responseExample('getModifiedOrderStates', 200) as { data: OrderState[] }).data[0] as OrderState;
const state = (shopOrderNumber: string, status = 'STATE_CREATED'): OrderState => ({ ...example, shopOrderNumber, status });

/** A body as a server writes it: `meta` numbers as given, digits and all (not through JSON.stringify). */
function body(states: OrderState[], meta: Record<string, string | number>): string {
  const fields = Object.entries(meta).map(([name, value]) => `"${name}":${value}`);
  return `{"data":${JSON.stringify(states)},"meta":{${fields.join(',')}}}`;
}

type Answer = string | number | (() => Response);

/** A client whose requests are answered in turn by `answers` (a body, a status, or a Response); `urls` records each request. */
function scripted(answers: Answer[], options: Partial<IomOrdersOptions> = {}) {
  const urls: URL[] = [];
  const client = new IomOrders({
    baseUrl: 'http://iom.test/rest/order-service',
    auth: { username: 'feed', password: 'feed-password-1' },
    shopId: 1000,
    maxRetries: 0,
    fetch: async (input) => {
      urls.push(new URL(typeof input === 'string' ? input : (input as Request).url));
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected request ${urls.length}: ${urls.at(-1)}`);
      if (typeof answer === 'function') return answer();
      if (typeof answer === 'number') return new Response(null, { status: answer });
      return new Response(answer, { headers: { 'content-type': ORDER_MEDIA_TYPE } });
    },
    ...options,
  });
  return { client, urls };
}

async function pages<T>(iterable: AsyncIterable<T>, most = 100): Promise<T[]> {
  const seen: T[] = [];
  for await (const page of iterable) {
    seen.push(page);
    if (seen.length > most) throw new Error('the walk does not end');
  }
  return seen;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('cursors beyond 2^53', () => {
  it('a maxCursor written as the JSON number 9007199254740993 comes out exactly, and is sent exactly as the next minCursor', async () => {
    const { client, urls } = scripted([
      body([state('A-1')], { totalCount: 2, pageSize: 1, minCursor: '9007199254740993', maxCursor: '9007199254740993' }),
      body([state('A-2')], { totalCount: 1, pageSize: 1, minCursor: '9007199254740995', maxCursor: '9007199254740995' }),
    ]);
    const seen = await pages(client.orderStates.changes({ since: '2026-01-01T00:00:00Z', limit: 1 }));
    expect(seen.map(({ cursor, states }) => [cursor, states.map((s) => s.shopOrderNumber)])).toEqual([
      ['9007199254740993', ['A-1']],
      ['9007199254740995', ['A-2']],
    ]);
    expect(urls.map((url) => url.search)).toEqual(['?modifiedSince=2026-01-01T00%3A00%3A00Z&limit=1', '?minCursor=9007199254740993&limit=1']);
  });

  it('a stored cursor beyond 2^53 is sent with every digit, and an inclusive repeat of its page is recognised', async () => {
    const cursor = '9223372036854775000';
    const { client, urls } = scripted([
      body([state('B-1')], { totalCount: 2, pageSize: 1, minCursor: '9223372036854775001', maxCursor: '9223372036854775001' }),
      // Inclusive: B-1 comes again at the start; B-2 is new.
      body([state('B-1'), state('B-2')], { totalCount: 2, pageSize: 2, minCursor: '9223372036854775001', maxCursor: '9223372036854775007' }),
    ]);
    const seen = await pages(client.orderStates.changes({ cursor, limit: 1 }));
    expect(seen.map(({ cursor, states }) => [cursor, states.map((s) => s.shopOrderNumber)])).toEqual([
      ['9223372036854775001', ['B-1']],
      ['9223372036854775007', ['B-2']],
    ]);
    expect(urls.map((url) => url.searchParams.get('minCursor'))).toEqual([cursor, '9223372036854775001']);
  });

  it('a page stuck at the requested cursor goes on from the cursor plus one, exactly', async () => {
    const { client, urls } = scripted([
      body([state('C-1')], { totalCount: 2, pageSize: 1, minCursor: '9007199254740993', maxCursor: '9007199254740993' }),
      body([], { totalCount: 0, pageSize: 0 }),
    ]);
    const seen = await pages(client.orderStates.changes({ cursor: 9007199254740993n, limit: 1 }));
    expect(seen).toEqual([{ states: [state('C-1')], cursor: '9007199254740994', caughtUp: false }]);
    expect(urls.map((url) => url.searchParams.get('minCursor'))).toEqual(['9007199254740993', '9007199254740994']);
  });
});

describe('no walk loops forever', () => {
  it('a server that ignores minCursor ends the walk with an InvalidResponseError, carrying the cursor', async () => {
    const same = body([state('D-1')], { totalCount: 5, pageSize: 1, minCursor: 40, maxCursor: 40 });
    const { client, urls } = scripted([same, same, same, same]);
    const error = await failure(pages(client.orderStates.changes({ since: new Date('2026-01-01T00:00:00Z'), limit: 1 })));
    expect(error).toBeInstanceOf(ChangeFeedError);
    expect((error as ChangeFeedError).cause).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('meta.maxCursor 40 is below the minCursor 41 requested');
    expect(error).toMatchObject({ cursor: '40' });
    expect(urls).toHaveLength(3);
  });

  it('a page with states but without maxCursor cannot be resumed from', async () => {
    const { client } = scripted([body([state('E-1')], { totalCount: 1, pageSize: 1 })]);
    const error = await failure(pages(client.orderStates.changes({ cursor: '7' })));
    expect(error).toBeInstanceOf(ChangeFeedError);
    expect((error as ChangeFeedError).cause).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ cursor: '7', message: expect.stringContaining('without meta.maxCursor') });
  });

  it('an empty page is caught up whatever it counts', async () => {
    const { client, urls } = scripted([body([], { totalCount: 3, pageSize: 0 })]);
    await expect(pages(client.orderStates.changes({ cursor: '7' }))).resolves.toEqual([]);
    expect(urls).toHaveLength(1);
  });
});

describe('a server without Order API 2.4', () => {
  it.each([404, 405])('answering %i gives UnsupportedOperationError naming Order API 2.4 (IOM 4.6 or later), with or without follow', async (status) => {
    for (const follow of [false, true]) {
      const { client, urls } = scripted([status]);
      const error = await failure(pages(client.orderStates.changes({ since: new Date(0), follow, pollInterval: 1 })));
      expect(error).toBeInstanceOf(UnsupportedOperationError);
      expect(error).toBeInstanceOf(ShopclientsError);
      expect(error).toMatchObject({ operation: 'getModifiedOrderStates' });
      expect((error as Error).message).toMatch(/^orderStates\.changes needs Order API 2\.4 \(IOM 4\.6 or later\): the server answered 40[45]/);
      expect((error as Error).cause).toBeInstanceOf(status === 404 ? NotFoundError : ApiError);
      expect(urls).toHaveLength(1);
    }
  });
});

describe('arguments refused before sending', () => {
  it.each([
    ['since with cursor', { since: new Date(), cursor: '5' }, 'cursor'],
    ['neither since nor cursor', {}, 'since'],
    ['a cursor that is no integer', { cursor: '12.5' }, 'cursor'],
    ['a cursor beyond int64', { cursor: '9223372036854775808' }, 'cursor'],
    ['a cursor as an unsafe number', { cursor: 2 ** 60 }, 'cursor'],
    ['a day as since', { since: '2026-01-01' }, 'since'],
    ['an invalid Date as since', { since: new Date('soon') }, 'since'],
    ['pollInterval 0', { since: new Date(), follow: true, pollInterval: 0 }, 'pollInterval'],
    ['a fractional pollInterval', { since: new Date(), follow: true, pollInterval: 2.5 }, 'pollInterval'],
    ['pollInterval as text', { since: new Date(), follow: true, pollInterval: '5000' }, 'pollInterval'],
    ['follow as text', { since: new Date(), follow: 'yes' }, 'follow'],
    ['an unknown option', { since: new Date(), sinceCursor: '5' }, 'options.sinceCursor'],
    ['a shop ID that is no number', { since: new Date(), shopId: 'shop' }, 'shopId'],
  ])('%s', (_, options, argument) => {
    const { client, urls } = scripted([]);
    let error: unknown;
    try {
      client.orderStates.changes(options as never);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(urls).toHaveLength(0);
  });

  it('since with cursor says to pass one of them', () => {
    const { client } = scripted([]);
    expect(() => client.orderStates.changes({ since: new Date(), cursor: '5' })).toThrow(/cannot be combined with `since`/);
  });

  it('a limit the spec refuses is a RequestValidationError at the first page, not wrapped, nothing sent', async () => {
    const { client, urls } = scripted([]);
    const error = await failure(client.orderStates.changes({ cursor: '5', limit: 10_001 }).next());
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ argument: 'limit' });
    expect(urls).toHaveLength(0);
  });
});

describe('errors that end the walk', () => {
  it("a 401 after the first page is a ChangeFeedError with that page's cursor and the AuthenticationError as cause", async () => {
    const { client } = scripted([body([state('F-1')], { totalCount: 2, pageSize: 1, minCursor: 10, maxCursor: 12 }), 401]);
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const page of client.orderStates.changes({ cursor: '3', limit: 1 })) seen.push(page.cursor);
      })(),
    );
    expect(seen).toEqual(['12']);
    expect(error).toBeInstanceOf(ChangeFeedError);
    expect(error).toMatchObject({
      name: 'ChangeFeedError',
      cursor: '12',
      operation: 'getModifiedOrderStates',
      cause: { name: 'AuthenticationError', status: 401 },
    });
    expect((error as Error).message).toMatch(/^orderStates\.changes stopped: getModifiedOrderStates failed with 401.*resume with cursor 12\)$/);
  });

  it('an error before any page of a walk from since carries no cursor', async () => {
    const { client } = scripted([500]);
    const error = await failure(pages(client.orderStates.changes({ since: new Date(0) })));
    expect(error).toMatchObject({ cursor: undefined, cause: { name: 'ServerError', status: 500 } });
    expect((error as Error).message).toContain('start from `since` again');
  });
});
