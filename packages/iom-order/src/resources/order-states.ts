import { type ArgumentNames, InvalidArgumentError, requireKnownOptions, requireText } from '@shopclients/core';
import type { OrderState, OrderStatePage, OrderStatesQuery, OrderStatesSortAttribute, SortDirection } from '@shopclients/iom-order-types';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import { type DateInput, toIomDate } from '../dates.js';
import { OPERATIONS } from '../operations.js';

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

  /** Searches order states and returns one page, with `meta.totalCount` for the whole result. */
  async search(options: SearchOrderStatesOptions = {}): Promise<OrderStatePage> {
    requireKnownOptions('orderStates.search', options, SEARCH_OPTIONS);
    const path = { shopId: shopIdFor(this.#context, options) };
    const query = toQuery(options, this.#context.timeZone);
    const { data } = await this.#context.http.call(
      OPERATIONS.getOrderStatesBySortCriterias,
      options,
      // The spec's list filters are form + explode (`?statuses=A&statuses=B`), openapi-fetch's default.
      (api, init) => api.GET('/shops/{shopId}/order-states', { ...init, params: { path, query } }),
      { request: { path, query }, names: NAMES },
    );
    return data;
  }

  /**
   * Yields every matching order state, from `offset` on, fetching one page of `limit` at a time
   * when the previous one is used up. Stops once `meta.totalCount` is reached, at an empty page, or
   * after a page without `meta.totalCount`, so a server that miscounts cannot keep it going.
   */
  async *iterate(options: SearchOrderStatesOptions = {}): AsyncGenerator<OrderState, void, undefined> {
    let offset = options.offset ?? 0;
    for (;;) {
      const page = await this.search({ ...options, offset });
      const states = page.data ?? [];
      yield* states;
      offset += states.length;
      const total = page.meta?.totalCount;
      if (states.length === 0 || total === undefined || offset >= total) return;
    }
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
