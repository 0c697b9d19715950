import { InvalidArgumentError } from '@shopclients/core';
import { type CalendarDay, calendarDayOf, describeValue, requireCalendarDay, requireDate } from '@shopclients/core/internal';

/** What a caller may pass for a day: a `Date`, a day `yyyy-MM-dd`, or an ISO 8601 date-time with a zone. */
export type DateInput = Date | string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * Turns a day into the API's `yyyy-MM-dd`. A day is taken as written; a `Date` or a date-time is a
 * point in time and stands for the calendar day it falls on in `timeZone`.
 */
export function toIomDate(argument: string, value: DateInput, timeZone: string): string {
  if (typeof value !== 'string') return format(calendarDayOf(requireDate(argument, value), timeZone));
  const day = ISO_DAY.exec(value);
  if (day) return format(checkedDay(argument, value, day));
  const dateTime = ISO_DATE_TIME.exec(value);
  if (dateTime) {
    // Date.parse would roll an impossible day such as 02-30 over into March.
    checkedDay(argument, value, dateTime);
    return format(calendarDayOf(requireDate(argument, new Date(value)), timeZone));
  }
  throw new InvalidArgumentError(argument, `must be a Date, "yyyy-MM-dd" or an ISO date-time with a zone, got ${describeValue(value)}`);
}

function checkedDay(argument: string, written: string, [, year, month, day]: RegExpExecArray): CalendarDay {
  return requireCalendarDay(argument, written, Number(year), Number(month), Number(day));
}

function format({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A point in time as the API's `date-time`: a `Date` (sent in UTC), or an ISO 8601 date-time with a
 * zone (sent as written). A day alone is refused: it names no point in time.
 */
export function toIomDateTime(argument: string, value: Date | string): string {
  if (typeof value !== 'string') return requireDate(argument, value).toISOString();
  const dateTime = ISO_DATE_TIME.exec(value);
  if (!dateTime) throw new InvalidArgumentError(argument, `must be a Date or an ISO date-time with a zone, got ${describeValue(value)}`);
  checkedDay(argument, value, dateTime);
  requireDate(argument, new Date(value));
  return value;
}
