import { describe, expect, it } from 'vitest';
import { NotFoundError, ShopclientsError, UnsupportedOperationError } from '../src/index.js';
import { type Check, createValidators, integerLiterals } from '../src/internal.js';
import { thingsClient } from './things-api.js';

describe('integerLiterals', () => {
  it('reads an integer beyond 2^53 exactly, where JSON.parse loses digits', () => {
    const text = '{"data":[],"meta":{"totalCount":3,"maxCursor":9007199254740993,"minCursor":-12}}';
    expect(JSON.parse(text).meta.maxCursor).toBe(9007199254740992);
    expect(integerLiterals(text, ['meta'], ['maxCursor', 'minCursor', 'totalCount'])).toEqual({
      maxCursor: '9007199254740993',
      minCursor: '-12',
      totalCount: '3',
    });
  });

  it('finds the member of the named object only, not a look-alike inside other values', () => {
    const text = JSON.stringify({
      data: [{ note: '"meta":{"maxCursor":1}', meta: { maxCursor: 2 }, text: 'a \\" quote }]' }],
      links: { meta: 'x' },
    }).replace(/}$/, ', "meta" : { "maxCursor" : 12345678901234567890 } }');
    expect(integerLiterals(text, ['meta'], ['maxCursor'])).toEqual({ maxCursor: '12345678901234567890' });
  });

  it('takes the last of a member named twice, as JSON.parse does', () => {
    expect(integerLiterals('{"meta":{"c":1},"meta":{"c":2,"c":3}}', ['meta'], ['c'])).toEqual({ c: '3' });
  });

  it('gives undefined for a missing member, a value that is no integer literal, or a path to no object', () => {
    const text = '{"meta":{"a":1.5,"b":1e3,"c":"7","d":null,"e":[1]},"list":[1]}';
    expect(integerLiterals(text, ['meta'], ['a', 'b', 'c', 'd', 'e', 'f'])).toEqual({
      a: undefined,
      b: undefined,
      c: undefined,
      d: undefined,
      e: undefined,
      f: undefined,
    });
    expect(integerLiterals(text, ['list'], ['a'])).toEqual({ a: undefined });
    expect(integerLiterals(text, ['nothing'], ['a'])).toEqual({ a: undefined });
    expect(integerLiterals('[1,2]', [], ['a'])).toEqual({ a: undefined });
  });

  it('throws SyntaxError on broken JSON where it has to look', () => {
    expect(() => integerLiterals('{"meta":{"a":1', ['meta'], ['a'])).toThrow(SyntaxError);
    expect(() => integerLiterals('{"data":[{"x":"unterminated}]', ['meta'], ['a'])).toThrow(SyntaxError);
  });
});

describe('ApiClient.send with keepText', () => {
  const body = '{"id":"1","ref":"x","n":9007199254740993}';
  const api = () => thingsClient({ fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }) });

  it('resolves with the body text as received, next to the parsed data', async () => {
    const result = await api().send('getThing', { path: { id: '1' }, keepText: true }, undefined);
    expect(result.text).toBe(body);
    expect(result.data).toMatchObject({ id: '1' });
  });

  it('without it, a result has no text', async () => {
    const result = await api().send('getThing', { path: { id: '1' } }, undefined);
    expect(result.text).toBeUndefined();
    expect('text' in result).toBe(false);
  });

  it('a success without a body has the text ""', async () => {
    const api = thingsClient({
      fetch: async () => new Response(null, { status: 200 }),
      policies: { uploadThing: { methods: ['things.upload'], safeToRepeat: false, emptySuccess: true } },
    });
    const result = await api.send('uploadThing', { path: { id: '1' }, body: { name: 'x' }, keepText: true }, undefined);
    expect(result.text).toBe('');
  });
});

describe('a bigint path or query value', () => {
  const sent: string[] = [];
  const api = thingsClient({
    fetch: async (input) => {
      sent.push(typeof input === 'string' ? input : (input as Request).url);
      return new Response('{"id":"1"}', { headers: { 'content-type': 'application/json' } });
    },
  });

  it('is sent as its exact digits', async () => {
    await api.send('getThing', { path: { id: '1' }, query: { cursor: 2n ** 63n - 1n } as never }, undefined);
    expect(sent.at(-1)).toBe('https://api.test/v1/things/1?cursor=9223372036854775807');
  });

  it('is checked by the spec with a safe stand-in, and refused beyond int64', () => {
    const seen: unknown[] = [];
    const check: Check = Object.assign(
      (data: unknown) => {
        seen.push((data as { cursor: unknown }).cursor);
        return Number.isSafeInteger((data as { cursor: unknown }).cursor);
      },
      { errors: null },
    );
    const validators = createValidators({
      operations: {
        listThings: {
          method: 'get',
          path: '/things',
          parameters: [{ name: 'cursor', in: 'query', required: false, type: 'integer', explode: true }],
          responses: {},
        },
      },
      operationChecks: { listThings: { request: { query: 'q' }, responses: {} } },
      schemaChecks: {},
      checks: { q: check },
    });
    expect(validators.validateRequest('listThings', { query: { cursor: 9007199254740993n } })).toEqual([]);
    expect(validators.validateRequest('listThings', { query: { cursor: -(2n ** 60n) } })).toEqual([]);
    expect(validators.validateRequest('listThings', { query: { cursor: 12n } })).toEqual([]);
    expect(seen).toEqual([Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 12]);
    expect(validators.validateRequest('listThings', { query: { cursor: 2n ** 63n } })).toEqual([
      { path: ['query', 'cursor'], message: `must be a 64-bit integer (got ${2n ** 63n})`, rule: 'int64' },
    ]);
  });
});

describe('UnsupportedOperationError', () => {
  it('is a ShopclientsError naming the operation, with the server error as cause', () => {
    const cause = new NotFoundError('getThings failed with 404', {
      operation: 'getThings',
      request: { method: 'GET', url: 'https://api.test/things' },
      status: 404,
    });
    const error = new UnsupportedOperationError('getThings', 'getThings needs API 2.0', { cause });
    expect(error).toBeInstanceOf(ShopclientsError);
    expect(error).toMatchObject({ name: 'UnsupportedOperationError', operation: 'getThings', message: 'getThings needs API 2.0', cause });
    expect(new UnsupportedOperationError('x', 'y').cause).toBeUndefined();
  });
});
