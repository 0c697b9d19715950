/**
 * A failure the fake can be told to produce, for testing a caller's error paths:
 * - `{ status, retryAfter? }` answers with that status (e.g. 429 with `Retry-After`, 500, 503) and
 *   changes nothing;
 * - `'reset'` drops the connection before anything is done;
 * - `'stall'` never answers (until the request is aborted, e.g. by the client's timeout);
 * - `'lose-answer'` does the work (state changes, an order is created) and then drops the
 *   connection, as a network failure after the server committed would.
 */
export type Fault = { status: number; retryAfter?: number | string | undefined } | 'reset' | 'stall' | 'lose-answer';

export interface FaultOptions<Id extends string> {
  /** Only calls of this operation (default: whichever call comes next). */
  operation?: Id | undefined;
  /** How many matching calls fail this way (default 1). */
  times?: number | undefined;
}

interface Planned<Id extends string> {
  fault: Fault;
  operation: Id | undefined;
  remaining: number;
}

/** Faults planned for coming calls, used up in the order they were planned. */
export class FaultPlan<Id extends string> {
  readonly #planned: Planned<Id>[] = [];

  add(fault: Fault, options: FaultOptions<Id> = {}): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new TypeError(`times must be a whole number ≥ 1, got ${String(options.times)}`);
    if (typeof fault === 'object' && (!Number.isInteger(fault.status) || fault.status < 400 || fault.status > 599)) {
      throw new TypeError(`a fault status must be 400–599, got ${String(fault.status)}`);
    }
    this.#planned.push({ fault, operation: options.operation, remaining: times });
  }

  /** The fault for this call, if one is planned for it; uses it up. */
  take(operationId: Id | undefined): Fault | undefined {
    const index = this.#planned.findIndex((planned) => planned.operation === undefined || planned.operation === operationId);
    const planned = this.#planned[index];
    if (!planned) return undefined;
    if (--planned.remaining === 0) this.#planned.splice(index, 1);
    return planned.fault;
  }

  clear(): void {
    this.#planned.length = 0;
  }

  get pending(): number {
    return this.#planned.reduce((sum, planned) => sum + planned.remaining, 0);
  }
}

/** The error a dropped connection gives `fetch` (undici's shape: a TypeError whose cause has the code). */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error('socket hang up (connection reset by the fake)'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}
