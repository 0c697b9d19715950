import { InvalidArgumentError, describe, requireDate } from '@shopclients/core';

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
  if (typeof value === 'string') {
    const dayFirst = DAY_FIRST.exec(value);
    if (dayFirst) return checkedDay(argument, value, Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
    const iso = ISO_DAY.exec(value);
    if (iso) return checkedDay(argument, value, Number(iso[1]), Number(iso[2]), Number(iso[3]));
    throw new InvalidArgumentError(argument, `must be a Date, "dd-MM-yyyy" or "yyyy-MM-dd", got ${describe(value)}`);
  }
  const date = requireDate(argument, value);
  const parts = dayFormatter(timeZone).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}

/** Reads a `dd-MM-yyyy` day from the API as a `Date` at midnight UTC of that day. */
export function fromKomfortkasseDate(value: KomfortkasseDate): Date {
  const match = DAY_FIRST.exec(value);
  if (!match) throw new InvalidArgumentError('date', `must be "dd-MM-yyyy", got ${describe(value)}`);
  checkedDay('date', value, Number(match[3]), Number(match[2]), Number(match[1]));
  return new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])));
}

function checkedDay(argument: string, original: string, year: number, month: number, day: number): KomfortkasseDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new InvalidArgumentError(argument, `${JSON.stringify(original)} is not a real calendar day`);
  }
  return `${pad(day)}-${pad(month)}-${year}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
