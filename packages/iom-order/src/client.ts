import type { ClientOptions } from '@shopclients/core';
import { ApiClient, acceptedMediaTypes, requireObject, requireTimeZoneName } from '@shopclients/core/internal';
import { type operations, operationTable, type paths } from '@shopclients/iom-order-types';
import { validators } from '@shopclients/iom-order-types/validators/lazy';
import { version } from '../package.json';
import { type IomAuth, credentialsFor } from './auth.js';
import type { ClientContext } from './context.js';
import { errorReportDetails } from './error-report.js';
import { POLICIES } from './policies.js';
import { ChangeRequests } from './resources/change-requests.js';
import { OrderStates } from './resources/order-states.js';
import { Orders } from './resources/orders.js';
import { type ShopId, requireShopId } from './shop-id.js';

export interface IomOrdersOptions extends ClientOptions {
  /** The Order API of your installation: `{protocol}://{domain}:{port}/rest/order-service`. */
  baseUrl: string;
  /** `{ username, password }` for basic authentication, or `{ token }` for a bearer JWT. */
  auth: IomAuth;
  /** The shop every call addresses unless the call names another. */
  shopId?: ShopId | undefined;
  /** Zone whose calendar day a `Date` filter stands for (default UTC). */
  timeZone?: string | undefined;
}

/** The vendor media type of request bodies and successful responses, as the spec names it. */
export const ORDER_MEDIA_TYPE: string = Object.values(operationTable).find((operation) => 'requestMediaType' in operation)?.requestMediaType as string;

/** The `Accept` header the client sends: every media type the spec's answers come in. */
export const ACCEPT: string = acceptedMediaTypes(operationTable).join(', ');

/**
 * Client of the Intershop Order Management (IOM) Order API 2.4. Every method but
 * `orderStates.changes` (Order API 2.4, IOM 4.6 or later) also works with a 2.3 server.
 */
export class IomOrders {
  readonly orders: Orders;
  readonly changeRequests: ChangeRequests;
  readonly orderStates: OrderStates;
  /** The typed openapi-fetch client underneath, for anything the methods do not cover. */
  readonly openapi: ApiClient<paths, operations>['openapi'];

  /**
   * A client of one IOM installation: `baseUrl`, `auth`, and usually the `shopId` every call addresses.
   * @example
   * ```ts
   * import { IomOrders } from '@shopclients/iom-order';
   *
   * const iom = new IomOrders({
   *   baseUrl: 'https://iom.example.com:8443/rest/order-service',
   *   shopId: 1001,
   *   auth: { username: 'integration', password: process.env.IOM_PASSWORD! },
   * });
   * // With a bearer JWT instead:
   * const withToken = new IomOrders({ baseUrl: 'https://iom.example.com:8443/rest/order-service', auth: { token: process.env.IOM_TOKEN! } });
   * ```
   */
  constructor(options: IomOrdersOptions) {
    requireObject('options', options);
    const credentials = credentialsFor(options.auth);
    const http = new ApiClient<paths, operations>({
      ...options,
      api: 'iom-order',
      userAgent: `@shopclients/iom-order/${version}`,
      credentialHeaders: credentials.headers,
      secrets: credentials.secrets,
      errorDetails: errorReportDetails,
      operations: operationTable,
      policies: POLICIES,
      validators,
    });
    const context: ClientContext = {
      http,
      shopId: options.shopId === undefined ? undefined : requireShopId(options.shopId),
      timeZone: requireTimeZoneName(options.timeZone ?? 'UTC'),
    };
    this.orders = new Orders(context);
    this.changeRequests = new ChangeRequests(context);
    this.orderStates = new OrderStates(context);
    this.openapi = http.openapi;
  }
}
