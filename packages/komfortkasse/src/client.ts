import type { ClientOptions } from '@shopclients/core';
import { ApiClient, requireObject, requireSecret, requireTimeZoneName } from '@shopclients/core/internal';
import { type operations, operationTable, type paths } from '@shopclients/komfortkasse-types';
import { validators } from '@shopclients/komfortkasse-types/validators/lazy';
import { version } from '../package.json';
import type { ClientContext } from './context.js';
import { POLICIES } from './policies.js';
import { komfortkasseErrorDetails } from './error-body.js';
import { Invoices } from './resources/invoices.js';
import { Orders } from './resources/orders.js';
import { Postings } from './resources/postings.js';
import { Refunds } from './resources/refunds.js';

/** Komfortkasse's production API, the `baseUrl` a client uses unless told otherwise: calls reach real orders. */
export const DEFAULT_BASE_URL = 'https://ssl.komfortkasse.eu/api/v2';
const DEFAULT_TIME_ZONE = 'Europe/Berlin';

export interface KomfortkasseOptions extends ClientOptions {
  /** The shop's API key (Komfortkasse: Settings → Shop → API access). Sent as `X-Komfortkasse-API-Key`. */
  apiKey: string;
  /** Zone whose calendar day a `Date` argument stands for when the API wants `dd-MM-yyyy` (default Europe/Berlin). */
  timeZone?: string | undefined;
}

/** Client of the Komfortkasse API v2. */
export class Komfortkasse {
  readonly orders: Orders;
  readonly invoices: Invoices;
  readonly refunds: Refunds;
  readonly postings: Postings;
  /** The typed openapi-fetch client underneath, for anything the methods do not cover. */
  readonly openapi: ApiClient<paths, operations>['openapi'];

  /**
   * A client of one shop. Without `baseUrl` it talks to Komfortkasse's production API
   * ({@link DEFAULT_BASE_URL}), with real orders.
   * @example
   * ```ts
   * import { Komfortkasse } from '@shopclients/komfortkasse';
   *
   * const komfortkasse = new Komfortkasse({ apiKey: process.env.KOMFORTKASSE_API_KEY! }); // production!
   * // Against a mock or a test server, set baseUrl first:
   * const mocked = new Komfortkasse({ apiKey: 'test-key', baseUrl: 'http://127.0.0.1:4010', maxRetries: 0 });
   * ```
   */
  constructor(options: KomfortkasseOptions) {
    requireObject('options', options);
    const apiKey = requireSecret('apiKey', options.apiKey);
    const http = new ApiClient<paths, operations>({
      ...options,
      api: 'komfortkasse',
      baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
      userAgent: `@shopclients/komfortkasse/${version}`,
      credentialHeaders: { 'X-Komfortkasse-API-Key': apiKey },
      secrets: [apiKey],
      errorDetails: komfortkasseErrorDetails,
      operations: operationTable,
      policies: POLICIES,
      validators,
    });
    const context: ClientContext = { http, timeZone: requireTimeZoneName(options.timeZone ?? DEFAULT_TIME_ZONE) };
    this.orders = new Orders(context);
    this.invoices = new Invoices(context);
    this.refunds = new Refunds(context);
    this.postings = new Postings(context);
    this.openapi = http.openapi;
  }
}
