import type { RequestOptions } from './client-options.js';
import { type ReconcileMessage, publishReconcile } from './diagnostics.js';
import { AbortError, ApiError, ConnectionError, type RequestSummary } from './errors.js';
import type { SafeLog } from './logger.js';
import type { NaturalKey } from './operations/policy.js';
import { KeyConflictError, type KeyValue, OutcomeUnknownError } from './outcome-unknown.js';
import { type RetryPolicy, backoffDelay, sleep } from './retry.js';

/** The two steps of reconciling one create. */
export interface CreateSteps<T, Options extends RequestOptions> {
  /** Sends the create once. */
  send(options: Options): Promise<T>;
  /**
   * What a create with this key made, `undefined` if nothing; throws `KeyConflictError` when another
   * resource holds the key, and anything else when the answer cannot tell.
   */
  readBack(key: string, options: Options): Promise<T | undefined>;
}

/** A create's result; `reconciled` is set when its answer was lost and it was read back by its key. */
export type Reconciled<T> = T & { readonly reconciled?: true };

export interface ReconcilePlan {
  /** The API's name in diagnostics events. */
  api?: string;
  operation: string;
  naturalKey: NaturalKey;
  key: string;
  /** Re-sends allowed once a read-back confirmed that nothing was created. */
  maxResends: number;
  policy: RetryPolicy;
  redact: (text: string) => string;
  log: SafeLog | undefined;
}

/** Statuses by which an intermediary says it lost the way to the server, whatever the server did. */
const INTERMEDIARY_STATUSES = new Set([502, 503, 504]);
type Outcome =
  /** The request may or may not have reached the server and been carried out. */
  | 'unknown'
  /** A success status arrived but the answer was unusable: created, by the server's word. */
  | 'answered'
  /** Rejected, perhaps because the key is taken. */
  | 'rejected'
  /** The server's final word, or the caller's abort. */
  | 'final';

/** What a failed attempt says of the create; `takenStatuses` are the API's answers to a taken key. */
export function outcomeOf(error: unknown, takenStatuses: readonly number[]): Outcome {
  if (!(error instanceof ApiError) || error instanceof AbortError) return 'final';
  if (error instanceof ConnectionError) return 'unknown';
  const status = error.status;
  if (status === undefined) return 'final';
  if (status >= 200 && status < 300) return 'answered';
  if (INTERMEDIARY_STATUSES.has(status)) return 'unknown';
  return takenStatuses.includes(status) ? 'rejected' : 'final';
}

/**
 * Sends a create; when its outcome is unknown, reads it back by its natural key. Found: resolves
 * with what was created, marked `reconciled`. Not found: reads back once more after a backoff
 * delay (the first request may still be on its way), and only then re-sends, within `maxResends`.
 * A re-send rejected as if its key were taken is read back too. When no read-back can decide,
 * throws `OutcomeUnknownError`.
 */
