import { InvalidArgumentError, requireJson, requireObject, requireText } from '@shopclients/core';
import type { BulkOrderInput, OrderInput, RefundInput } from '@shopclients/komfortkasse-types';
import { toCents } from './amounts.js';
import { type DateInput, toKomfortkasseDate } from './dates.js';

/** An order to submit, with days as `Date` or text and amounts rounded to cents on the way out. */
export type OrderSubmission = Omit<OrderInput, 'date' | 'dueDate'> & { date: DateInput; dueDate?: DateInput };
/** An order for the bulk submit: as `OrderSubmission`, plus its order number. */
export type BulkOrderSubmission = Omit<BulkOrderInput, 'date' | 'dueDate'> & { date: DateInput; dueDate?: DateInput };
/** A refund to create, with `plannedDate` as `Date` or text. */
export type RefundSubmission = Omit<RefundInput, 'plannedDate'> & { plannedDate: DateInput };

/** The order as the API wants it, or an error naming the first argument that cannot be sent. */
export function toOrderInput(argument: string, order: unknown, timeZone: string): OrderInput {
  const fields = requireObject(argument, order);
  const body: Record<string, unknown> = { ...fields };
  body.date = toKomfortkasseDate(`${argument}.date`, required(argument, fields, 'date') as DateInput, timeZone);
  if (fields.dueDate !== undefined) body.dueDate = toKomfortkasseDate(`${argument}.dueDate`, fields.dueDate as DateInput, timeZone);
  body.amount = toCents(`${argument}.amount`, required(argument, fields, 'amount'));
  return requireJson(argument, body) as OrderInput;
}

export function toBulkOrderInput(argument: string, order: unknown, timeZone: string): BulkOrderInput {
  const body = toOrderInput(argument, order, timeZone) as BulkOrderInput;
  requireText(`${argument}.number`, body.number);
  return body;
}

export function toRefundInput(argument: string, refund: unknown, timeZone: string): RefundInput {
  const fields = requireObject(argument, refund);
  required(argument, fields, 'externalReference');
  required(argument, fields, 'currency');
  return requireJson(argument, {
    ...(fields as RefundInput),
    amount: toCents(`${argument}.amount`, required(argument, fields, 'amount')),
    plannedDate: toKomfortkasseDate(`${argument}.plannedDate`, required(argument, fields, 'plannedDate') as DateInput, timeZone),
  });
}

function required(argument: string, fields: Record<string, unknown>, name: string): unknown {
  if (fields[name] === undefined || fields[name] === null) throw new InvalidArgumentError(`${argument}.${name}`, 'is required');
  return fields[name];
}
