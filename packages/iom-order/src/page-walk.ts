import type { CallResult } from '@shopclients/core/internal';
import type { OrderState, OrderStatePage } from '@shopclients/iom-order-types';

export interface PageWalk {
  /** Offset of the first page. */
  start: number;
  /** Pages requested ahead of the one being yielded (0: the next page is requested when this one is used up). */
  prefetch: number;
  /** The caller's signal; pages requested ahead are also aborted when the walk ends early. */
  signal: AbortSignal | undefined;
  fetchPage: (offset: number, signal: AbortSignal) => Promise<CallResult<OrderStatePage>>;
  /** The error for a page that cannot be right, e.g. one that repeats the page before it. */
  invalid: (problem: string, result: CallResult<OrderStatePage>) => Error;
}

interface PendingPage {
  offset: number;
  controller: AbortController;
  result: Promise<CallResult<OrderStatePage>>;
}

/**
 * Yields the order states of consecutive offset pages. The first page fixes the total (a count that
 * grows later cannot extend the walk) and the page size. With `prefetch`, the pages after the current
 * one are requested at once, at the offsets full pages would have; a shorter page discards them and
 * the walk goes on from where it really is. A page whose orders were all on the page before (a server
 * that ignores `offset`) ends the walk with an error instead of yielding them again.
 */
export async function* walkPages(walk: PageWalk): AsyncGenerator<OrderState, void, undefined> {
  const ahead: PendingPage[] = [];
  const request = (offset: number): PendingPage => {
    const controller = new AbortController();
    const forward = () => controller.abort(walk.signal?.reason);
    if (walk.signal?.aborted) forward();
    else walk.signal?.addEventListener('abort', forward, { once: true });
    const result = walk.fetchPage(offset, controller.signal);
    // A page discarded unread must not surface as an unhandled rejection; one that is read still throws.
    result.catch(() => {}).finally(() => walk.signal?.removeEventListener('abort', forward));
    return { offset, controller, result };
  };
  const discardAhead = () => {
    for (const page of ahead.splice(0)) page.controller.abort();
  };

  let offset = walk.start;
  let total = Number.POSITIVE_INFINITY;
  let pageSize = 0;
  let previous: Set<string> | undefined;
  try {
    for (let first = true; ; first = false) {
      const page = ahead.shift() ?? request(offset);
      const result = await page.result;
      const states = result.data.data ?? [];
      const numbers = states.map((state) => state.shopOrderNumber);
      if (previous && states.length > 0 && numbers.every((number) => previous?.has(number))) {
        throw walk.invalid(
          `the page at offset ${page.offset} holds only orders of the page before it (the server may ignore \`offset\`); stopped instead of yielding them again`,
          result,
        );
      }
      const count = result.data.meta?.totalCount;
      if (first) {
        total = count ?? 0;
        pageSize = states.length;
      }
      previous = new Set(numbers);
      offset = page.offset + states.length;
      if (states.length === 0 || count === undefined || offset >= total) {
        discardAhead();
        yield* states;
        return;
      }
      if (ahead.length > 0 && ahead[0]?.offset !== offset) discardAhead();
      for (let next = (ahead.at(-1)?.offset ?? offset - pageSize) + pageSize; ahead.length < walk.prefetch && next < total; next += pageSize) {
        ahead.push(request(next));
      }
      yield* states;
    }
  } finally {
    discardAhead();
  }
}
