import { type ApiPromise, InvalidArgumentError, type RequestOptions } from '@shopclients/core';
import { REQUEST_OPTIONS, requireKnownOptions, requireNumber, respond } from '@shopclients/core/internal';
import type { BulkOrderInput, ImageType, Order, PaymentStatus } from '@shopclients/komfortkasse-types';
import { type BulkSettings, type OrderSource, type SubmitAllResult, submitInBatches } from '../bulk-submit.js';
import type { ClientContext } from '../context.js';
import { type DateInput, toKomfortkasseDate } from '../dates.js';
import { type DecodedPaymentImage, decodeBase64 } from '../image.js';
import { type IncludeOption, includeFlags } from '../include.js';
import { pathParameter } from '../paths.js';
import { SyncRefusedError } from '../sync-refused-error.js';
import { type BulkOrderSubmission, type OrderSubmission, toBulkOrderInput, toOrderInput } from '../order-input.js';

export interface IncludeOptions extends RequestOptions {
  /** Lists to add to the returned order(s): `postings`, `collectionHistory`, `paymentReminders`, `refunds`. */
  include?: readonly IncludeOption[] | undefined;
}

export interface ListOrdersOptions extends IncludeOptions {
  /** Only orders at most this many days old (the API's default is 120). */
  maxAge?: number | undefined;
  /** Only orders in one of these payment statuses. */
  paymentStatus?: readonly PaymentStatus[] | undefined;
  /** Only orders whose latest posting is on or after this day (and so only orders with postings). */
  minPostingDate?: DateInput | undefined;
}

export interface PaymentImageOptions extends RequestOptions {
  /** Which image: `QRCODE` (EPC QR code), `PAYMENTSLIP` or `PAYMENTSLIPPRINT`. The API documents no default. */
  type?: ImageType | undefined;
}

export interface SyncOptions extends RequestOptions {
  /**
   * Must be `true`: you confirm the list holds every order that is open in the shop. Komfortkasse
   * marks each open order missing from the list as LEGACY and stops tracking it.
   */
  isCompleteList: true;
}

export interface SubmitAllOptions extends IncludeOptions, BulkSettings {}

export interface SubmitAllAndSyncOptions extends SubmitAllOptions {
  /** Must be `true`: you confirm the orders are every order open in the shop, as `sync` requires. */
  isCompleteList: true;
}

/** What `submitAllAndSync` did: the batches of the submit, and the sync's count. */
export interface SubmitAllAndSyncResult extends SubmitAllResult {
  /** How many open orders Komfortkasse marked LEGACY because they were not in the list. */
  legacyCount: number;
}

const INCLUDE_OPTIONS = [...REQUEST_OPTIONS, 'include'];
const LIST_OPTIONS = [...INCLUDE_OPTIONS, 'maxAge', 'paymentStatus', 'minPostingDate'];
const SYNC_OPTIONS = [...REQUEST_OPTIONS, 'isCompleteList'];
const IMAGE_OPTIONS = [...REQUEST_OPTIONS, 'type'];
const SUBMIT_ALL_OPTIONS = [...INCLUDE_OPTIONS, 'batchSize', 'concurrency', 'onProgress'];

/** Orders: submit, read, and change their payment state. */
export class Orders {
  readonly #context: ClientContext;

  constructor(context: ClientContext) {
    this.#context = context;
  }

