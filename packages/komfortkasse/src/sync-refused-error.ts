import { ShopclientsError } from '@shopclients/core';
import type { SubmitAllResult } from './bulk-submit.js';

/**
 * `orders.submitAllAndSync` did not send the sync because some orders failed to submit: a sync on a
 * partial list would mark open orders LEGACY. `result` holds every batch, the failed ones with their
 * error and orders; submit those again, then sync.
 */
export class SyncRefusedError extends ShopclientsError {
  override name = 'SyncRefusedError';
  readonly result: SubmitAllResult;

  /**
   * The refusal of a sync after `result`, a submit in which some batches failed.
   * @example
   * ```ts
   * import { SyncRefusedError } from '@shopclients/komfortkasse';
   *
   * // A routine of your own that refuses to sync after a partial submit, as submitAllAndSync does:
   * const result = await komfortkasse.orders.submitAll(openOrders);
   * if (result.failedCount > 0) throw new SyncRefusedError(result);
   * await komfortkasse.orders.sync(result.orderNumbers, { isCompleteList: true });
   * ```
   */
  constructor(result: SubmitAllResult) {
    const batches = result.failed.length;
    super(
      `orders.submitAllAndSync: ${result.failedCount} orders in ${batches} batch${batches === 1 ? '' : 'es'} failed to submit, so the sync was not sent (a sync on a partial list marks open orders LEGACY); the first error: ${errorMessage(result.failed[0]?.error)}`,
    );
    this.result = result;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
