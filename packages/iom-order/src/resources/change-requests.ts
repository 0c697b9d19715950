import type { ApiPromise } from '@shopclients/core';
import { requireJson, requireKnownOptions, requirePathSegment, requireText, respond } from '@shopclients/core/internal';
import type { ChangeRequestInput, ChangeRequestView } from '@shopclients/iom-order-types';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import type { CreatedChangeRequest } from '../created.js';
import { readBackUrl } from './orders.js';

export interface ReadChangeRequestOptions extends ShopRequestOptions {
  /** Attributes to leave out of the answer, e.g. `['changeRequest']` to drop the (large) changed order. */
  excludes?: readonly string[] | undefined;
}

const READ_OPTIONS = [...SHOP_REQUEST_OPTIONS, 'excludes'];

/** Change requests: ask IOM to change an existing order, and follow those requests. */
export class ChangeRequests {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Lists the change requests of an order.
   * @example
   * ```ts
   * const all = await iom.changeRequests.list('B2B-2024-000731', { excludes: ['changeRequest'] });
   * for (const { changeRequestId, status } of all) console.log(changeRequestId, status);
   * ```
   */
  list(shopOrderNumber: string, options?: ReadChangeRequestOptions): ApiPromise<ChangeRequestView[]> {
    return respond(async (sink) => {
      requireKnownOptions('changeRequests.list', options, READ_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options), shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber) };
      const query = excludesQuery(options?.excludes);
      return (await this.#context.http.send('getChangeRequestViewList', { path, query }, options, sink)).data;
    });
  }

  /**
   * Asks IOM to change an order: `request.changeRequest` is the complete order as it should look
   * afterwards, with `shopOrderUpdateDate`. Returns the `Location` of the new change request and the
   * IDs read from it. Never repeated blindly: when the answer is lost, the change request is read
   * back by its `changeRequestId` and sent again only if it does not exist (unless `reconcile: false`).
   * @example
   * ```ts
   * const { changeRequestId } = await iom.changeRequests.create(order.shopOrderNumber, {
   *   changeRequestId: 'CR-000731-01',
   *   changeRequest: { ...order, shopOrderUpdateDate: new Date().toISOString() }, // the complete changed order
   * });
   * ```
   */
  create(shopOrderNumber: string, request: ChangeRequestInput, options?: ShopRequestOptions): ApiPromise<CreatedChangeRequest> {
    return respond(async (sink) => {
      requireKnownOptions('changeRequests.create', options, SHOP_REQUEST_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options), shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber) };
      const body = requireJson('request', request);
      const { http } = this.#context;
      return http.create(
        'createChangeRequest',
        {
          request: { path, body, names: { body: 'request' } },
          argument: 'request',
          created: (result) => {
            const { location, parameters } = http.createdAt('createChangeRequest', result);
            return { location, shopOrderNumber: parameters.shopOrderNumber as string, changeRequestId: parameters.changeRequestId as string };
          },
          readBack: (changeRequestId) => ({
            // With the changed order, which tells whether the change request found is this one.
            request: { path: { ...path, changeRequestId: requirePathSegment('request.changeRequestId', changeRequestId) } },
            resource: (result) => result.data,
            reconciled: (_, result) => ({ location: readBackUrl(result.url), shopOrderNumber: path.shopOrderNumber, changeRequestId }),
          }),
        },
        options,
        sink,
      );
    });
  }

  /**
   * Reads one change request of an order with its processing status.
   * @example
   * ```ts
   * const one = await iom.changeRequests.get('B2B-2024-000731', 'CR-000731-01', { excludes: ['changeRequest'] });
   * console.log(one.status); // 'OPEN' | 'ACCEPTED' | 'APPLIED' | 'FAILED_TO_APPLY'
   * ```
   */
  get(shopOrderNumber: string, changeRequestId: string, options?: ReadChangeRequestOptions): ApiPromise<ChangeRequestView> {
    return respond(async (sink) => {
      requireKnownOptions('changeRequests.get', options, READ_OPTIONS);
      const path = {
        shopId: shopIdFor(this.#context, options),
        shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber),
        changeRequestId: requirePathSegment('changeRequestId', changeRequestId),
      };
      const query = excludesQuery(options?.excludes);
      return (await this.#context.http.send('getChangeRequest', { path, query }, options, sink)).data;
    });
  }
}

/** A blank name or one with control characters excludes nothing on purpose: a bug, refused. */
function excludesQuery(excludes: readonly string[] | undefined): { excludes?: string[] } {
  if (Array.isArray(excludes)) excludes.forEach((name, index) => typeof name === 'string' && requireText(`excludes[${index}]`, name));
  return excludes === undefined ? {} : { excludes: excludes as string[] };
}
