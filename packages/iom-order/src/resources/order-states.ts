import { type ApiPromise, InvalidArgumentError, type RequestOptions } from '@shopclients/core';
import {
  type ArgumentNames,
  type CallResult,
  type ResponseSink,
  describeValue,
  requireKnownOptions,
  requireNumber,
  requireText,
  respond,
} from '@shopclients/core/internal';
import type {
  ModifiedOrderStatesQuery,
  OrderState,
  OrderStatePage,
  OrderStatesQuery,
  OrderStatesSortAttribute,
  SortDirection,
} from '@shopclients/iom-order-types';
import { type FeedPoint, type OrderStateChangesPage, walkChanges } from '../change-feed.js';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import { type DateInput, toIomDate, toIomDateTime } from '../dates.js';
import { walkPages } from '../page-walk.js';

/** Filters, sorting and paging of the order state search. A list filter matches any of its values; filters combine with AND. */
export interface OrderStateFilters {
  shopOrderNumbers?: readonly string[] | undefined;
  shopCustomerNumbers?: readonly string[] | undefined;
  productNumbers?: readonly string[] | undefined;
  /** Order statuses, e.g. `STATE_DISPATCHED`. */
  statuses?: readonly string[] | undefined;
  /** E-mail addresses that appear in an address of the order. */
  emails?: readonly string[] | undefined;
  /** Only orders the shop created on or after this day (`shopOrderCreationDate[gte]`). */
  createdFrom?: DateInput | undefined;
  /** Only orders the shop created on or before this day (`shopOrderCreationDate[lte]`). */
  createdTo?: DateInput | undefined;
  /** Default `shopOrderCreationDate`. */
  orderBy?: OrderStatesSortAttribute | undefined;
  /** Default `ASC`. */
  sortDirection?: SortDirection | undefined;
  /** Zero-based index of the first result (default 0). */
  offset?: number | undefined;
  /** Results per page (the API's default is 50). */
  limit?: number | undefined;
}

export interface SearchOrderStatesOptions extends OrderStateFilters, ShopRequestOptions {}

export interface IterateOrderStatesOptions extends SearchOrderStatesOptions {
  /** Pages to fetch ahead while you work on the current one (default 0, at most 16). */
  prefetch?: number | undefined;
}

const MAX_PREFETCH = 16;

/** Where `orderStates.changes` starts, how much it reads per request, and whether it keeps following. */
export interface OrderStateChangesOptions extends ShopRequestOptions {
  /**
   * Start with the orders created or modified at or after this time (a `Date`, or an ISO 8601
   * date-time with a zone): the first walk of a new consumer. Exactly one of `since` and `cursor`.
   */
  since?: Date | string | undefined;
  /**
   * Resume right after the page whose `cursor` this is (a page's `cursor`, as stored; a `bigint` or a
   * safe integer is taken too). Exactly one of `since` and `cursor`.
   */
  cursor?: string | bigint | number | undefined;
  /** Order states per request, 1 to 10000 (the API's default is 50). */
  limit?: number | undefined;
  /**
   * Once caught up, keep polling every `pollInterval` milliseconds until `signal` aborts, which then
   * ends the walk without an error (default `false`: the walk ends when caught up). Transient failures
   * (connection, timeout, 429, 5xx) are retried with backoff, for as long as it follows.
   */
  follow?: boolean | undefined;
  /** Milliseconds between polls once caught up, with `follow` (default 5000, at least 1). */
  pollInterval?: number | undefined;
}

const DEFAULT_POLL_INTERVAL_MS = 5_000;
const MAX_TIMER_MS = 2 ** 31 - 1;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const CHANGES_OPTIONS = [...SHOP_REQUEST_OPTIONS, 'since', 'cursor', 'limit', 'follow', 'pollInterval'];
/** The caller's names of the feed's query parameters. */
const CHANGES_NAMES: ArgumentNames = { parameters: { modifiedSince: 'since', minCursor: 'cursor' } };

const LIST_FILTERS = ['shopOrderNumbers', 'shopCustomerNumbers', 'productNumbers', 'statuses', 'emails'] as const;
const SEARCH_OPTIONS = [...SHOP_REQUEST_OPTIONS, ...LIST_FILTERS, 'createdFrom', 'createdTo', 'orderBy', 'sortDirection', 'offset', 'limit'];
/** The caller's names of the query parameters that it names differently. */
const NAMES: ArgumentNames = { parameters: { 'shopOrderCreationDate[gte]': 'createdFrom', 'shopOrderCreationDate[lte]': 'createdTo' } };

