import { type ApiPromise, requireJson, requireKnownOptions, requirePathSegment, respond } from '@shopclients/core';
import type { Order, OrderInput } from '@shopclients/iom-order-types';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import { readBackLocation, sendCreate } from '../created.js';
import { type CreatedOrder, parseOrderLocation } from '../location.js';
import { withOrderBody } from '../media-types.js';
import { OPERATIONS } from '../operations.js';

/** Orders: hand them to IOM and read them back. */
export class Orders {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Submits a new order. Returns the `Location` of the created order and the shop order number read
   * from it. Never repeated blindly: when the answer is lost, the order is read back by its
   * `shopOrderNumber` and sent again only if it does not exist (unless `reconcile: false`).
   */
  create(order: OrderInput, options?: ShopRequestOptions): ApiPromise<CreatedOrder> {
    return respond(options, async (options) => {
      requireKnownOptions('orders.create', options, SHOP_REQUEST_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options) };
      const body = requireJson('order', order);
      const { http } = this.#context;
      return http.create(OPERATIONS.createOrder, options, { argument: 'order', body: body as unknown as Record<string, unknown> }, {
        send: (attempt) =>
          sendCreate(
            http,
            OPERATIONS.createOrder,
            attempt,
            (api, init) => api.POST('/shops/{shopId}/orders', { ...withOrderBody(init), params: { path }, body }),
            parseOrderLocation,
            { request: { path, body }, names: { body: 'order' } },
          ),
        readBack: async (shopOrderNumber, read) => {
          const readPath = { ...path, shopOrderNumber: requirePathSegment('order.shopOrderNumber', shopOrderNumber) };
          const location = await readBackLocation(() =>
            http.call(
              OPERATIONS.getOrder,
              read,
              (api, init) => api.GET('/shops/{shopId}/orders/{shopOrderNumber}', { ...init, params: { path: readPath } }),
              { request: { path: readPath } },
            ),
          );
          return location === undefined ? undefined : { location, shopOrderNumber };
        },
      });
    });
  }

  /** Reads the order the shop created under `shopOrderNumber`. */
  get(shopOrderNumber: string, options?: ShopRequestOptions): ApiPromise<Order> {
    return respond(options, async (options) => {
      requireKnownOptions('orders.get', options, SHOP_REQUEST_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options), shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber) };
      const { data } = await this.#context.http.call(
        OPERATIONS.getOrder,
        options,
        (api, init) => api.GET('/shops/{shopId}/orders/{shopOrderNumber}', { ...init, params: { path } }),
        { request: { path } },
      );
      return data;
    });
  }
}
