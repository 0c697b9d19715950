import { parseRetryAfter } from './retry.js';

interface Waiter {
  admit: () => void;
}

/**
 * Paces the requests of one client: at most `maxConcurrency` in flight (the rest wait in line, first
 * come first served), and when one of them is answered 429 with a `Retry-After`, every request of
 * the client waits until that moment instead of each meeting the limit on its own (as Octokit's
 * throttling plugin does). A `Retry-After` longer than `maxPauseMs` starts no pause: calls are not
 * held for longer than a single call would wait for its own retry.
 */
export class CallLimiter {
  readonly #maxConcurrency: number;
  readonly #maxPauseMs: number;
  readonly #queue: Waiter[] = [];
  #inFlight = 0;
  #pausedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { maxConcurrency?: number | undefined; maxPauseMs: number }) {
    this.#maxConcurrency = options.maxConcurrency ?? Number.POSITIVE_INFINITY;
    this.#maxPauseMs = options.maxPauseMs;
  }

  /**
   * Runs `task` once a slot is free and no pause is on, holding the slot until it settles. If
   * `signal` aborts during the wait, `task` runs at once without a slot: the limiter only delays a
   * request, and the task's own abort handling decides how the call ends.
   */
  run<T extends { response: Response }>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.#queue.length === 0 && this.#canStart()) return this.#hold(task);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          signal?.removeEventListener('abort', onAbort);
          this.#hold(task).then(resolve, reject);
        },
      };
      const onAbort = () => {
        this.#queue.splice(this.#queue.indexOf(waiter), 1);
        task().then(resolve, reject);
      };
      if (signal?.aborted) return void task().then(resolve, reject);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
      this.#schedule();
    });
  }

  /** Milliseconds left of the shared 429 pause, 0 when none is on. */
  pauseLeft(): number {
    return Math.max(0, this.#pausedUntil - Date.now());
  }

  /**
   * Whether a request may start at once without taking a slot: no limit is set, nobody waits in line
   * and no pause is on. The caller then sends without `run`, and passes the response to `observe`.
   */
  free(): boolean {
    return this.#maxConcurrency === Number.POSITIVE_INFINITY && this.#queue.length === 0 && (this.#pausedUntil === 0 || Date.now() >= this.#pausedUntil);
  }

  #canStart(): boolean {
    return this.#inFlight < this.#maxConcurrency && Date.now() >= this.#pausedUntil;
  }

  async #hold<T extends { response: Response }>(task: () => Promise<T>): Promise<T> {
    this.#inFlight++;
    try {
      const result = await task();
      this.observe(result.response);
      return result;
    } finally {
      this.#inFlight--;
      this.#schedule();
    }
  }

  /** Starts a pause for every request of the client when `response` is a 429 with a usable `Retry-After`. */
  observe(response: Response): void {
    if (response.status !== 429) return;
    const delay = parseRetryAfter(response.headers.get('retry-after'));
    if (delay === undefined || delay === 0 || delay > this.#maxPauseMs) return;
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + delay);
  }

  /** Admits waiters while slots are free; during a pause, sets one timer for its end. */
  #schedule(): void {
    const pauseLeft = this.#pausedUntil - Date.now();
    if (pauseLeft > 0) {
      if (this.#queue.length > 0 && this.#timer === undefined) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.#schedule();
        }, pauseLeft);
      }
      return;
    }
    while (this.#queue.length > 0 && this.#inFlight < this.#maxConcurrency) this.#queue.shift()?.admit();
  }
}
