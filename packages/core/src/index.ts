export {
  ApiClient,
  type ApiClientConfig,
  type CallInit,
  type CallResult,
  type ClientOptions,
  type Operation,
  REQUEST_OPTIONS,
  type RequestCheck,
  type RequestOptions,
} from './api-client.js';
export type { ArgumentNames } from './validation/request-check.js';
export type { ResponseValidationMode, ValidationReport } from './validation/response-check.js';
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  type RequestIssue,
  RequestValidationError,
  ResponseValidationError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RequestSummary,
  ServerError,
  TimeoutError,
  ValidationError,
  errorClassForStatus,
} from './errors.js';
export { type KeyValue, OutcomeUnknownError, type OutcomeUnknownErrorInit } from './outcome-unknown.js';
export type { CreateSteps, NaturalKey, Reconciled } from './reconcile.js';
export type { ErrorDetail, ErrorDetailsReader } from './error-details.js';
export type { Logger, LogLevel } from './logger.js';
export { MIN_SCRUBBED_SECRET_LENGTH, REDACTED, createRedactor, encodeBase64, redactHeaders } from './redact.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './response-body.js';
export { type PathParameterCheck, createPathParameterCheck } from './path-aliases.js';
export { type CalendarDay, calendarDayOf, requireCalendarDay, requireTimeZone, requireTimeZoneName } from './calendar.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, backoffDelay, parseRetryAfter } from './retry.js';
export type { FetchLike } from './retrying-fetch.js';
export { requireKnownOptions } from './options.js';
export {
  describeValue,
  requireArray,
  requireDate,
  requireJson,
  requireNumber,
  requireObject,
  requirePathSegment,
  requireSecret,
  requireText,
} from './arguments.js';
export type { Middleware } from 'openapi-fetch';
export { type Check, type CheckError, type ValidationIssue } from './validation/issues.js';
export type { IssueKind, IssueSummary } from './validation/issue-summary.js';
export {
  type GeneratedValidators,
  type OperationSpec,
  type ParameterSpec,
  type RequestParts,
  type Validators,
  createValidators,
} from './validation/validators.js';
export {
  type FormatCheck,
  formatAny,
  formatDate,
  formatDateTime,
  formatEmail,
  formatInt32,
  formatInt64,
  formatTime,
  formatUri,
  formatUriReference,
  formatUuid,
} from './validation/formats.js';
export { appendErrors, deepEqual, ucs2length } from './validation/runtime.js';
export { standardSchema } from './validation/standard-schema.js';
export { ApiPromise, type WithResponse, respond } from './api-promise.js';
