import type { ApiPromise, RequestOptions } from '@shopclients/core';
import { REQUEST_OPTIONS, requireKnownOptions, respond } from '@shopclients/core/internal';
import type { Posting } from '@shopclients/komfortkasse-types';
import type { ClientContext } from '../context.js';
import { type DateInput, toKomfortkasseDate } from '../dates.js';

export interface ListPostingsOptions extends RequestOptions {
  /** Postings created on or after this day. */
  createdMin?: DateInput | undefined;
  /** Postings created before this day (exclusive). */
  createdMax?: DateInput | undefined;
  /** Add the orders each posting was assigned to. */
  includeOrders?: boolean | undefined;
  /** Only this bank account (default: all accounts). */
  iban?: string | undefined;
}

const POSTINGS_OPTIONS = [...REQUEST_OPTIONS, 'createdMin', 'createdMax', 'includeOrders', 'iban'];

/** Bank postings (incoming payments) Komfortkasse has seen. */
export class Postings {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * The postings (`listPostings`), optionally of one bank account, within a creation date range and with their orders.
   * @example
   * ```ts
   * const postings = await komfortkasse.postings.list({ createdMin: '2026-11-01', createdMax: new Date(), includeOrders: true });
   * console.log(postings.length);
   * ```
   */
  list(options: ListPostingsOptions = {}): ApiPromise<Posting[]> {
    return respond(async (sink) => {
      requireKnownOptions('postings.list', options, POSTINGS_OPTIONS);
      const { timeZone } = this.#context;
      const query = {
        ...(options.createdMin === undefined ? {} : { createdMin: toKomfortkasseDate('createdMin', options.createdMin, timeZone) }),
        ...(options.createdMax === undefined ? {} : { createdMax: toKomfortkasseDate('createdMax', options.createdMax, timeZone) }),
        ...(options.includeOrders === undefined ? {} : { includeOrders: options.includeOrders }),
        ...(options.iban === undefined ? {} : { iban: options.iban }),
      };
      return (await this.#context.http.send('readPostings', { query }, options, sink)).data;
    });
  }
}
