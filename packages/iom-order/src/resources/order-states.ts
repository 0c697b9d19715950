import { type CallResult, InvalidArgumentError, requireArray, requireNumber, requireText } from '@shopclients/core';
import type { OrderState, OrderStatePage, OrderStatesQuery, OrderStatesSortAttribute, SortDirection } from '@shopclients/iom-order-types';
import { type ClientContext, type ShopRequestOptions, shopIdFor } from '../context.js';
import { type DateInput, toIomDate } from '../dates.js';
import { OPERATIONS } from '../operations.js';
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

/** The processing state of orders: shipping, returns, payment, documents. */
export class OrderStates {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /** Searches order states and returns one page, with `meta.totalCount` for the whole result. */
  async search(options: SearchOrderStatesOptions = {}): Promise<OrderStatePage> {
    return (await this.#page(options)).data;
  }

  /**
   * Yields every matching order state, from `offset` on. Without `prefetch`, the next page is
   * fetched when the previous one is used up; with it, up to `prefetch` pages are fetched ahead while
   * you work, so at most `prefetch + 1` pages are held. Stops once the first page's
   * `meta.totalCount` is reached, at an empty page, or after a page without `meta.totalCount`; a page
   * that only repeats the one before throws `InvalidResponseError`.
   */
  async *iterate(options: IterateOrderStatesOptions = {}): AsyncGenerator<OrderState, void, undefined> {
    const { prefetch = 0, ...search } = options;
    yield* walkPages({
      start: search.offset ?? 0,
      prefetch: requireNumber('prefetch', prefetch, { integer: true, min: 0, max: MAX_PREFETCH }),
      signal: search.signal,
      fetchPage: (offset, signal) => this.#page({ ...search, offset, signal }),
      invalid: (problem, result) => this.#context.http.invalidResponse(OPERATIONS.getOrderStatesBySortCriterias, problem, result),
    });
  }

  async #page(options: SearchOrderStatesOptions): Promise<CallResult<OrderStatePage>> {
    const path = { shopId: shopIdFor(this.#context, options) };
    const query = toQuery(options, this.#context.timeZone);
    return this.#context.http.call(OPERATIONS.getOrderStatesBySortCriterias, options, (api, init) =>
      // The spec's list filters are form + explode (`?statuses=A&statuses=B`), openapi-fetch's default.
      api.GET('/shops/{shopId}/order-states', { ...init, params: { path, query } }),
    );
  }
}

function toQuery(filters: OrderStateFilters, timeZone: string): OrderStatesQuery {
  const query: OrderStatesQuery = {};
  for (const name of LIST_FILTERS) {
    if (filters[name] !== undefined) query[name] = textList(name, filters[name]);
  }
  if (filters.createdFrom !== undefined) query['shopOrderCreationDate[gte]'] = toIomDate('createdFrom', filters.createdFrom, timeZone);
  if (filters.createdTo !== undefined) query['shopOrderCreationDate[lte]'] = toIomDate('createdTo', filters.createdTo, timeZone);
  // Unknown values are left to the server; what is not text would be serialized as another parameter.
  if (filters.orderBy !== undefined) query.orderBy = requireText('orderBy', filters.orderBy) as OrderStatesSortAttribute;
  if (filters.sortDirection !== undefined) query.sortDirection = requireText('sortDirection', filters.sortDirection) as SortDirection;
  if (filters.offset !== undefined) query.offset = requireNumber('offset', filters.offset, { integer: true, min: 0 });
  if (filters.limit !== undefined) query.limit = requireNumber('limit', filters.limit, { integer: true, min: 1 });
  return query;
}

function textList(argument: string, values: readonly string[]): string[] {
  const list = requireArray(argument, values).map((value, index) => requireText(`${argument}[${index}]`, value));
  // An empty list would be left out of the query, and a missing filter matches every order.
  if (list.length === 0) throw new InvalidArgumentError(argument, 'is empty, which would match every order; leave the filter out instead');
  return list;
}
