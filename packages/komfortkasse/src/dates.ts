import { InvalidArgumentError } from '@shopclients/core';
import { type CalendarDay, calendarDayOf, describeValue, requireCalendarDay, requireDate } from '@shopclients/core/internal';

/** A calendar day as the API wants it: `dd-MM-yyyy`, e.g. `25-04-2018`. */
export type KomfortkasseDate = string;

/** What a caller may pass where the API wants a day: a `Date`, `dd-MM-yyyy`, or ISO `yyyy-MM-dd`. */
export type DateInput = Date | string;

const DAY_FIRST = /^(\d{2})-(\d{2})-(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns a date into `dd-MM-yyyy`. A `Date` is read as the calendar day it falls on in `timeZone`
 * (Komfortkasse is a German service, so the client's default is Europe/Berlin).
 */
export function toKomfortkasseDate(argument: string, value: DateInput, timeZone: string): KomfortkasseDate {
  if (typeof value !== 'string') return format(calendarDayOf(requireDate(argument, value), timeZone));
  const dayFirst = DAY_FIRST.exec(value);
  if (dayFirst) return format(requireCalendarDay(argument, value, Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])));
  const iso = ISO_DAY.exec(value);
  if (iso) return format(requireCalendarDay(argument, value, Number(iso[1]), Number(iso[2]), Number(iso[3])));
  throw new InvalidArgumentError(argument, `must be a Date, "dd-MM-yyyy" or "yyyy-MM-dd", got ${describeValue(value)}`);
}

/**
 * Reads a `dd-MM-yyyy` day from the API as a `Date` at midnight UTC of that day.
 * @example
 * ```ts
 * import { fromKomfortkasseDate } from '@shopclients/komfortkasse';
 *
 * const day = fromKomfortkasseDate('25-04-2018'); // 2018-04-25T00:00:00.000Z
 * const { dueDate } = await komfortkasse.orders.get('10001');
 * if (dueDate !== undefined && fromKomfortkasseDate(dueDate) < new Date()) console.log('overdue since', dueDate);
 * ```
 */
export function fromKomfortkasseDate(value: KomfortkasseDate): Date {
  const match = DAY_FIRST.exec(value);
  if (!match) throw new InvalidArgumentError('date', `must be "dd-MM-yyyy", got ${describeValue(value)}`);
  const { year, month, day } = requireCalendarDay('date', value, Number(match[3]), Number(match[2]), Number(match[1]));
  return new Date(Date.UTC(year, month - 1, day));
}

/** `day` (`dd-MM-yyyy`) if it lies after today in `timeZone`, else an error naming `argument`. */
export function requireFutureDay(argument: string, day: KomfortkasseDate, timeZone: string, now: Date = new Date()): KomfortkasseDate {
  const sortable = (text: KomfortkasseDate) => text.split('-').reverse().join('-');
  const today = format(calendarDayOf(now, timeZone));
  if (sortable(day) <= sortable(today)) throw new InvalidArgumentError(argument, `must lie in the future (after ${today}), got ${day}`);
  return day;
}

function format({ year, month, day }: CalendarDay): KomfortkasseDate {
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}
