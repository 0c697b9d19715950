import { requireJson, requireObject } from '@shopclients/core/internal';
import type { BulkOrderInput, OrderInput, RefundInput } from '@shopclients/komfortkasse-types';
import { toCents } from './amounts.js';
import { type DateInput, requireFutureDay, toKomfortkasseDate } from './dates.js';

/** An order to submit, with days as `Date` or text and amounts rounded to cents on the way out. */
export type OrderSubmission = Omit<OrderInput, 'date' | 'dueDate'> & { date: DateInput; dueDate?: DateInput };
/** An order for the bulk submit: as `OrderSubmission`, plus its order number. */
export type BulkOrderSubmission = Omit<BulkOrderInput, 'date' | 'dueDate'> & { date: DateInput; dueDate?: DateInput };
/** A refund to create, with `plannedDate` as `Date` or text. */
export type RefundSubmission = Omit<RefundInput, 'plannedDate'> & { plannedDate: DateInput };

/**
 * The order as the API wants it: days as `dd-MM-yyyy`, the amount in cents. Whatever else is wrong
 * with it is left to the spec's check, which runs on exactly what this returns.
 */
export function toOrderInput(argument: string, order: unknown, timeZone: string): OrderInput {
  const fields = requireObject(argument, order);
  const body: Record<string, unknown> = { ...fields };
  if (isDateInput(fields.date)) body.date = toKomfortkasseDate(`${argument}.date`, fields.date, timeZone);
  if (isDateInput(fields.dueDate)) body.dueDate = toKomfortkasseDate(`${argument}.dueDate`, fields.dueDate, timeZone);
  if (typeof fields.amount === 'number') body.amount = toCents(`${argument}.amount`, fields.amount);
  return requireJson(argument, body) as OrderInput;
}

export function toBulkOrderInput(argument: string, order: unknown, timeZone: string): BulkOrderInput {
  return toOrderInput(argument, order, timeZone) as BulkOrderInput;
}

/** The refund as the API wants it; `plannedDate` must lie in the future, which the spec cannot say. */
export function toRefundInput(argument: string, refund: unknown, timeZone: string): RefundInput {
  const fields = requireObject(argument, refund);
  const body: Record<string, unknown> = { ...fields };
  if (typeof fields.amount === 'number') body.amount = toCents(`${argument}.amount`, fields.amount);
  if (isDateInput(fields.plannedDate)) {
    const plannedDate = toKomfortkasseDate(`${argument}.plannedDate`, fields.plannedDate, timeZone);
    body.plannedDate = requireFutureDay(`${argument}.plannedDate`, plannedDate, timeZone);
  }
  return requireJson(argument, body) as RefundInput;
}

/** What the conversions understand; anything else is passed on for the spec's check to name. */
function isDateInput(value: unknown): value is DateInput {
  return typeof value === 'string' || value instanceof Date;
}
