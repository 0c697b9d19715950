import { type ApiPromise, requireJson, requireKnownOptions, requirePathSegment, requireText, respond } from '@shopclients/core';
import type { ChangeRequestInput, ChangeRequestView } from '@shopclients/iom-order-types';
import { type ClientContext, SHOP_REQUEST_OPTIONS, type ShopRequestOptions, shopIdFor } from '../context.js';
import { readBackLocation, sendCreate } from '../created.js';
import { type CreatedChangeRequest, parseChangeRequestLocation } from '../location.js';
import { withOrderBody } from '../media-types.js';
import { OPERATIONS } from '../operations.js';

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

  /** Lists the change requests of an order. */
  list(shopOrderNumber: string, options?: ReadChangeRequestOptions): ApiPromise<ChangeRequestView[]> {
    return respond(options, async (options) => {
      requireKnownOptions('changeRequests.list', options, READ_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options), shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber) };
      const query = excludesQuery(options?.excludes);
      const { data } = await this.#context.http.call(
        OPERATIONS.getChangeRequestViewList,
        options,
        (api, init) => api.GET('/shops/{shopId}/orders/{shopOrderNumber}/change-requests', { ...init, params: { path, query } }),
        { request: { path, query } },
      );
      return data;
    });
  }

  /**
   * Asks IOM to change an order: `request.changeRequest` is the complete order as it should look
   * afterwards, with `shopOrderUpdateDate`. Returns the `Location` of the new change request and the
   * IDs read from it. Never repeated blindly: when the answer is lost, the change request is read
   * back by its `changeRequestId` and sent again only if it does not exist (unless `reconcile: false`).
   */
  create(shopOrderNumber: string, request: ChangeRequestInput, options?: ShopRequestOptions): ApiPromise<CreatedChangeRequest> {
    return respond(options, async (options) => {
      requireKnownOptions('changeRequests.create', options, SHOP_REQUEST_OPTIONS);
      const path = { shopId: shopIdFor(this.#context, options), shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber) };
      const body = requireJson('request', request);
      const { http } = this.#context;
      return http.create(OPERATIONS.createChangeRequest, options, { argument: 'request', body: body as unknown as Record<string, unknown> }, {
        send: (attempt) =>
          sendCreate(
            http,
            OPERATIONS.createChangeRequest,
            attempt,
            (api, init) => api.POST('/shops/{shopId}/orders/{shopOrderNumber}/change-requests', { ...withOrderBody(init), params: { path }, body }),
            parseChangeRequestLocation,
            { request: { path, body }, names: { body: 'request' } },
          ),
        readBack: async (changeRequestId, read) => {
          const readPath = { ...path, changeRequestId: requirePathSegment('request.changeRequestId', changeRequestId) };
          // The changed order is left out of the answer: only whether the change request exists matters.
          const query = { excludes: ['changeRequest'] };
          const location = await readBackLocation(() =>
            http.call(
              OPERATIONS.getChangeRequest,
              read,
              (api, init) => api.GET('/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}', { ...init, params: { path: readPath, query } }),
              { request: { path: readPath, query } },
            ),
          );
          return location === undefined ? undefined : { location, shopOrderNumber: path.shopOrderNumber, changeRequestId };
        },
      });
    });
  }

  /** Reads one change request of an order with its processing status. */
  get(shopOrderNumber: string, changeRequestId: string, options?: ReadChangeRequestOptions): ApiPromise<ChangeRequestView> {
    return respond(options, async (options) => {
      requireKnownOptions('changeRequests.get', options, READ_OPTIONS);
      const path = {
        shopId: shopIdFor(this.#context, options),
        shopOrderNumber: requirePathSegment('shopOrderNumber', shopOrderNumber),
        changeRequestId: requirePathSegment('changeRequestId', changeRequestId),
      };
      const query = excludesQuery(options?.excludes);
      const { data } = await this.#context.http.call(
        OPERATIONS.getChangeRequest,
        options,
        (api, init) => api.GET('/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}', { ...init, params: { path, query } }),
        { request: { path, query } },
      );
      return data;
    });
  }
}

/** A blank name or one with control characters excludes nothing on purpose: a bug, refused. */
function excludesQuery(excludes: readonly string[] | undefined): { excludes?: string[] } {
  if (Array.isArray(excludes)) excludes.forEach((name, index) => typeof name === 'string' && requireText(`excludes[${index}]`, name));
  return excludes === undefined ? {} : { excludes: excludes as string[] };
}
