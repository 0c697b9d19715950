/**
 * @internal The parts of `@shopclients/core` that the generated validators and the clients are built
 * from. Not for applications: these exports may change in any release.
 * @packageDocumentation
 */
export { ApiClient, type ApiClientConfig, type CallResult, type CreateCall, type ReadBack, type SendRequest, type SuccessData } from './api-client.js';
export { REQUEST_OPTIONS } from './client-options.js';
export { type ResponseSink, respond } from './api-promise.js';
export { errorClassForStatus, requestIdOf } from './errors.js';
export type { ErrorDetailsReader } from './error-details.js';
export type { CreateSteps } from './reconcile.js';
export { type OperationSpec, type OperationTable, type ParameterSpec, acceptedMediaTypes, documentedMediaTypes } from './operations/table.js';
export { locationParameters } from './operations/location.js';
export { MIN_SCRUBBED_SECRET_LENGTH, createRedactor, encodeBase64, redactHeaders } from './redact.js';
export { type PathParameterCheck, createPathParameterCheck } from './path-aliases.js';
export { type CalendarDay, calendarDayOf, requireCalendarDay, requireTimeZone, requireTimeZoneName } from './calendar.js';
export { backoffDelay, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';
export { requireKnownOptions } from './options.js';
export { integerLiterals } from './json-integers.js';
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
export type { ArgumentNames } from './validation/request-check.js';
export type { Check, CheckError } from './validation/issues.js';
export {
  type CheckLoader,
  type CheckModule,
  type GeneratedValidators,
  type OperationChecks,
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
