import { type ApiClient, type ApiPromise, NotFoundError, REQUEST_OPTIONS, type RequestOptions, requireKnownOptions, respond } from '@shopclients/core';
import type { Refund, paths } from '@shopclients/komfortkasse-types';
import type { ClientContext } from '../context.js';
import { OPERATIONS } from '../operations.js';
import { type RefundSubmission, toRefundInput } from '../order-input.js';
import { pathParameter } from '../paths.js';

/** A created refund; `reconciled` is set when the answer was lost and the refund was read back by its `externalReference`. */
export type CreatedRefund = Refund & { reconciled?: true };

/** Refunds: money paid back to a customer by bank transfer. */
export class Refunds {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Registers a refund for an order. `externalReference` must be unique in the shop, and
   * `plannedDate` must lie in the future. Never repeated blindly: when the answer is lost, the
   * refund is read back from the order's refunds by its `externalReference` and sent again only if
   * it does not exist (unless `reconcile: false`).
   */
  create(orderNumber: string, refund: RefundSubmission, options?: RequestOptions): ApiPromise<CreatedRefund> {
    return respond(options, async (options) => {
      requireKnownOptions('refunds.create', options, REQUEST_OPTIONS);
      const path = { orderNumber: pathParameter('/order/{orderNumber}/refund', 'orderNumber', orderNumber) };
      const body = toRefundInput('refund', refund, this.#context.timeZone);
      const { http } = this.#context;
      return http.create(OPERATIONS.createRefund, options, { argument: 'refund', body: { ...body } }, {
        send: async (attempt) => {
          const { data } = await http.call(
            OPERATIONS.createRefund,
            attempt,
            (api, init) => api.POST('/order/{orderNumber}/refund', { ...init, params: { path }, body }),
            { request: { path, body }, names: { body: 'refund' } },
          );
          return data;
        },
        readBack: (externalReference, read) => readBackRefund(http, orderNumber, externalReference, read),
      });
    });
  }
}

/**
 * The order's refund with this reference, `undefined` if the order has none such or does not exist.
 * An answer counts only if it carries the `refunds` list that `includeRefunds` asks for: without it
 * (a server that ignores the flag), whether the refund exists cannot be told and the read-back throws.
 */
async function readBackRefund(http: ApiClient<paths>, orderNumber: string, externalReference: string, options: RequestOptions): Promise<Refund | undefined> {
  const path = { orderNumber: pathParameter('/order/{orderNumber}', 'orderNumber', orderNumber) };
  const query = { includeRefunds: true };
  let result;
  try {
    result = await http.call(
      OPERATIONS.getOrder,
      options,
      (api, init) => api.GET('/order/{orderNumber}', { ...init, params: { path, query } }),
      { request: { path, query } },
    );
  } catch (error) {
    // No order, no refund of it.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
  const { refunds } = result.data;
  if (!Array.isArray(refunds)) {
    throw http.invalidResponse(OPERATIONS.getOrder, 'the order came back without its `refunds` list, so whether the refund exists cannot be told', result);
  }
  return refunds.find((entry) => entry?.externalReference === externalReference);
}
