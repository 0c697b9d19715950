export { ApiClient, type ApiClientConfig, type CallInit, type CallResult, type ClientOptions, type Operation, type RequestOptions } from './api-client.js';
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RequestSummary,
  ServerError,
  TimeoutError,
  ValidationError,
  errorClassForStatus,
} from './errors.js';
export type { ErrorDetail, ErrorDetailsReader } from './error-details.js';
export type { Logger, LogLevel } from './logger.js';
export { REDACTED, createRedactor, encodeBase64, redactHeaders } from './redact.js';
export { type CalendarDay, calendarDayOf, requireCalendarDay, requireTimeZone, requireTimeZoneName } from './calendar.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, backoffDelay, parseRetryAfter } from './retry.js';
export type { FetchLike } from './retrying-fetch.js';
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
