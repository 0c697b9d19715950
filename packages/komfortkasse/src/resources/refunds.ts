import type { ApiPromise, RequestOptions } from '@shopclients/core';
import { REQUEST_OPTIONS, requireKnownOptions, respond } from '@shopclients/core/internal';
import type { Refund } from '@shopclients/komfortkasse-types';
import type { ClientContext } from '../context.js';
import { type RefundSubmission, toRefundInput } from '../order-input.js';
import { pathParameter } from '../paths.js';
import { POLICIES } from '../policies.js';

const READ_BACK = POLICIES.createRefund.naturalKey.readBack;

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
   * @example
   * ```ts
   * const refund = await komfortkasse.refunds.create('10001', {
   *   externalReference: 'RMA-1', // unique in the shop: a lost answer is read back by it
   *   amount: 22.38,
   *   currency: 'EUR',
   *   plannedDate: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000), // must lie in the future
   * });
   * console.log(refund.status, refund.reconciled === true);
   * ```
   */
  create(orderNumber: string, refund: RefundSubmission, options?: RequestOptions): ApiPromise<CreatedRefund> {
    return respond(async (sink) => {
      requireKnownOptions('refunds.create', options, REQUEST_OPTIONS);
      const path = { orderNumber: pathParameter('createRefund', 'orderNumber', orderNumber) };
      const body = toRefundInput('refund', refund, this.#context.timeZone);
      const { http } = this.#context;
      return http.create(
        'createRefund',
        {
          request: { path, body, names: { body: 'refund' } },
          argument: 'refund',
          created: (result) => result.data as Refund,
          readBack: (externalReference) => ({
            request: { path: { orderNumber: pathParameter(READ_BACK, 'orderNumber', orderNumber) }, query: { includeRefunds: true } },
            // An answer counts only if it carries the `refunds` list that `includeRefunds` asks for:
            // without it (a server that ignores the flag), whether the refund exists cannot be told.
            resource: (result) => {
              const { refunds } = result.data as { refunds?: Refund[] };
              if (!Array.isArray(refunds)) {
                throw http.invalidResponse(READ_BACK, 'the order came back without its `refunds` list, so whether the refund exists cannot be told', result);
              }
              return refunds.find((entry) => entry?.externalReference === externalReference);
            },
            reconciled: (refund) => refund as Refund,
          }),
        },
        options,
        sink,
      );
    });
  }
}
