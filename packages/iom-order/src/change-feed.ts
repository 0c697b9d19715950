import { ApiError, ConnectionError, InvalidArgumentError, RateLimitError, ServerError, ShopclientsError, UnsupportedOperationError } from '@shopclients/core';
import { type CallResult, backoffDelay, deepEqual, integerLiterals, sleep } from '@shopclients/core/internal';
import type { LatestOrderStatePage, OrderState } from '@shopclients/iom-order-types';

/** One page of `orderStates.changes`. */
export interface OrderStateChangesPage {
  /** The latest state of each order changed since the point before this page, oldest change first; never empty. */
  states: OrderState[];
  /**
   * Pass it back as `cursor` to resume right after this page, in this process or another (store it
   * once the page is processed). A decimal int64, exact also beyond 2^53.
   */
  cursor: string;
  /** The server had nothing more when it answered this page (`meta.pageSize` equal to `meta.totalCount`). */
  caughtUp: boolean;
}

/**
 * A walk of `orderStates.changes` ended with an error. `cursor` is where to resume: the cursor of the
 * last page delivered, or the starting `cursor` when none was; `undefined` when the walk started
 * from `since` and delivered nothing (start from `since` again). `cause` is the error that ended the
 * walk (an `ApiError`, e.g. `AuthenticationError`, `ServerError` or `InvalidResponseError`).
 *
 * Not wrapped: `InvalidArgumentError` (the arguments cannot make a request; nothing was sent) and
 * `UnsupportedOperationError` (the server has no Order API 2.4).
 *
 * @example
 * ```ts
 * import { ChangeFeedError } from '@shopclients/iom-order';
 *
 * try {
 *   for await (const page of iom.orderStates.changes({ cursor: '1041' })) console.log(page.states.length);
 * } catch (error) {
 *   if (!(error instanceof ChangeFeedError)) throw error;
 *   console.log('resume later with cursor', error.cursor, 'after', error.cause);
 * }
 * ```
 */
export class ChangeFeedError extends ShopclientsError {
  override name = 'ChangeFeedError';
  /** The spec's operationId of the walk's requests (the cause's, when it names one). */
  readonly operation: string | undefined;
  /** Where to resume: the last page's cursor (or the starting cursor); `undefined` if the walk started from `since` and delivered nothing. */
  readonly cursor: string | undefined;

  /**
   * Made by the walk, with the error that ended it and the cursor to resume from; you catch it.
   * @example
   * ```ts
   * import { ChangeFeedError } from '@shopclients/iom-order';
   *
   * const error = new ChangeFeedError(new Error('connection reset'), '1041');
   * console.log(error.message); // orderStates.changes stopped: connection reset (resume with cursor 1041)
   * ```
   */
  constructor(cause: unknown, cursor: string | undefined) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `orderStates.changes stopped: ${reason} (${cursor === undefined ? 'no page was delivered; start from `since` again' : `resume with cursor ${cursor}`})`,
      { cause },
    );
    this.cursor = cursor;
    this.operation = cause instanceof ApiError ? cause.operation : undefined;
  }
}

/** Where a request of the walk starts: a cursor (`minCursor`) or a time (`modifiedSince`). */
export type FeedPoint = { minCursor: bigint } | { modifiedSince: string };

export interface FeedWalk {
  start: FeedPoint;
  follow: boolean;
  pollInterval: number;
  signal: AbortSignal | undefined;
  /** One request; its result must carry the body text (`keepText`). */
  fetchPage(from: FeedPoint): Promise<CallResult<LatestOrderStatePage>>;
  /** An `InvalidResponseError` for a page the walk cannot go on from. */
  invalid(problem: string, result: CallResult<LatestOrderStatePage>): Error;
}

/** The longest wait between two tries of a follower after transient failures (unless `pollInterval` is longer). */
const MAX_FOLLOW_BACKOFF_MS = 60_000;

/**
 * Walks the change feed (Order API 2.4) by cursor, as the vendor describes it: each request passes the
 * previous page's `meta.maxCursor` as `minCursor`. Whether `minCursor` is inclusive is not
 * documented, so the walk works either way:
 *
 * - Exclusive: the next page starts after the cursor; nothing repeats.
 * - Inclusive: the next page starts with the orders at the cursor again. A page whose
 *   `meta.minCursor` is the cursor requested starts at that boundary, and its states that equal what
 *   the page before delivered for the same order are dropped: the caller has them already. (A state
 *   that changed since is a later change and is kept.) A new walk from a stored cursor has no page
 *   before, so it may repeat the orders at that boundary once.
 * - A page that is not caught up but whose states all sit at the cursor requested (`maxCursor`
 *   equal to it; under inclusive semantics with `limit` 1, every second page) would be asked for
 *   again forever: the walk goes on from the cursor plus one (BigInt). The vendor's cursor is
 *   "increased with any change on any order state", so no other change shares that value, and
 *   nothing is skipped. (Were more orders than `limit` to share one cursor, the protocol itself could
 *   not page through them: no request can address the rest.)
 * - A `maxCursor` below the cursor requested would walk back: an `InvalidResponseError`.
 *
 * Every page either moves the cursor forward or is caught up, so a walk without `follow` ends.
 */
