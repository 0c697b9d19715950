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

/** The zone, if this runtime knows it. */
export function requireTimeZone(timeZone: string): string {
  try {
    dayFormatter(timeZone);
    return timeZone;
  } catch {
    throw new InvalidArgumentError('timeZone', `is not a time zone this runtime knows: ${JSON.stringify(timeZone)}`);
  }
}

/** The calendar day a point in time falls on in `timeZone`. */
export function calendarDayOf(date: Date, timeZone: string): CalendarDay {
  const parts = dayFormatter(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
