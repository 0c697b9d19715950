import { AbortError, InvalidArgumentError } from '@shopclients/core';
import { requireNumber } from '@shopclients/core/internal';
import { type BulkOrderInput, type OperationId, type Order, operationTable } from '@shopclients/komfortkasse-types';
import { type BulkOrderSubmission, toBulkOrderInput } from './order-input.js';

/** The most orders one `POST /orders` should carry: the API asks to split larger lists to avoid timeouts. */
export const MAX_BATCH_SIZE = 100;
const MAX_CONCURRENCY = 16;

/** Orders to submit in bulk: a list, or anything that yields them, even slowly (a database cursor). */
export type OrderSource = Iterable<BulkOrderSubmission> | AsyncIterable<BulkOrderSubmission>;

/** A batch the API took: the orders as it stored them. */
export interface SubmittedBatch {
  ok: true;
  /** Position of the batch in the input, from 0. */
  index: number;
  orderNumbers: string[];
  orders: Order[];
}

/** A batch that was not (or may not have been) stored, with the orders it held, to send again. */
export interface FailedBatch {
  ok: false;
  index: number;
  orderNumbers: string[];
  error: unknown;
  submissions: BulkOrderSubmission[];
}

/** One batch of `submitAll`: submitted, or failed with its error and its orders. */
export type BatchResult = SubmittedBatch | FailedBatch;

/** What `submitAll` did with every batch; a failed batch keeps its orders, so none is lost silently. */
export interface SubmitAllResult {
  /** Every batch in input order. */
  batches: BatchResult[];
  failed: FailedBatch[];
  /** Every order number read from the input, in input order. */
  orderNumbers: string[];
  submittedCount: number;
  failedCount: number;
}

/** What `onProgress` receives each time a batch settles. */
export interface SubmitAllProgress {
  /** The batch that just settled. */
  batch: BatchResult;
  batchesDone: number;
  submittedCount: number;
  failedCount: number;
}

export interface BulkSettings {
  batchSize?: number | undefined;
  concurrency?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Called each time a batch settles (submitted or failed). */
  onProgress?: ((progress: SubmitAllProgress) => void) | undefined;
}

interface Batch {
  index: number;
  submissions: BulkOrderSubmission[];
  orderNumbers: string[];
  /** The request body, or why the batch cannot be sent. */
  bodies: BulkOrderInput[] | InvalidArgumentError;
}

/**
 * Submits `source` in batches of at most `batchSize`, `concurrency` at a time. A list is checked as
 * a whole before anything is sent; orders that arrive from an iterable are checked batch by batch,
 * and a batch holding a bad or repeated order fails without being sent. Every other failure is
 * that batch's alone: the others go on, and the result lists each failed batch with its orders.
 */
