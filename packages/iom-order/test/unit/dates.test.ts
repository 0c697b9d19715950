import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { toIomDate } from '../../src/dates.js';

describe('toIomDate', () => {
  it('takes a day as written', () => {
    expect(toIomDate('createdFrom', '2024-02-29', 'Pacific/Kiritimati')).toBe('2024-02-29');
  });

  it('reads a Date as its calendar day in the time zone', () => {
    const lateEvening = new Date('2024-02-29T23:30:00Z');
    expect(toIomDate('createdFrom', lateEvening, 'UTC')).toBe('2024-02-29');
    expect(toIomDate('createdFrom', lateEvening, 'Europe/Berlin')).toBe('2024-03-01');
    expect(toIomDate('createdFrom', lateEvening, 'America/New_York')).toBe('2024-02-29');
  });

  it('reads an ISO date-time with a zone as the point in time it names', () => {
    expect(toIomDate('createdTo', '2024-03-31T23:30:00-05:00', 'UTC')).toBe('2024-04-01');
    expect(toIomDate('createdTo', '2024-03-31T22:30:00.123Z', 'Europe/Berlin')).toBe('2024-04-01');
    expect(toIomDate('createdTo', '2024-03-31T10:00Z', 'UTC')).toBe('2024-03-31');
  });

  it.each([
    ['an impossible day', '2023-02-29'],
    ['an impossible day in a date-time', '2024-02-30T10:00:00Z'],
    ['an impossible time', '2024-03-01T25:00:00Z'],
    ['a date-time without a zone', '2024-03-01T10:00:00'],
    ['a day-first date', '01-03-2024'],
    ['text', 'yesterday'],
    ['an invalid Date', new Date('yesterday')],
    ['a number', 1709251200000],
  ])('refuses %s, naming the argument', (_, value) => {
    expect(() => toIomDate('createdFrom', value as never, 'UTC')).toThrow(InvalidArgumentError);
    expect(() => toIomDate('createdFrom', value as never, 'UTC')).toThrow(/`createdFrom`/);
  });
});
