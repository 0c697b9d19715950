export { DEFAULT_BASE_URL, Komfortkasse, type KomfortkasseOptions } from './client.js';
export { type DateInput, type KomfortkasseDate, fromKomfortkasseDate } from './dates.js';
export type { IncludeOption } from './include.js';
export type { BulkOrderSubmission, OrderSubmission, RefundSubmission } from './order-input.js';
export type { InvoiceFile, UploadInvoiceOptions } from './resources/invoices.js';
export type { IncludeOptions, ListOrdersOptions, Orders, SyncOptions } from './resources/orders.js';
export type { ListPostingsOptions, Postings } from './resources/postings.js';
export type { Invoices } from './resources/invoices.js';
export type { Refunds } from './resources/refunds.js';
export { parsePaymentStatusWebhook } from './webhook.js';
export type * from '@shopclients/komfortkasse-types';
export {
  AbortError,
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  type ClientOptions,
  type ErrorDetail,
  InvalidArgumentError,
  InvalidResponseError,
  type Logger,
  type Middleware,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RequestIssue,
  type RequestOptions,
  RequestValidationError,
  ResponseValidationError,
  type ResponseValidationMode,
  ServerError,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
  type ValidationReport,
} from '@shopclients/core';