  /**
   * Submits an order, or updates it when the order number is already known. Returns the stored order.
   * @example
   * ```ts
   * const stored = await komfortkasse.orders.submit(
   *   '10001',
   *   {
   *     date: new Date(), // sent as dd-MM-yyyy
   *     type: 'INVOICE',
   *     amount: 22.375, // sent as 22.38
   *     currency: 'EUR',
   *     billing: { lastName: 'Mustermann', countryCode: 'DE' },
   *   },
   *   { include: ['postings'] },
   * );
   * console.log(stored.paymentStatus); // 'UNPAID'
   * ```
   */
  submit(orderNumber: string, order: OrderSubmission, options?: IncludeOptions): ApiPromise<Order> {
    return respond(async (sink) => {
      requireKnownOptions('orders.submit', options, INCLUDE_OPTIONS);
      const path = { orderNumber: pathParameter('submitOrder', 'orderNumber', orderNumber) };
      const body = toOrderInput('order', order, this.#context.timeZone);
      const query = includeFlags(options?.include);
      return (await this.#context.http.send('submitOrder', { path, query, body, names: { body: 'order' } }, options, sink)).data;
    });
  }

  /**
   * Submits several orders at once (the API advises at most 100 per call). Returns the stored orders.
   * @example
   * ```ts
   * const stored = await komfortkasse.orders.submitMany([
   *   { ...order, number: '10001' },
   *   { ...order, number: '10002', amount: 9.99 },
   * ]);
   * console.log(stored.map(({ number, paymentStatus }) => `${number}: ${paymentStatus}`));
   * ```
   */
  submitMany(orders: readonly BulkOrderSubmission[], options?: IncludeOptions): ApiPromise<Order[]> {
    return respond(async (sink) => {
      requireKnownOptions('orders.submitMany', options, INCLUDE_OPTIONS);
      const body = Array.isArray(orders)
        ? orders.map((order, index) => toBulkOrderInput(`orders[${index}]`, order, this.#context.timeZone))
        : (orders as BulkOrderInput[]);
      const query = includeFlags(options?.include);
      return (await this.#context.http.send('submitOrders', { query, body, names: { body: 'orders' } }, options, sink)).data;
    });
  }

  /**
   * Submits any number of orders in calls of at most `batchSize` (default and most 100, the API's
   * advice), `concurrency` calls at a time (default 2). A failed batch does not stop the others:
   * the result lists it with its error and its orders. An array is checked as a whole before
   * anything is sent. `signal` stops it (the batches in flight are aborted, then it throws
   * `AbortError`); `onProgress` hears about every batch as it settles.
   * @example
   * ```ts
   * // openOrders: an array, an iterable or an async iterable (a database cursor) of orders with their number
   * const result = await komfortkasse.orders.submitAll(openOrders, {
   *   batchSize: 100,
   *   concurrency: 2,
   *   onProgress: ({ batchesDone, submittedCount, failedCount }) => console.log(batchesDone, submittedCount, failedCount),
   * });
   * for (const batch of result.failed) console.error(batch.orderNumbers, batch.error); // batch.submissions, to send again
   * ```
   */
  async submitAll(orders: OrderSource, options: SubmitAllOptions = {}): Promise<SubmitAllResult> {
    requireKnownOptions('orders.submitAll', options, SUBMIT_ALL_OPTIONS);
    const { batchSize, concurrency, onProgress, ...request } = options;
    const query = includeFlags(request.include);
    const send = async (body: BulkOrderInput[]) => (await this.#context.http.send('submitOrders', { query, body, names: { body: 'orders' } }, request)).data;
    return submitInBatches(orders, { batchSize, concurrency, onProgress, signal: request.signal }, this.#context.timeZone, send, 'submitOrders');
  }

  /**
   * The daily routine the API recommends: submit every order open in the shop (`submitAll`), then
   * `sync` with their numbers, so Komfortkasse marks the orders it tracks but the shop no longer has
   * open as LEGACY. If any batch failed, the sync is not sent, because a sync on a partial list
   * marks open orders LEGACY: it throws `SyncRefusedError`, which holds the submit result.
   * @example
   * ```ts
   * import { SyncRefusedError } from '@shopclients/komfortkasse';
   *
   * try {
   *   const { submittedCount, legacyCount } = await komfortkasse.orders.submitAllAndSync(openOrders, { isCompleteList: true });
   *   console.log(`${submittedCount} submitted, ${legacyCount} marked LEGACY`);
   * } catch (error) {
   *   if (!(error instanceof SyncRefusedError)) throw error;
   *   for (const batch of error.result.failed) console.error(batch.orderNumbers, batch.error); // submit these again, then sync
   * }
   * ```
   */
  async submitAllAndSync(openOrders: OrderSource, options: SubmitAllAndSyncOptions): Promise<SubmitAllAndSyncResult> {
    requireKnownOptions('orders.submitAllAndSync', options, [...SUBMIT_ALL_OPTIONS, 'isCompleteList']);
    requireCompleteList(options);
    const { isCompleteList, ...submitOptions } = options;
    const submitted = await this.submitAll(openOrders, submitOptions);
    if (submitted.failed.length > 0) throw new SyncRefusedError(submitted);
    const legacyCount = await this.sync(submitted.orderNumbers, { isCompleteList: true, signal: options.signal, headers: options.headers });
    return { ...submitted, legacyCount };
  }

  /**
   * Reads one order with its current payment status, and the lists named in `include`.
   * @example
   * ```ts
   * const stored = await komfortkasse.orders.get('10001', { include: ['postings', 'refunds'] });
   * console.log(stored.paymentStatus, stored.postings?.length ?? 0);
   * ```
   */
  get(orderNumber: string, options?: IncludeOptions): ApiPromise<Order> {
    return respond(async (sink) => {
      requireKnownOptions('orders.get', options, INCLUDE_OPTIONS);
      const path = { orderNumber: pathParameter('getOrder', 'orderNumber', orderNumber) };
      const query = includeFlags(options?.include);
      return (await this.#context.http.send('getOrder', { path, query }, options, sink)).data;
    });
  }

  /**
   * The payment image of an order that a shop prints on its invoice: the EPC QR code, or a payment
   * slip. Resolves with the PNG's bytes decoded; an unknown order is a `NotFoundError`.
   * @example
   * ```ts
   * import { writeFile } from 'node:fs/promises';
   *
   * const { data: png } = await komfortkasse.orders.paymentImage('10001', { type: 'QRCODE' });
   * await writeFile('10001-girocode.png', png);
   * ```
   */
  paymentImage(orderNumber: string, options?: PaymentImageOptions): ApiPromise<DecodedPaymentImage> {
    return respond(async (sink) => {
      requireKnownOptions('orders.paymentImage', options, IMAGE_OPTIONS);
      const path = { orderNumber: pathParameter('getImage', 'orderNumber', orderNumber) };
      const query = options?.type === undefined ? {} : { type: options.type };
      const result = await this.#context.http.send('getImage', { path, query }, options, sink);
      const data = typeof result.data.data === 'string' ? decodeBase64(result.data.data) : undefined;
      if (data === undefined) throw this.#context.http.invalidResponse('getImage', 'the image came without Base64 `data`', result);
      return { type: result.data.type, format: result.data.format, data };
    });
  }

  /**
   * Lists orders, optionally filtered by age, payment status and latest posting.
   * @example
   * ```ts
   * const paid = await komfortkasse.orders.list({ paymentStatus: ['PAID', 'PAID_PARTIAL'], maxAge: 30 });
   * for (const { number, paymentStatus } of paid) console.log(number, paymentStatus);
   * ```
   */
  list(options: ListOrdersOptions = {}): ApiPromise<Order[]> {
    return respond(async (sink) => {
      requireKnownOptions('orders.list', options, LIST_OPTIONS);
      const query = {
        ...includeFlags(options.include),
        // The API types maxAge as a string; the client takes the number of days.
        ...(options.maxAge === undefined ? {} : { maxAge: String(requireNumber('maxAge', options.maxAge, { min: 0 })) }),
        ...(options.paymentStatus === undefined ? {} : { paymentStatus: nonEmpty(options.paymentStatus) }),
        ...(options.minPostingDate === undefined
          ? {}
          : { minPostingDate: toKomfortkasseDate('minPostingDate', options.minPostingDate, this.#context.timeZone) }),
      };
      return (await this.#context.http.send('readOrders', { query }, options, sink)).data;
    });
  }

  /**
   * Records that the order was cancelled in the shop: payment status becomes CANCELLED.
   * @example
   * ```ts
   * const { paymentStatus } = await komfortkasse.orders.cancel('10001'); // 'CANCELLED'
   * ```
   */
  cancel(orderNumber: string, options?: RequestOptions): ApiPromise<Order> {
    return respond(async (sink) => {
      requireKnownOptions('orders.cancel', options, REQUEST_OPTIONS);
      const path = { orderNumber: pathParameter('cancelOrder', 'orderNumber', orderNumber) };
      return (await this.#context.http.send('cancelOrder', { path }, options, sink)).data;
    });
  }

  /**
   * Records that the order vanished from the shop: payment status becomes DISAPPEARED.
   * @example
   * ```ts
   * const { paymentStatus } = await komfortkasse.orders.remove('10001'); // 'DISAPPEARED'
   * ```
   */
  remove(orderNumber: string, options?: IncludeOptions): ApiPromise<Order> {
    return respond(async (sink) => {
      requireKnownOptions('orders.remove', options, INCLUDE_OPTIONS);
      const path = { orderNumber: pathParameter('removeOrder', 'orderNumber', orderNumber) };
      const query = includeFlags(options?.include);
      return (await this.#context.http.send('removeOrder', { path, query }, options, sink)).data;
    });
  }

  /**
   * Marks the order as paid by hand. The API documents no response body for this operation,
   * so the result is whatever the server sends.
   * @example
   * ```ts
   * await komfortkasse.orders.setPaid('10001'); // e.g. paid in cash at the counter
   * const { paymentStatus } = await komfortkasse.orders.get('10001'); // 'PAID'
   * ```
   */
  setPaid(orderNumber: string, options?: RequestOptions): ApiPromise<unknown> {
    return respond(async (sink) => {
      requireKnownOptions('orders.setPaid', options, REQUEST_OPTIONS);
      const path = { orderNumber: pathParameter('setOrderPaid', 'orderNumber', orderNumber) };
      return (await this.#context.http.send('setOrderPaid', { path }, options, sink)).data;
    });
  }

  /**
   * Reverts a manual `setPaid`.
   * @example
   * ```ts
   * await komfortkasse.orders.setUnpaid('10001'); // undoes a setPaid made by mistake
   * ```
   */
  setUnpaid(orderNumber: string, options?: RequestOptions): ApiPromise<Order> {
    return respond(async (sink) => {
      requireKnownOptions('orders.setUnpaid', options, REQUEST_OPTIONS);
      const path = { orderNumber: pathParameter('setOrderUnpaid', 'orderNumber', orderNumber) };
      return (await this.#context.http.send('setOrderUnpaid', { path }, options, sink)).data;
    });
  }

  /**
   * Sends the complete list of orders open in the shop. Every open order Komfortkasse has that is
   * not in the list is marked LEGACY, so a partial list loses orders: the call refuses to run
   * without `{ isCompleteList: true }`. Returns how many orders were marked LEGACY.
   * @example
   * ```ts
   * // Every order number open in the shop, never one page of them:
   * const openNumbers: string[] = ['10001', '10002', '10007'];
   * const legacyCount = await komfortkasse.orders.sync(openNumbers, { isCompleteList: true });
   * console.log(`${legacyCount} orders marked LEGACY`);
   * ```
   */
  sync(orderNumbers: readonly string[], options: SyncOptions): ApiPromise<number> {
    return respond(async (sink) => {
      requireKnownOptions('orders.sync', options, SYNC_OPTIONS);
      requireCompleteList(options);
      if (Array.isArray(orderNumbers) && orderNumbers.length === 0) {
        throw new InvalidArgumentError('orderNumbers', 'is empty, which would mark every open order LEGACY; refusing to send it');
      }
      const body = orderNumbers as string[];
      return (await this.#context.http.send('syncOrders', { body, names: { body: 'orderNumbers' } }, options, sink)).data;
    });
  }
}

function requireCompleteList(options: { isCompleteList?: unknown } | undefined): void {
  if (options?.isCompleteList !== true) {
    throw new InvalidArgumentError(
      'options.isCompleteList',
      'must be true: orders.sync marks every open order missing from the list as LEGACY, so only a complete list may be sent',
    );
  }
}

/** An empty status list would be left out of the query, and no filter returns every order. */
function nonEmpty(statuses: readonly PaymentStatus[]): PaymentStatus[] {
  if (Array.isArray(statuses) && statuses.length === 0) {
    throw new InvalidArgumentError('paymentStatus', 'is empty, which would return every order; leave the filter out instead');
  }
  return statuses as PaymentStatus[];
}
