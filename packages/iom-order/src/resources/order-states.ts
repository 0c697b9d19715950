import { type ApiPromise, InvalidArgumentError } from '@shopclients/core';
import { type ArgumentNames, type CallResult, type ResponseSink, requireKnownOptions, requireNumber, requireText, respond } from '@shopclients/core/internal';
import type { OrderState, OrderStatePage, OrderStatesQuery, OrderStatesSortAttribute, SortDirection } from '@shopclients/iom-order-types';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import { type DateInput, toIomDate } from '../dates.js';
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

  async #page(options: SearchOrderStatesOptions, sink?: ResponseSink): Promise<CallResult<OrderStatePage>> {
    const path = { shopId: shopIdFor(this.#context, options) };
    const query = toQuery(options, this.#context.timeZone);
    return this.#context.http.send('getOrderStatesBySortCriterias', { path, query, names: NAMES }, options, sink);
  }
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
