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
