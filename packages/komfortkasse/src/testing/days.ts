import { calendarDayOf } from '@shopclients/core/internal';

/** Komfortkasse is a German service: "today" is the calendar day in Berlin. */
const ZONE = 'Europe/Berlin';
const DAY_MS = 24 * 60 * 60 * 1000;

/** A day `dd-MM-yyyy` as a count of days, for comparing; `undefined` if it is no such day. */
export function dayNumber(text: unknown): number | undefined {
  const match = typeof text === 'string' ? /^(\d{2})-(\d{2})-(\d{4})$/.exec(text) : null;
  if (!match) return undefined;
  const [, day, month, year] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  return new Date(ms).getUTCDate() === day ? ms / DAY_MS : undefined;
}

/** The day `at` falls on in Berlin, as a count of days. */
export function today(at: Date): number {
  const { year, month, day } = calendarDayOf(at, ZONE);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The day `at` falls on in Berlin, as `dd-MM-yyyy`. */
export function dayText(at: Date): string {
  const { year, month, day } = calendarDayOf(at, ZONE);
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}
