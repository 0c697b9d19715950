import { REQUEST_OPTIONS, type RequestOptions, requireKnownOptions } from '@shopclients/core';
import type { Refund } from '@shopclients/komfortkasse-types';
import type { ClientContext } from '../context.js';
import { OPERATIONS } from '../operations.js';
import { pathParameter } from '../paths.js';
import { type RefundSubmission, toRefundInput } from '../order-input.js';

/** Refunds: money paid back to a customer by bank transfer. */
export class Refunds {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Registers a refund for an order. `externalReference` must be unique in the shop, and
   * `plannedDate` must lie in the future. Never retried automatically: a repeat would be a second
   * refund or an error about the reused reference.
   */
  async create(orderNumber: string, refund: RefundSubmission, options?: RequestOptions): Promise<Refund> {
    requireKnownOptions('refunds.create', options, REQUEST_OPTIONS);
    const path = { orderNumber: pathParameter('/order/{orderNumber}/refund', 'orderNumber', orderNumber) };
    const body = toRefundInput('refund', refund, this.#context.timeZone);
    const { data } = await this.#context.http.call(
      OPERATIONS.createRefund,
      options,
      (api, init) => api.POST('/order/{orderNumber}/refund', { ...init, params: { path }, body }),
      { request: { path, body }, names: { body: 'refund' } },
    );
    return data;
  }
}
