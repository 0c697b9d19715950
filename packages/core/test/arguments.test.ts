import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../src/index.js';
import { requireDate, requireJson, requireSecret, requireNumber, requireObject, requirePathSegment, requireText } from '../src/internal.js';

function refusal(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('expected an InvalidArgumentError');
}

describe('argument checks', () => {
  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['a\nb', 'control characters'],
    ['a\u0000', 'control characters'],
    ['B2B-\uD800', 'lone surrogate'],
    ['\uDC00x', 'lone surrogate'],
    [42, 'must be a string, got number 42'],
    [null, 'got null'],
  ])('requireText refuses %j', (value, problem) => {
    const error = refusal(() => requireText('orderNumber', value));
    expect(error.argument).toBe('orderNumber');
    expect(error.message).toContain('`orderNumber`');
    expect(error.message).toContain(problem);
  });

  it.each([
    '.',
    '..',
    '%2e%2E',
    '.%2e',
    '../x',
    'x/..',
    'a/./b',
    '..%2fx',
    '..%2Fetc%2Fpasswd',
    '%2e%2e%2fx',
    '%2e%2e/x',
    'x%2f%2e%2e',
    '%252e%252e',
    '..%252fx',
  ])('requirePathSegment refuses %j, a dot segment once decoded', (value) => {
    expect(refusal(() => requirePathSegment('id', value)).message).toContain('relative path');
  });

  it.each(['eBay/123 #7', '%2F', '/', 'a%2fb', '..x', 'x..', '...', '%2e%2e%2e', '%zz', '%', 'ü-√-🙂', 'x'.repeat(5000)])(
    'requirePathSegment keeps %j as it is',
    (value) => {
      expect(requirePathSegment('id', value)).toBe(value);
    },
  );

  it('requireNumber checks finiteness, integers and minimum', () => {
    expect(requireNumber('n', 3, { integer: true, min: 0 })).toBe(3);
    expect(refusal(() => requireNumber('n', Number.NaN)).message).toContain('finite');
    expect(refusal(() => requireNumber('n', Number.POSITIVE_INFINITY)).message).toContain('finite');
    expect(refusal(() => requireNumber('n', 1.5, { integer: true })).message).toContain('whole');
    expect(refusal(() => requireNumber('n', -1, { min: 0 })).message).toContain('≥ 0');
    expect(refusal(() => requireNumber('n', '3')).message).toContain('got "3"');
  });

  it('requireObject and requireDate refuse the wrong kinds', () => {
    expect(refusal(() => requireObject('order', null)).message).toContain('got null');
    expect(refusal(() => requireObject('order', [])).message).toContain('got an array');
    expect(refusal(() => requireDate('since', new Date('nope'))).message).toContain('invalid Date');
    expect(refusal(() => requireDate('since', '2020-01-01')).message).toContain('must be a Date');
  });
});

describe('requireJson', () => {
  it('accepts what JSON carries as it is, valid Dates included', () => {
    const body = { a: [1, 'x', null, { b: true }], when: new Date('2026-01-01T00:00:00Z'), emoji: '🙂' };
    expect(requireJson('order', body)).toBe(body);
  });

  it.each([
    [{ sales: { total: { gross: { amount: Number.NaN } } } }, 'order.sales.total.gross.amount', 'finite'],
    [{ positions: [{ quantity: 1 }, { quantity: Number.POSITIVE_INFINITY }] }, 'order.positions[1].quantity', 'finite'],
    [{ created: new Date('soon') }, 'order.created', 'invalid Date'],
    [{ reservationId: 12n }, 'order.reservationId', 'bigint'],
    [{ hook: () => 1 }, 'order.hook', 'function'],
  ])('refuses %o at %s', (body, argument, problem) => {
    const error = refusal(() => requireJson('order', body));
    expect(error.argument).toBe(argument);
    expect(error.message).toContain(problem);
  });

  it('refuses a cycle but not a shared object', () => {
    const shared = { amount: 1 };
    expect(() => requireJson('order', { a: shared, b: shared })).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(refusal(() => requireJson('order', cyclic)).argument).toBe('order.self');
  });
});

describe('requireSecret', () => {
  it.each([
    [' key', 'white space'],
    ['key\t', 'control characters'],
    ['schlüssel-€', 'Latin-1'],
    [1234, 'must be a string, got number'],
  ])('refuses %j without showing it', (value, problem) => {
    const error = refusal(() => requireSecret('apiKey', value));
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain(String(value).trim());
  });

  it('keeps a Latin-1 secret as it is', () => {
    expect(requireSecret('password', 'pässwört"\\x')).toBe('pässwört"\\x');
  });
});