export async function* walkChanges(walk: FeedWalk): AsyncGenerator<OrderStateChangesPage, void, undefined> {
  const { signal, follow } = walk;
  let position: bigint | undefined = 'minCursor' in walk.start ? walk.start.minCursor : undefined;
  const since = 'modifiedSince' in walk.start ? walk.start.modifiedSince : undefined;
  let delivered = position === undefined ? undefined : String(position);
  // The states the page before delivered (or already had), by order: what an inclusive boundary repeats.
  let boundary: Map<string, OrderState> | undefined;
  let failures = 0;

  for (;;) {
    if (follow && signal?.aborted) return;
    let page: ReadPage;
    try {
      page = readPage(await walk.fetchPage(position === undefined ? { modifiedSince: since as string } : { minCursor: position }), position, walk);
    } catch (error) {
      if (error instanceof InvalidArgumentError) throw error;
      if (error instanceof UnusablePage) throw new ChangeFeedError(error.error, delivered);
      if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
        throw new UnsupportedOperationError(
          error.operation,
          `orderStates.changes needs Order API 2.4 (IOM 4.6 or later): the server answered ${error.status} on ${error.operation} (${error.request.method} ${error.request.url})`,
          { cause: error },
        );
      }
      if (follow && signal?.aborted) return;
      if (follow && isTransient(error)) {
        const delay = backoffDelay(failures++, {
          maxRetries: 0,
          initialDelayMs: walk.pollInterval,
          maxDelayMs: Math.max(walk.pollInterval, MAX_FOLLOW_BACKOFF_MS),
          maxRetryAfterMs: 0,
        });
        if (!(await paused(delay, signal))) return;
        continue;
      }
      throw new ChangeFeedError(error, delivered);
    }
    failures = 0;
    const step = advance(page, position, boundary);
    position = step.next;
    boundary = step.boundary;
    if (step.states.length > 0) {
      delivered = String(position);
      yield { states: step.states, cursor: delivered, caughtUp: page.caughtUp };
    }
    if (page.caughtUp) {
      if (!follow) return;
      if (!(await paused(walk.pollInterval, signal))) return;
    }
  }
}

/** What one page delivers: its states less those an inclusive boundary repeats, where to go on from, and the new boundary. */
interface Step {
  states: OrderState[];
  next: bigint | undefined;
  boundary: Map<string, OrderState> | undefined;
}

/**
 * The step a page makes. A function of its own, not inline in the walk: a suspended generator keeps
 * the temporaries of its last iteration, so worked inline the previous page's states stayed reachable
 * across each `yield` (a third page held in memory at times).
 */
function advance({ data, minCursor, maxCursor, caughtUp }: ReadPage, position: bigint | undefined, boundary: Map<string, OrderState> | undefined): Step {
  if (data.length === 0) return { states: data, next: position, boundary };
  const highest = BigInt(maxCursor as string);
  let states = data;
  // The page starts at the boundary requested: under inclusive semantics, the orders there come again.
  if (position !== undefined && boundary && minCursor !== undefined && BigInt(minCursor) === position) {
    const seen = boundary;
    states = data.filter((state) => {
      const before = seen.get(state.shopOrderNumber);
      return before === undefined || !deepEqual(before, state);
    });
  }
  const next = position !== undefined && highest === position && !caughtUp ? position + 1n : highest;
  const known = next === position && boundary ? boundary : new Map<string, OrderState>();
  for (const state of data) known.set(state.shopOrderNumber, state);
  return { states, next, boundary: known };
}

interface ReadPage {
  data: OrderState[];
  minCursor: string | undefined;
  maxCursor: string | undefined;
  caughtUp: boolean;
}

/** A page the walk cannot go on from: its `InvalidResponseError`, which ends the walk. */
class UnusablePage extends Error {
  constructor(readonly error: Error) {
    super(error.message);
  }
}

/**
 * The page's states, its cursors exactly as the server wrote them, and whether it is caught up. The
 * cursors come from the body text: `JSON.parse` has already lost the digits of one beyond 2^53.
 * Throws `UnusablePage` for a page the walk cannot go on from.
 */
function readPage(result: CallResult<LatestOrderStatePage>, requested: bigint | undefined, walk: FeedWalk): ReadPage {
  const invalid = (problem: string) => new UnusablePage(walk.invalid(problem, result));
  const data = result.data.data ?? [];
  const meta = result.data.meta ?? {};
  const literals = result.text ? integerLiterals(result.text, ['meta'], ['minCursor', 'maxCursor']) : { minCursor: undefined, maxCursor: undefined };
  const exact = (name: 'minCursor' | 'maxCursor'): string | undefined => {
    const parsed = meta[name];
    const literal = literals[name];
    // The literal is what `parsed` was read from (a middleware that rewrote the body would differ).
    if (literal !== undefined && Number(literal) === parsed) return literal;
    if (parsed === undefined) return undefined;
    if (Number.isSafeInteger(parsed)) return String(parsed);
    throw invalid(`meta.${name} ${parsed} is not an integer the client can carry exactly`);
  };
  const minCursor = exact('minCursor');
  const maxCursor = exact('maxCursor');
  if (data.length > 0 && maxCursor === undefined) throw invalid('a page with order states but without meta.maxCursor cannot be resumed from');
  if (data.length > 0 && requested !== undefined && BigInt(maxCursor as string) < requested) {
    throw invalid(`meta.maxCursor ${maxCursor} is below the minCursor ${requested} requested; the walk would go back`);
  }
  const { pageSize, totalCount } = meta;
  // The vendor: "A pageSize equal to the totalCount indicates that there was no further data". An
  // empty page is caught up whatever it counts: there is nothing to go on from.
  const caughtUp = data.length === 0 || (pageSize !== undefined && totalCount !== undefined ? pageSize >= totalCount : false);
  return { data, minCursor, maxCursor, caughtUp };
}

/** A failure a follower outlives: the connection, a timeout, 429, 5xx. */
function isTransient(error: unknown): boolean {
  return error instanceof ConnectionError || error instanceof RateLimitError || error instanceof ServerError;
}

/** Waits `ms`; `false` if `signal` aborted first. */
function paused(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return sleep(ms, signal).then(
    () => true,
    () => false,
  );
}
