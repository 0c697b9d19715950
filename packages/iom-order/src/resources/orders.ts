import type { ApiPromise } from '@shopclients/core';
import { requireJson, requireKnownOptions, requirePathSegment, respond } from '@shopclients/core/internal';
import type { Order, OrderInput } from '@shopclients/iom-order-types';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import type { CreatedOrder } from '../created.js';

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
   * @example
   * ```ts
   * const { location, shopOrderNumber } = await iom.orders.create(order);
   * // location: 'https://iom.example.com:8443/rest/order-service/shops/1001/orders/B2B-2024-000731'
   * await iom.orders.create({ ...order, shopOrderNumber: 'B2C-2024-004512' }, { shopId: 2000 }); // another shop
   * ```
   */
  create(order: OrderInput, options?: ShopRequestOptions): ApiPromise<CreatedOrder> {
    return respond(async (sink) => {
      requireKnownOptions('orders.create', options, SHOP_REQUEST_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options) };
      const body = requireJson('order', order);
      const { http } = this.#context;
      return http.create(
        'createOrder',
        {
          request: { path, body, names: { body: 'order' } },
          argument: 'order',
          created: (result) => {
            const { location, parameters } = http.createdAt('createOrder', result);
            return { location, shopOrderNumber: parameters.shopOrderNumber as string };
          },
          readBack: (shopOrderNumber) => ({
            request: { path: { ...path, shopOrderNumber: requirePathSegment('order.shopOrderNumber', shopOrderNumber) } },
            resource: (result) => result.data,
            reconciled: (_, result) => ({ location: readBackUrl(result.url), shopOrderNumber }),
          }),
        },
        options,
        sink,
      );
    });
  }

  /**
   * Reads the order the shop created under `shopOrderNumber`.
   * @example
   * ```ts
   * const stored = await iom.orders.get('B2B-2024-000731');
   * const elsewhere = await iom.orders.get('B2C-2024-004512', { shopId: 2000 });
   * ```
   */
  get(shopOrderNumber: string, options?: ShopRequestOptions): ApiPromise<Order> {
    return respond(async (sink) => {
      requireKnownOptions('orders.get', options, SHOP_REQUEST_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options), shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber) };
      return (await this.#context.http.send('getOrder', { path }, options, sink)).data;
    });
  }
}

/** Where a reconciled resource was read from: the read-back's URL without its query. */
export function readBackUrl(url: string): string {
  return url.split('?')[0] as string;
}
