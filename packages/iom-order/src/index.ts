/**
 * The Intershop Order Management (IOM) Order API 2.4 client: start with {@link IomOrders}.
 *
 * @packageDocumentation
 * @module @shopclients/iom-order
 */
export { ACCEPT, IomOrders, type IomOrdersOptions, ORDER_MEDIA_TYPE } from './client.js';
export { POLICIES as policies } from './policies.js';
export type { BasicAuth, BearerAuth, IomAuth } from './auth.js';
export type { ShopRequestOptions } from './context.js';
export type { DateInput } from './dates.js';
export type { CreatedChangeRequest, CreatedOrder } from './created.js';
export type { ChangeRequests, ReadChangeRequestOptions } from './resources/change-requests.js';
export type {
  IterateOrderStatesOptions,
  OrderStateChangesOptions,
  OrderStateFilters,
  OrderStates,
  SearchOrderStatesOptions,
} from './resources/order-states.js';
export { ChangeFeedError, type OrderStateChangesPage } from './change-feed.js';
export type { Orders } from './resources/orders.js';
export type { ShopId } from './shop-id.js';
export { schemas } from './schemas.js';
export type * from '@shopclients/iom-order-types';
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
