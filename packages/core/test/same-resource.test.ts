import { describe, expect, it } from 'vitest';
import { compareResource } from '../src/operations/same-resource.js';

describe('compareResource: is the resource read back this request’s?', () => {
  it('is the same when every compared field the request sent is equal after the server’s normalisation', () => {
    const sent = { amount: 50, currency: 'EUR', plannedDate: '20-03-2030', at: '2026-01-01T10:00:00Z' };
    const found = { amount: 50.0, currency: ' eur', plannedDate: '20-03-2030', at: '2026-01-01T11:00:00+01:00', status: 'NEW' };
    expect(compareResource(sent, found, ['amount', 'currency', 'plannedDate', 'at'])).toEqual({ kind: 'same' });
  });

  it('names every field that differs, with what was sent and what was found', () => {
    expect(compareResource({ amount: 50, currency: 'EUR' }, { amount: 5, currency: 'CHF' }, ['amount', 'currency'])).toEqual({
      kind: 'different',
      differences: [
        { field: 'amount', sent: 50, found: 5 },
        { field: 'currency', sent: 'EUR', found: 'CHF' },
      ],
    });
  });

  it('compares lists as sets of values, whatever order the server returns them in', () => {
    const order = (...positions: [number, string, number][]) => ({
      buckets: [{ positions: positions.map(([number, sku, quantity]) => ({ number, product: { number: sku }, quantity })) }],
    });
    const fields = ['buckets[].positions[].number', 'buckets[].positions[].product.number', 'buckets[].positions[].quantity'];
    expect(compareResource(order([1, 'A', 2], [2, 'B', 1]), order([2, 'B', 1], [1, 'A', 2]), fields)).toEqual({ kind: 'same' });
    expect(compareResource(order([1, 'A', 2]), order([1, 'A', 3]), fields)).toMatchObject({
      kind: 'different',
      differences: [{ field: 'buckets[].positions[].quantity', sent: 2, found: 3 }],
    });
    expect(compareResource(order([1, 'A', 2]), order([1, 'A', 2], [2, 'B', 1]), fields)).toMatchObject({ kind: 'different' });
  });

  it('a compared field the resource lacks leaves the answer unknown, never a match', () => {
    expect(compareResource({ amount: 50, currency: 'EUR' }, { amount: 50 }, ['amount', 'currency'])).toEqual({ kind: 'unknown', missing: ['currency'] });
    expect(compareResource({ a: { b: 1 } }, { a: null }, ['a.b'])).toEqual({ kind: 'unknown', missing: ['a.b'] });
  });

  it('a field the request did not send is not compared', () => {
    expect(compareResource({ amount: 50 }, { amount: 50, plannedDate: '20-03-2030' }, ['amount', 'plannedDate'])).toEqual({ kind: 'same' });
  });

  it('a difference wins over a missing field: the resource is another’s either way', () => {
    expect(compareResource({ amount: 50, currency: 'EUR' }, { amount: 5 }, ['amount', 'currency'])).toMatchObject({ kind: 'different' });
  });
});
