import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../src/index.js';
import { requireSendableQuery } from '../src/validation/query-text.js';

function refusal(query: Record<string, unknown>, names?: { parameters: Record<string, string> }): RequestValidationError | undefined {
  try {
    requireSendableQuery('listThings', { request: { query }, ...(names ? { names } : {}) });
    return undefined;
  } catch (error) {
    if (error instanceof RequestValidationError) return error;
    throw error;
  }
}

describe('query values are refused as path segments are: control characters and lone surrogates', () => {
  it.each([
    ['a CR LF', 'DE\r\n89', 'must not contain control characters'],
    ['a NUL', 'DE\u000089', 'must not contain control characters'],
    ['a DEL', 'DE\u007f89', 'must not contain control characters'],
    ['a lone surrogate', 'DE\uD80089', 'lone surrogate'],
  ])('%s in a string value, naming the argument', (_, value, problem) => {
    const error = refusal({ iban: value });
    expect(error?.argument).toBe('iban');
    expect(error?.issues).toEqual([{ path: ['query', 'iban'], argument: 'iban', message: expect.stringContaining(problem), rule: 'characters' }]);
    expect(error?.message).toBe(`listThings: \`iban\` ${error?.issues[0]?.message} (nothing was sent)`);
  });

  it('in an element of a list, naming the element, in the caller’s name of the parameter', () => {
    const error = refusal({ 'created[gte]': ['2026-01-01', 'x\ny'] }, { parameters: { 'created[gte]': 'createdFrom' } });
    expect(error?.issues.map((issue) => issue.argument)).toEqual(['createdFrom[1]']);
  });

  it('every faulty value is listed', () => {
    expect(refusal({ a: 'x\n', b: ['ok', '\t'], c: 'fine' })?.issues.map((issue) => issue.argument)).toEqual(['a', 'b[1]']);
  });

  it('plain text, numbers, booleans, and a request without a query pass', () => {
    expect(refusal({ iban: 'DE89 3704 0044 0532 0130 00', limit: 10, flag: true, names: ['Ä', 'eBay/123'] })).toBeUndefined();
    expect(() => requireSendableQuery('listThings', { request: {} })).not.toThrow();
  });
});
