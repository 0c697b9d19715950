import { InvalidArgumentError, type RequestOptions } from '@shopclients/core';
import { type ApiClient, REQUEST_OPTIONS } from '@shopclients/core/internal';
import type { operations, paths } from '@shopclients/iom-order-types';
import { type ShopId, requireShopId } from './shop-id.js';

/** What every resource of the client shares. */
export interface ClientContext {
  readonly http: ApiClient<paths, operations>;
  /** The client's default shop, if it has one. */
  readonly shopId: number | undefined;
  /** Zone whose calendar day a `Date` filter stands for. */
  readonly timeZone: string;
}

/** Options of a call: the request options, and the shop to address instead of the client's default. */
export interface ShopRequestOptions extends RequestOptions {
  shopId?: ShopId | undefined;
}

/** The options every call of this client accepts. */
export const SHOP_REQUEST_OPTIONS: readonly string[] = [...REQUEST_OPTIONS, 'shopId'];

/** The shop a call addresses: its own `shopId`, else the client's. */
export function shopIdFor(context: ClientContext, options: ShopRequestOptions | undefined): number {
  if (options?.shopId !== undefined) return requireShopId(options.shopId);
  if (context.shopId !== undefined) return context.shopId;
  throw new InvalidArgumentError('shopId', 'is required: set it on the client or pass it with the call');
}