export async function reconcileCreate<T extends object, Options extends RequestOptions>(
  plan: ReconcilePlan,
  options: Options | undefined,
  steps: CreateSteps<T, Options>,
): Promise<Reconciled<T>> {
  const { operation, naturalKey } = plan;
  const key: KeyValue = { field: naturalKey.field, value: plan.key };
  const label = `${key.field} ${JSON.stringify(key.value)}`;
  // Each attempt is sent once; the call's maxRetries is the re-send budget, and read-backs retry as reads do.
  const sendOptions = { ...options, maxRetries: 0 } as Options;
  const readOptions = { ...options, maxRetries: undefined } as Options;
  const tried: string[] = [];
  let last: ApiError | undefined;
  let attempt = 1;
  const step = (name: ReconcileMessage['step'], outcome: ReconcileMessage['outcome']) =>
    publishReconcile(() => ({
      api: plan.api ?? '',
      operation,
      readBack: naturalKey.readBack,
      key: { field: key.field, value: plan.redact(key.value) },
      attempt,
      step: name,
      outcome,
    }));

  const unknown = (why: string, cause: unknown): OutcomeUnknownError =>
    new OutcomeUnknownError(plan.redact(`${operation}: outcome unknown for ${label}: ${why} (tried: ${tried.join('; ')})`), {
      operation,
      request: last?.request ?? ({ method: '', url: '' } satisfies RequestSummary),
      attempts: tried.filter((entry) => entry.startsWith(`${operation} `)).length,
      key,
      tried: [...tried],
      cause,
    });

  /** The created resource, `undefined` when absent; an undecidable read-back ends the call. */
  const readBack = async (next: () => ReconcileMessage['outcome']): Promise<T | undefined> => {
    try {
      const found = await steps.readBack(plan.key, readOptions);
      tried.push(`${naturalKey.readBack}: ${found === undefined ? 'not found' : 'found'}`);
      step(found === undefined ? 'not-found' : 'found', found === undefined ? next() : 'reconciled');
      return found;
    } catch (error) {
      if (error instanceof AbortError) throw error;
      tried.push(`${naturalKey.readBack}: ${describe(error)}`);
      // Another resource holds the key: the server's final word on this call, never a reason to re-send.
      step(error instanceof KeyConflictError ? 'mismatch' : 'undecided', error instanceof KeyConflictError ? 'conflict' : 'unknown');
      if (error instanceof KeyConflictError) throw error;
      throw unknown(`${naturalKey.readBack} could not tell whether it exists`, error);
    }
  };
  const settle = async (retry: number): Promise<void> => {
    const delay = backoffDelay(retry, plan.policy);
    try {
      await sleep(delay, options?.signal);
    } catch (reason) {
      throw new AbortError(`${operation}: aborted by the caller while reconciling ${label}`, {
        operation,
        request: last?.request ?? { method: '', url: '' },
        attempts: tried.length,
        cause: reason,
      });
    }
  };
  const resolved = (found: T): Reconciled<T> => {
    plan.log?.('info', `${operation}: reconciled: ${naturalKey.readBack} found ${label} after ${tried.join('; ')}`);
    return { ...found, reconciled: true };
  };

  for (; ; attempt++) {
    let outcome: Outcome;
    try {
      const created = await steps.send(sendOptions);
      if (attempt > 1) step('re-send', 'created');
      return created;
    } catch (error) {
      outcome = outcomeOf(error, naturalKey.takenStatuses);
      if (attempt > 1) step('re-send', 'failed');
      // A first attempt's rejection is the server's answer to this call: a taken key was taken before it.
      if (outcome === 'final' || (outcome === 'rejected' && attempt === 1)) throw error;
      last = error as ApiError;
      tried.push(`${operation} attempt ${attempt}: ${describe(error)}`);
    }
    plan.log?.('warn', `${operation}: ${last.name}${last.status ? ` ${last.status}` : ''}; reading back ${label} with ${naturalKey.readBack}`);

    const found = await readBack(() => (outcome === 'rejected' ? 'rejected' : 'read-again'));
    if (found !== undefined) return resolved(found);
    if (outcome === 'rejected') throw last;

    // Not there yet. The first request may still be on its way: look again after a delay.
    await settle(attempt - 1);
    const late = await readBack(() => (outcome === 'answered' || attempt > plan.maxResends ? 'unknown' : 're-send'));
    if (late !== undefined) return resolved(late);
    if (outcome === 'answered') throw unknown(`the server answered ${last.status} but ${naturalKey.readBack} does not find it`, last);
    if (attempt > plan.maxResends) throw unknown(`not found after ${attempt} attempt(s) and no re-send left; it may still arrive`, last);
    plan.log?.('warn', `${operation}: ${label} not found; sending again (retry ${attempt} of ${plan.maxResends})`);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.name : 'failed';
  return `${error.name}${error.status === undefined ? '' : ` ${error.status}`}`;
}
