import { SpecExamples, recordingFetch } from '@shopclients/testkit';
import { inject } from 'vitest';
import { type ChangeRequestInput, IomOrders, type IomOrdersOptions, type OrderInput } from '../../src/index.js';

// `iom-connector:` is not a multiple of 3 bytes long, so Base64 of the pair does not contain Base64 of the password.
export const USERNAME = 'iom-connector';
export const PASSWORD = 'pw-7Hq!x2Lm9zR4';
export const SHOP_ID = 1000;
export const spec = new SpecExamples('iom-order');

/** A client of the Prism mock that records every request it sends. Retries are off so each call is one request. */
export function mockClient(options: Partial<IomOrdersOptions> = {}) {
  const recorder = recordingFetch();
  const client = new IomOrders({
    baseUrl: inject('iomMockUrl'),
    auth: { username: USERNAME, password: PASSWORD },
    shopId: SHOP_ID,
    fetch: recorder.fetch,
    maxRetries: 0,
    ...options,
  });
  return { client, recorder };
}

/** Asks Prism for a documented response status instead of the success. */
export function prefer(status: number) {
  return { headers: { Prefer: `code=${status}` } };
}

export const examples = {
  orders: spec.requestExamples('createOrder') as Record<string, OrderInput>,
  b2bOrder: spec.requestExamples('createOrder').b2bCompanyOrder as OrderInput,
  b2cOrder: spec.requestExamples('createOrder').b2cPackstationOrder as OrderInput,
  changeRequest: spec.requestExamples('createChangeRequest').reduceQuantity as ChangeRequestInput,
};

/** The named examples of the `Location` header of a create's 201 (SpecExamples reads body examples only). */
export function locationExamples(path: string): Record<string, string> {
  const headerExamples = spec.document.paths[path].post.responses['201'].headers.Location.examples as Record<string, { value: string }>;
  return Object.fromEntries(Object.entries(headerExamples).map(([name, example]) => [name, example.value]));
}

type Options = { headers: Record<string, string> };

/** One valid call per operation, by operationId, so tables can run every operation. */
export const callEveryOperation: Record<string, (client: IomOrders, options: Options) => Promise<unknown>> = {
  createOrder: (client, options) => client.orders.create(examples.b2bOrder, options),
  getOrder: (client, options) => client.orders.get('B2B-2024-000731', options),
  getChangeRequestViewList: (client, options) => client.changeRequests.list('B2B-2024-000731', options),
  createChangeRequest: (client, options) => client.changeRequests.create('B2B-2024-000731', examples.changeRequest, options),
  getChangeRequest: (client, options) => client.changeRequests.get('B2B-2024-000731', 'CR-000731-01', options),
  getOrderStatesBySortCriterias: (client, options) => client.orderStates.search(options),
};
