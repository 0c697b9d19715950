/**
 * The Komfortkasse API v2 client: start with {@link Komfortkasse}.
 *
 * @packageDocumentation
 * @module @shopclients/komfortkasse
 */
export { DEFAULT_BASE_URL, Komfortkasse, type KomfortkasseOptions } from './client.js';
export { POLICIES as policies } from './policies.js';
export { type DateInput, type KomfortkasseDate, fromKomfortkasseDate } from './dates.js';
export type { DecodedPaymentImage } from './image.js';
export type { IncludeOption } from './include.js';
export type { BulkOrderSubmission, OrderSubmission, RefundSubmission } from './order-input.js';
export type { InvoiceFile, UploadInvoiceOptions } from './resources/invoices.js';
export type {
  IncludeOptions,
  ListOrdersOptions,
  Orders,
  PaymentImageOptions,
  SubmitAllAndSyncOptions,
  SubmitAllAndSyncResult,
  SubmitAllOptions,
  SyncOptions,
} from './resources/orders.js';
export {
  type BatchResult,
  type FailedBatch,
  MAX_BATCH_SIZE,
  type OrderSource,
  type SubmitAllProgress,
  type SubmitAllResult,
  type SubmittedBatch,
} from './bulk-submit.js';
export { SyncRefusedError } from './sync-refused-error.js';
export type { ListPostingsOptions, Postings } from './resources/postings.js';
export type { Invoices } from './resources/invoices.js';
export type { CreatedRefund, Refunds } from './resources/refunds.js';
export { parsePaymentStatusWebhook } from './webhook.js';
export { schemas } from './schemas.js';
export type * from '@shopclients/komfortkasse-types';
export {
  AbortError,
  ApiError,
  ApiPromise,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  type ClientOptions,
  type ErrorDetail,
  type FieldDifference,
  InvalidArgumentError,
  InvalidResponseError,
  KeyConflictError,
  type Logger,
  type Middleware,
  type NaturalKey,
  NotFoundError,
  OutcomeUnknownError,
  PermissionError,
  type Policy,
  RateLimitError,
  type RequestIssue,
  type RequestOptions,
  RequestValidationError,
  ResponseValidationError,
  type ResponseValidationMode,
  ServerError,
  ShopclientsError,
  TimeoutError,
  UnsupportedOperationError,
  ValidationError,
  type ValidationIssue,
  type ValidationReport,
  type WithResponse,
} from '@shopclients/core';
