import { describeValue } from './arguments.js';
import { InvalidArgumentError } from './errors.js';

/** A day of the Gregorian calendar, month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The day, or an error naming `argument` when it does not exist (31 February, month 13). */
export function requireCalendarDay(argument: string, written: string, year: number, month: number, day: number): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new InvalidArgumentError(argument, `${JSON.stringify(written)} is not a real calendar day`);
  }
  return { year, month, day };
}

// Knowing whether a zone exists takes ICU's time zone data, which costs tens of milliseconds and
// megabytes to load. A client therefore checks only the shape of its zone's name when it is built
// (`requireTimeZoneName`) and the zone itself the first time a `Date` is read in it (`calendarDayOf`),
// which is still before anything is sent.
const TIME_ZONE_NAME = /^[A-Za-z][\w+-]{0,63}(?:\/[\w+-]{1,64}){0,3}$/;

/** A name shaped like an IANA zone ('UTC', 'Europe/Berlin', 'Etc/GMT+1'), without loading ICU to look it up. */
export function requireTimeZoneName(timeZone: string): string {
  if (typeof timeZone !== 'string' || !TIME_ZONE_NAME.test(timeZone)) throw unknownTimeZone(timeZone);
  return timeZone;
}

/** The zone, if this runtime knows it. */
export function requireTimeZone(timeZone: string): string {
  dayFormatter(requireTimeZoneName(timeZone));
  return timeZone;
}

// Zones the IANA database defines as UT offset 0 for all time (`Etc/UTC`, `Etc/GMT` and their links
// `UTC`, `GMT`), in any case as Intl accepts them: their day needs no ICU, whose start alone costs
// about 10 ms in a fresh process. IOM's default zone is UTC.
const ZERO_OFFSET_ZONE = /^(?:etc\/)?(?:utc|gmt)$/i;

/** The calendar day a point in time falls on in `timeZone`; an unknown zone is an `InvalidArgumentError` about `timeZone`. */
export function calendarDayOf(date: Date, timeZone: string): CalendarDay {
  if (ZERO_OFFSET_ZONE.test(timeZone)) return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  const parts = dayFormatter(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      throw unknownTimeZone(timeZone);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function unknownTimeZone(timeZone: unknown): InvalidArgumentError {
  return new InvalidArgumentError('timeZone', `is not a time zone this runtime knows: ${describeValue(timeZone)}`);
}