export async function submitInBatches(
  source: OrderSource,
  settings: BulkSettings,
  timeZone: string,
  send: (bodies: BulkOrderInput[]) => Promise<Order[]>,
  /** The operation each batch is sent with, for errors. */
  operationId: OperationId,
): Promise<SubmitAllResult> {
  const batchSize = requireNumber('options.batchSize', settings.batchSize ?? MAX_BATCH_SIZE, { integer: true, min: 1, max: MAX_BATCH_SIZE });
  const concurrency = requireNumber('options.concurrency', settings.concurrency ?? 2, { integer: true, min: 1, max: MAX_CONCURRENCY });
  if (settings.onProgress !== undefined && typeof settings.onProgress !== 'function') {
    throw new InvalidArgumentError('options.onProgress', 'must be a function');
  }
  const batches = Array.isArray(source) ? checkedList(source, batchSize, timeZone) : readBatches(source, batchSize, timeZone);

  const result: SubmitAllResult = { batches: [], failed: [], orderNumbers: [], submittedCount: 0, failedCount: 0 };
  const running = new Set<Promise<void>>();
  let progressError: { error: unknown } | undefined;
  let batchesDone = 0;
  const settle = (batch: BatchResult) => {
    result.batches[batch.index] = batch;
    batchesDone++;
    if (batch.ok) result.submittedCount += batch.orderNumbers.length;
    else {
      result.failed.push(batch);
      result.failedCount += batch.orderNumbers.length;
    }
    try {
      settings.onProgress?.({ batch, batchesDone, submittedCount: result.submittedCount, failedCount: result.failedCount });
    } catch (error) {
      progressError ??= { error };
    }
  };
  const run = async (batch: Batch): Promise<BatchResult> => {
    const { index, orderNumbers, submissions } = batch;
    if (batch.bodies instanceof Error) return { ok: false, index, orderNumbers, error: batch.bodies, submissions };
    try {
      return { ok: true, index, orderNumbers, orders: await send(batch.bodies) };
    } catch (error) {
      return { ok: false, index, orderNumbers, error, submissions };
    }
  };

  try {
    for await (const batch of batches) {
      if (settings.signal?.aborted || progressError) break;
      result.orderNumbers.push(...batch.orderNumbers);
      const task: Promise<void> = run(batch)
        .then(settle)
        .finally(() => running.delete(task));
      running.add(task);
      if (running.size >= concurrency) await Promise.race(running);
    }
  } finally {
    // Also when the input throws: nothing is left running behind the caller's back.
    await Promise.all(running);
  }
  if (progressError) throw progressError.error;
  if (settings.signal?.aborted) {
    throw new AbortError(`orders.submitAll: aborted by the caller after ${result.submittedCount} orders were submitted`, {
      operation: operationId,
      request: { method: operationTable[operationId].method.toUpperCase(), url: '' },
      cause: settings.signal.reason,
    });
  }
  return result;
}

/** A whole list, checked before anything is sent: the first bad or repeated order throws. */
function* checkedList(orders: readonly BulkOrderSubmission[], batchSize: number, timeZone: string): Generator<Batch> {
  const seen = new Set<string>();
  const bodies = orders.map((order, index) => checkedOrder(order, index, seen, timeZone));
  for (let start = 0; start < orders.length; start += batchSize) {
    const part = bodies.slice(start, start + batchSize);
    yield { index: start / batchSize, submissions: orders.slice(start, start + batchSize), orderNumbers: part.map((body) => body.number), bodies: part };
  }
}

/** Batches read from an iterable as they are needed; a batch with a bad order carries the error instead. */
async function* readBatches(source: OrderSource, batchSize: number, timeZone: string): AsyncGenerator<Batch> {
  if (source === null || typeof source !== 'object' || !(Symbol.iterator in source || Symbol.asyncIterator in source)) {
    throw new InvalidArgumentError('orders', 'must be an array, an iterable or an async iterable of orders');
  }
  const seen = new Set<string>();
  let submissions: BulkOrderSubmission[] = [];
  let count = 0;
  let index = 0;
  const batch = (): Batch => {
    const first = count - submissions.length;
    let bodies: BulkOrderInput[] | InvalidArgumentError;
    try {
      bodies = submissions.map((order, offset) => checkedOrder(order, first + offset, seen, timeZone));
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error;
      bodies = error;
    }
    const orderNumbers = submissions.map((order) => (typeof order?.number === 'string' ? order.number : String(order?.number)));
    const made = { index: index++, submissions, orderNumbers, bodies };
    submissions = [];
    return made;
  };
  for await (const order of source) {
    submissions.push(order);
    count++;
    if (submissions.length === batchSize) yield batch();
  }
  if (submissions.length > 0) yield batch();
}

function checkedOrder(order: BulkOrderSubmission, index: number, seen: Set<string>, timeZone: string): BulkOrderInput {
  const body = toBulkOrderInput(`orders[${index}]`, order, timeZone);
  // Two batches in flight with the same order would race to decide which version is stored.
  if (seen.has(body.number)) throw new InvalidArgumentError(`orders[${index}].number`, `repeats order number ${JSON.stringify(body.number)}`);
  seen.add(body.number);
  return body;
}
