import type { ApiUnderTest } from './api.js';
import { describeFaults } from './faults.js';
import { describeLoad } from './load.js';
import { describeLocalRefusals } from './local-refusals.js';
import { describeReconcile } from './reconcile.js';

export type { ApiUnderTest, CallOptions, KeyedCreate, LocalRow, SafeRead, SentRequest, UnsafeCall, Verdict } from './api.js';
export { failure } from './faults.js';
export { type StorePlan, firstAttempt, uniqueKey } from './reconcile.js';

/**
 * The reliability suite, the same for both APIs: faults, lost answers reconciled by natural key, load,
 * and the arguments a careless or hostile caller passes. Returns the reconcile suite's store and
 * client for the API's own cases.
 */
export function describeReliability<C>(api: ApiUnderTest<C>) {
  describeFaults(api);
  describeLoad(api);
  describeLocalRefusals(api);
  return describeReconcile(api);
}
