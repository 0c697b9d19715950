import { describe, expect, it, vi } from 'vitest';
import { InvalidArgumentError } from '../src/index.js';
import { calendarDayOf, requireCalendarDay, requireTimeZone, requireTimeZoneName } from '../src/internal.js';

describe('calendar days', () => {
  it('reads the day a moment falls on in a zone', () => {
    const moment = new Date('2026-03-28T23:30:00Z');
    expect(calendarDayOf(moment, 'UTC')).toEqual({ year: 2026, month: 3, day: 28 });
    expect(calendarDayOf(moment, 'Europe/Berlin')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(calendarDayOf(moment, 'Pacific/Pago_Pago')).toEqual({ year: 2026, month: 3, day: 28 });
  });

  it('reads a day in UTC and GMT without ICU, as ICU reads it', () => {
    const moments = ['2026-03-28T23:59:59.999Z', '2026-03-29T00:00:00.000Z', '2024-02-29T12:00:00Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];
    const zones = ['UTC', 'utc', 'Etc/UTC', 'etc/utc', 'GMT', 'Etc/GMT'];
    const icuDay = (zone: string, moment: string) => {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(moment));
      const part = (type: string) => Number(parts.find((found) => found.type === type)?.value);
      return { year: part('year'), month: part('month'), day: part('day') };
    };
    const expected = zones.map((zone) => moments.map((moment) => icuDay(zone, moment)));
    const created = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(zones.map((zone) => moments.map((moment) => calendarDayOf(new Date(moment), zone)))).toEqual(expected);
      expect(created).not.toHaveBeenCalled();
    } finally {
      created.mockRestore();
    }
  });

  it('accepts real days and refuses the others, naming the argument', () => {
    expect(requireCalendarDay('d', '2028-02-29', 2028, 2, 29)).toEqual({ year: 2028, month: 2, day: 29 });
    for (const [year, month, day] of [
      [2026, 2, 29],
      [2026, 4, 31],
      [2026, 13, 1],
      [2026, 0, 10],
      [999, 1, 1],
    ] as const) {
      expect(() => requireCalendarDay('order.date', 'x', year, month, day)).toThrow(/`order\.date`: "x" is not a real calendar day/);
    }
  });

  it('knows real time zones only', () => {
    expect(requireTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(() => requireTimeZone('Mars/Olympus')).toThrow(InvalidArgumentError);
  });

  it('checks the shape of a zone name without asking ICU, and the zone itself when a Date is read in it', () => {
    const created = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (const name of ['UTC', 'utc', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Etc/GMT+1', 'EST5EDT', 'Mars/Olympus']) {
        expect(requireTimeZoneName(name)).toBe(name);
      }
      for (const name of ['', ' UTC', 'Europe/', '/Berlin', 'Europe//Berlin', 'Europe/Berlin\n', '+01:00', '../etc/passwd', 'x'.repeat(100), 42, null]) {
        expect(() => requireTimeZoneName(name as string)).toThrow(/`timeZone`: is not a time zone this runtime knows/);
      }
      expect(created).not.toHaveBeenCalled();
    } finally {
      created.mockRestore();
    }
    expect(() => calendarDayOf(new Date('2026-03-28T23:30:00Z'), 'Mars/Olympus')).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentError', argument: 'timeZone' }),
    );
  });
});