/** The processing state of orders: shipping, returns, payment, documents. */
export class OrderStates {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Searches order states and returns one page, with `meta.totalCount` for the whole result.
   * @example
   * ```ts
   * const page = await iom.orderStates.search({
   *   statuses: ['STATE_DISPATCHED', 'STATE_RETURNED'], // a list matches any of its values
   *   createdFrom: '2024-03-01',
   *   orderBy: 'shopOrderCreationDate',
   *   sortDirection: 'DESC',
   *   limit: 25,
   * });
   * console.log(page.meta?.totalCount, page.data?.length);
   * ```
   */
  search(options: SearchOrderStatesOptions = {}): ApiPromise<OrderStatePage> {
    return respond(async (sink) => {
      requireKnownOptions('orderStates.search', options, SEARCH_OPTIONS);
      return (await this.#page(options, sink)).data;
    });
  }

  /**
   * Yields every matching order state, from `offset` on. Without `prefetch`, the next page is
   * fetched when the previous one is used up; with it, up to `prefetch` pages are fetched ahead while
   * you work, so at most `prefetch + 1` pages are held. Stops once the first page's
   * `meta.totalCount` is reached, at an empty page, or after a page without `meta.totalCount`; a page
   * that only repeats the one before throws `InvalidResponseError`.
   * @example
   * ```ts
   * for await (const state of iom.orderStates.iterate({ shopCustomerNumbers: ['C-4711'], limit: 100, prefetch: 1 })) {
   *   console.log(state.shopOrderNumber, state.status);
   * }
   * ```
   */
  async *iterate(options: IterateOrderStatesOptions = {}): AsyncGenerator<OrderState, void, undefined> {
    requireKnownOptions('orderStates.iterate', options, [...SEARCH_OPTIONS, 'prefetch']);
    const { prefetch = 0, ...search } = options;
    yield* walkPages({
      start: search.offset ?? 0,
      prefetch: requireNumber('prefetch', prefetch, { integer: true, min: 0, max: MAX_PREFETCH }),
      signal: search.signal,
      fetchPage: (offset, signal) => this.#page({ ...search, offset, signal }),
      invalid: (problem, result) => this.#context.http.invalidResponse('getOrderStatesBySortCriterias', problem, result),
    });
  }

  /**
   * The orders that were created or changed since a point, as pages of their latest states, oldest
   * change first (`getModifiedOrderStates`, **Order API 2.4**, IOM 4.6 or later). Start a new
   * consumer with `since`; store each page's `cursor` once you have processed the page, and pass it as
   * `cursor` to resume right after that page, in this process or another. Every order changed after
   * the starting point arrives with a state at least as new as that change. The server's boundary may
   * repeat the orders at the starting cursor once when a walk resumes from a stored cursor (the
   * vendor does not say whether `minCursor` is inclusive); within a walk, none repeats.
   *
   * Without `follow` the walk ends once caught up (the server's `meta.pageSize` equals
   * `meta.totalCount`); with `follow: true` it polls every `pollInterval` ms until `signal` aborts.
   *
   * Arguments are checked when you call it: `since` with `cursor`, or neither, is an
   * `InvalidArgumentError`, and nothing is sent. A server without Order API 2.4 (404 or 405 on the
   * operation) gives `UnsupportedOperationError`. Any other error that ends the walk is a
   * `ChangeFeedError` whose `cursor` is where to resume and whose `cause` is the error.
   *
   * @example
   * ```ts
   * // Your own store of the checkpoint and the statuses (a database in production: save both in one transaction).
   * const store = { cursor: undefined as string | undefined, statuses: new Map<string, string | undefined>() };
   * const stop = new AbortController(); // abort it to stop following
   * const start = store.cursor === undefined ? { since: new Date('2026-01-01T00:00:00Z') } : { cursor: store.cursor };
   * for await (const { states, cursor } of iom.orderStates.changes({ ...start, limit: 500, follow: true, signal: stop.signal })) {
   *   for (const state of states) store.statuses.set(state.shopOrderNumber, state.status);
   *   store.cursor = cursor; // only once the page is processed
   * }
   * ```
   */
  changes(options: OrderStateChangesOptions): AsyncGenerator<OrderStateChangesPage, void, undefined> {
    requireKnownOptions('orderStates.changes', options, CHANGES_OPTIONS);
    if (options === undefined) throw new InvalidArgumentError('options', 'of orderStates.changes are required: pass `since` or `cursor`');
    const { since, cursor, limit, follow = false, pollInterval = DEFAULT_POLL_INTERVAL_MS, shopId, ...requestOptions } = options;
    const start = startOf(since, cursor);
    if (typeof follow !== 'boolean') throw new InvalidArgumentError('follow', `must be true or false, got ${JSON.stringify(follow)}`);
    const path = { shopId: shopIdFor(this.#context, { shopId }) };
    const send = (from: FeedPoint) => {
      // A bigint query value is sent as its exact digits (core checks it against the spec as an integer).
      const query: ModifiedOrderStatesQuery = 'minCursor' in from ? { minCursor: from.minCursor as unknown as number } : { modifiedSince: from.modifiedSince };
      if (limit !== undefined) query.limit = limit;
      return this.#context.http.send('getModifiedOrderStates', { path, query, names: CHANGES_NAMES, keepText: true }, requestOptions as RequestOptions);
    };
    return walkChanges({
      start,
      follow,
      pollInterval: requireNumber('pollInterval', pollInterval, { integer: true, min: 1, max: MAX_TIMER_MS }),
      signal: requestOptions.signal,
      fetchPage: send,
      invalid: (problem, result) => this.#context.http.invalidResponse('getModifiedOrderStates', problem, result),
    });
  }

  async #page(options: SearchOrderStatesOptions, sink?: ResponseSink): Promise<CallResult<OrderStatePage>> {
    const path = { shopId: shopIdFor(this.#context, options) };
    const query = toQuery(options, this.#context.timeZone);
    return this.#context.http.send('getOrderStatesBySortCriterias', { path, query, names: NAMES }, options, sink);
  }
}

/**
 * Exactly one starting point. The vendor: "Only one of the two query parameters must be set", which
 * reads as exactly one; it does not say what a server does with neither, and Intershop's own client
 * (iom-test-framework `OMSOrderServiceHandlerV2_4`) passes both through unchecked while no test there
 * calls the operation. So neither is refused too, rather than sending a request nothing documents.
 */
function startOf(since: Date | string | undefined, cursor: string | bigint | number | undefined): FeedPoint {
  if (since !== undefined && cursor !== undefined) {
    throw new InvalidArgumentError('cursor', 'cannot be combined with `since`: pass one of them (the API takes only one of `modifiedSince` and `minCursor`)');
  }
  if (cursor !== undefined) return { minCursor: requireCursor(cursor) };
  if (since !== undefined) return { modifiedSince: toIomDateTime('since', since) };
  throw new InvalidArgumentError('since', 'or `cursor` is required: pass `since` for a first walk, or the `cursor` of the last page you processed to resume');
}

/** A cursor as a page gave it (decimal int64 text), a bigint, or a number that holds it exactly. */
function requireCursor(cursor: string | bigint | number): bigint {
  let value: bigint | undefined;
  if (typeof cursor === 'bigint') value = cursor;
  else if (typeof cursor === 'string' && /^-?\d{1,19}$/.test(cursor)) value = BigInt(cursor);
  else if (typeof cursor === 'number' && Number.isSafeInteger(cursor)) value = BigInt(cursor);
  if (value === undefined || value < INT64_MIN || value > INT64_MAX) {
    throw new InvalidArgumentError('cursor', `must be the \`cursor\` of a page (a decimal 64-bit integer), got ${describeValue(cursor)}`);
  }
  return value;
}

function toQuery(filters: OrderStateFilters, timeZone: string): OrderStatesQuery {
  const query: OrderStatesQuery = {};
  for (const name of LIST_FILTERS) {
    if (filters[name] !== undefined) query[name] = textList(name, filters[name]);
  }
  if (filters.createdFrom !== undefined) query['shopOrderCreationDate[gte]'] = toIomDate('createdFrom', filters.createdFrom, timeZone);
  if (filters.createdTo !== undefined) query['shopOrderCreationDate[lte]'] = toIomDate('createdTo', filters.createdTo, timeZone);
  if (filters.orderBy !== undefined) query.orderBy = filters.orderBy;
  if (filters.sortDirection !== undefined) query.sortDirection = filters.sortDirection;
  if (filters.offset !== undefined) query.offset = filters.offset;
  if (filters.limit !== undefined) query.limit = filters.limit;
  return query;
}

/**
 * A list filter's values. An empty list would be left out of the query, and a missing filter matches
 * every order; a blank value or one with control characters is a broken filter, not a search. (Whether
 * it is a list of strings is the spec's check.)
 */
function textList(argument: string, values: readonly string[]): string[] {
  if (!Array.isArray(values)) return values as string[];
  if (values.length === 0) throw new InvalidArgumentError(argument, 'is empty, which would match every order; leave the filter out instead');
  values.forEach((value, index) => typeof value === 'string' && requireText(`${argument}[${index}]`, value));
  return values as string[];
}
