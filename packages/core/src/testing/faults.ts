/** An answer that a fault puts in the server's place: a status, and optionally a raw body and headers. */
export interface FaultAnswer {
  status: number;
  /** Sent as `Retry-After` (seconds or an HTTP date). */
  retryAfter?: number | string | undefined;
  /** The raw body (default: the server's own error body for the status, or none). */
  body?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/**
 * How the answer of work that was done gets lost or spoiled on its way back:
 * - `'reset'`: the connection drops; `'stall'`: nothing arrives until the client gives up;
 * - `'cut-body'`: status and headers announce the whole body, half of it arrives, then the connection drops;
 * - `'stall-body'`: status, headers and half the body arrive, then nothing until the client gives up;
 * - `'bare-status'`: the status alone, without the API's headers or body;
 * - a {@link FaultAnswer}: another answer instead (a proxy's 502 page, a 200 with a body that is no JSON).
 */
export type Loss = 'reset' | 'stall' | 'cut-body' | 'stall-body' | 'bare-status' | FaultAnswer;

/**
 * A failure a test server (a fake, or a test's own server) can be told to produce, for testing a
 * caller's error paths. Before the work, nothing is done:
 * - `{ status, retryAfter?, body?, headers? }` answers with that status (400–599: a 429 with
 *   `Retry-After`, a 500, a proxy's 503) and changes nothing;
 * - `'reset'` drops the connection; `'stall'` never answers (until the request is aborted, e.g. by the
 *   client's timeout).
 *
 * The work is done (state changes, an order is created), then:
 * - `'lose-answer'`: the connection drops, as a network failure after the server committed would
 *   (the same as `{ after: 'reset' }`);
 * - `{ after: loss }`: the answer is lost or spoiled as {@link Loss} says;
 * - `{ delayMs }`: the answer arrives `delayMs` late (a slow server);
 * - `{ lateMs }`: the request is held, the work done `lateMs` later, and nothing is ever answered.
 */
export type Fault = FaultAnswer | 'reset' | 'stall' | 'lose-answer' | { after: Loss } | { delayMs: number } | { lateMs: number };

/**
 * What a test server does with one request: answer (perhaps late), cut the answer's body, stall
 * after the first half of its body, drop the connection, or never answer.
 */
export type Outcome =
  | { kind: 'response'; response: Response; delayMs?: number | undefined }
  | { kind: 'cut-body'; response: Response }
  | { kind: 'stall-body'; response: Response }
  | { kind: 'reset' }
  | { kind: 'stall' };

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

function checkFault(fault: Fault): void {
  const status = (answer: FaultAnswer, lowest: number) => {
    if (!Number.isInteger(answer.status) || answer.status < lowest || answer.status > 599) {
      throw new TypeError(`a fault status must be ${lowest}–599, got ${String(answer.status)}`);
    }
  };
  const ms = (value: number, name: string) => {
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a number of milliseconds ≥ 0, got ${String(value)}`);
  };
  if (typeof fault !== 'object') {
    if (!['reset', 'stall', 'lose-answer'].includes(fault)) throw new TypeError(`unknown fault ${JSON.stringify(fault)}`);
  } else if ('status' in fault) status(fault, 400);
  else if ('after' in fault) {
    if (typeof fault.after === 'object') status(fault.after, 100);
    else if (!['reset', 'stall', 'cut-body', 'stall-body', 'bare-status'].includes(fault.after))
      throw new TypeError(`unknown loss ${JSON.stringify(fault.after)}`);
  } else if ('delayMs' in fault) ms(fault.delayMs, 'delayMs');
  else if ('lateMs' in fault) ms(fault.lateMs, 'lateMs');
  else throw new TypeError(`unknown fault ${JSON.stringify(fault)}`);
}

/** Faults planned for coming calls, used up in the order they were planned. */
export class FaultPlan<Id extends string = string> {
  readonly #planned: Planned<Id>[] = [];

  add(fault: Fault, options: FaultOptions<Id> = {}): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new TypeError(`times must be a whole number ≥ 1, got ${String(options.times)}`);
    checkFault(fault);
    this.#planned.push({ fault, operation: options.operation, remaining: times });
  }

  /** The fault for this call, if one is planned for it; uses it up. */
  take(operationId?: Id): Fault | undefined {
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

/** The response a {@link FaultAnswer} stands for, on top of `base` (the server's own error answer for its status). */
export function faultResponse(answer: FaultAnswer, base?: Response): Response {
  const headers = new Headers(answer.body === undefined ? base?.headers : undefined);
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.set(name, value);
  if (answer.retryAfter !== undefined) headers.set('retry-after', String(answer.retryAfter));
  return new Response(answer.body ?? (base ? base.body : null), { status: answer.status, headers });
}

/**
 * What happens to one request under `fault`: `work` does what the server does and gives its answer;
 * `refusal` gives the server's own error answer for a fault's status (its body and headers are used
 * unless the fault brings its own).
 */
export async function applyFault(fault: Fault | undefined, work: () => Promise<Response>, refusal?: (status: number) => Response): Promise<Outcome> {
  if (fault === undefined) return { kind: 'response', response: await work() };
  if (fault === 'reset' || fault === 'stall') return { kind: fault };
  if (fault === 'lose-answer') return applyFault({ after: 'reset' }, work, refusal);
  if ('status' in fault) return { kind: 'response', response: faultResponse(fault, fault.body === undefined ? refusal?.(fault.status) : undefined) };
  if ('lateMs' in fault) {
    const timer = setTimeout(() => void work().catch(() => undefined), fault.lateMs) as { unref?: () => void };
    timer.unref?.();
    return { kind: 'stall' };
  }
  const response = await work();
  if ('delayMs' in fault) return { kind: 'response', response, delayMs: fault.delayMs };
  const loss = fault.after;
  if (typeof loss === 'object') return { kind: 'response', response: faultResponse(loss) };
  switch (loss) {
    case 'reset':
    case 'stall':
      return { kind: loss };
    case 'cut-body':
    case 'stall-body':
      return { kind: loss, response };
    case 'bare-status':
      return { kind: 'response', response: new Response(null, { status: response.status }) };
  }
}

/** The error a dropped connection gives `fetch` (undici's shape: a TypeError whose cause has the code). */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error('socket hang up (connection reset by the fake)'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** Never settles until the signal aborts. */
function untilAborted(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** A response whose body delivers its first half and then fails (`cut-body`) or waits for the abort (`stall-body`). */
async function halfBody(response: Response, then: 'cut-body' | 'stall-body', signal: AbortSignal | null | undefined): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  const headers = new Headers(response.headers);
  headers.set('content-length', String(bytes.length));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(half);
      if (then === 'cut-body') controller.error(connectionReset());
      else untilAborted(signal).catch((reason: unknown) => controller.error(reason));
    },
  });
  return new Response(body, { status: response.status, headers });
}

/** Plays an outcome in process, as `fetch` would see it over a network. */
export async function outcomeResponse(outcome: Outcome, signal: AbortSignal | null | undefined): Promise<Response> {
  switch (outcome.kind) {
    case 'response':
      if (outcome.delayMs) await wait(outcome.delayMs, signal);
      return outcome.response;
    case 'cut-body':
    case 'stall-body':
      return halfBody(outcome.response, outcome.kind, signal);
    case 'reset':
      throw connectionReset();
    case 'stall':
      return untilAborted(signal);
  }
}
