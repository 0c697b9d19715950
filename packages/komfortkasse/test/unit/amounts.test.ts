import { describe, expect, it } from 'vitest';
import { toCents } from '../../src/amounts.js';

describe('toCents', () => {
  it.each([
    [22.38, 22.38],
    [1.005, 1.01],
    [2.675, 2.68],
    [22.374999, 22.37],
    [-1.005, -1.01],
    [10, 10],
    [0.1 + 0.2, 0.3],
    [1e-7, 0],
    [1e21, 1e21],
  ])('%d → %d', (input, expected) => {
    expect(toCents('amount', input)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '22.38', null])('refuses %j', (value) => {
    expect(() => toCents('order.amount', value)).toThrow(/`order\.amount`/);
  });
});
