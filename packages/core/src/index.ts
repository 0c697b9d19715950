// What callers of the clients use: options, errors, the promise every method returns, and the types
// they name. What generated code and the clients themselves need is in `./internal.ts`.
export type { ClientOptions, RequestOptions } from './client-options.js';
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InvalidArgumentError,
  InvalidResponseError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RequestIssue,
  type RequestSummary,
  RequestValidationError,
  ResponseValidationError,
  ServerError,
  ShopclientsError,
  TimeoutError,
  UnsupportedOperationError,
  ValidationError,
} from './errors.js';
export { KeyConflictError, type KeyConflictErrorInit, type KeyValue, OutcomeUnknownError, type OutcomeUnknownErrorInit } from './outcome-unknown.js';
export type { FieldDifference } from './operations/same-resource.js';
export type { Reconciled } from './reconcile.js';
export type { NaturalKey, Policies, Policy } from './operations/policy.js';
export type { ErrorDetail } from './error-details.js';
export type { Logger, LogLevel } from './logger.js';
export { REDACTED } from './redact.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './response-body.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
export type { FetchLike } from './retrying-fetch.js';
export type { Middleware } from 'openapi-fetch';
export type { ValidationIssue } from './validation/issues.js';
export type { IssueKind, IssueSummary } from './validation/issue-summary.js';
export type { ResponseValidationMode, ValidationReport } from './validation/response-check.js';
export { ApiPromise, type WithResponse } from './api-promise.js';
export type { AttemptMessage, CallMessage, ReconcileMessage, ReconcileStep, RetryReason, ValidationMessage } from './diagnostics.js';
