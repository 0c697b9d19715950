import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../src/index.js';
import { backoffDelay, parseRetryAfter } from '../src/internal.js';
import { sleep } from '../src/retry.js';

describe('backoffDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles per retry, takes off at most a quarter as jitter, and caps', () => {
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, policy, () => 0))).toEqual([100, 200, 400, 800, 1_000]);
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, policy, () => 1))).toEqual([75, 150, 300, 600]);
  });

  it('grows from one retry to the next whatever the jitter draws', () => {
    for (let trial = 0; trial < 200; trial++) {
      const delays = [0, 1, 2].map((retry) => backoffDelay(retry, policy));
      expect(delays[1]).toBeGreaterThan(delays[0] as number);
      expect(delays[2]).toBeGreaterThan(delays[1] as number);
    }
  });

  it('actually varies between draws', () => {
    const draws = new Set(Array.from({ length: 50 }, () => backoffDelay(2, policy)));
    expect(draws.size).toBeGreaterThan(5);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });

  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 09:59:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-4', now)).toBeUndefined();
  });

  it('reads the obsolete HTTP-date forms RFC 9110 still asks recipients to accept', () => {
    expect(parseRetryAfter('Monday, 23-Nov-26 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Mon Nov 23 10:00:05 2026', now)).toBe(5_000);
    expect(parseRetryAfter('Tue Dec  1 10:00:00 2026', now)).toBe(8 * 86_400_000);
  });

  it.each([
    'abc 2030',
    'Mon 2030',
    'next year 2030',
    'Mon, 31 Feb 2030 10:00:00 GMT',
    'Mon, 23 Nov 2026 25:00:00 GMT',
    '2030-01-01',
    'Mon, 23 Nov 2026 10:00:05 CET',
  ])('does not take %j for a date (the caller backs off instead)', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('sleep', () => {
  it('rejects with the reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = sleep(10_000, controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(pending).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
