import { SpecExamples, recordingFetch } from '@shopclients/testkit';
import { expect, inject, onTestFinished } from 'vitest';
import { ChangeFeedError, type ChangeRequestInput, IomOrders, type IomOrdersOptions, type OrderInput } from '../../src/index.js';
import { type FakeIomAuth, createFakeIom } from '../../src/testing/index.js';

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
  return { client, recorder, fake: undefined };
}

/** Where a contract test sends its requests: the Prism mock of the spec, or the stateful fake. */
export const TARGETS = ['prism', 'fake'] as const;
export type Target = (typeof TARGETS)[number];

/** What exists on the fake before the test's own call: the example B2B order, and its example change request. */
export interface Given {
  order?: boolean;
  changeRequest?: boolean;
}

/**
 * A recording client of `target`. On the fake, what `given` names is created first through the
 * client and the recorder cleared, so both targets' tests see the same requests; Prism answers every
 * call from the spec's examples and needs nothing.
 */
export async function contractClient(target: Target, given: Given = {}, options: Partial<IomOrdersOptions> = {}) {
  return target === 'prism' ? mockClient(options) : fakeClient(given, options);
}

/** A recording client of a fresh fake serving shops 1000 and 2000 to the client's credentials. */
export async function fakeClient(given: Given = {}, options: Partial<IomOrdersOptions> = {}) {
  const auth = (options.auth ?? { username: USERNAME, password: PASSWORD }) as FakeIomAuth;
  const fake = createFakeIom({ auth, shopIds: [SHOP_ID, 2000], baseUrl: 'http://iom.fake.test', now: '2024-03-14T09:00:00Z' });
  // The fake is held to the spec: a test fails if any answer it gave broke it.
  onTestFinished(() => expect(fake.specViolations).toEqual([]));
  const recorder = recordingFetch((request) => fake.fetch(request));
  const client = new IomOrders({ baseUrl: fake.baseUrl, auth, shopId: SHOP_ID, fetch: recorder.fetch, maxRetries: 0, ...options });
  if (given.order || given.changeRequest) await client.orders.create(examples.b2bOrder);
  if (given.changeRequest) await client.changeRequests.create(examples.b2bOrder.shopOrderNumber, examples.changeRequest);
  recorder.reset();
  return { client, recorder, fake };
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
  // The first page of the change feed. An error that ends the walk arrives as a ChangeFeedError with
  // the cursor to resume from (here the starting one); the API's error is its cause.
  getModifiedOrderStates: async (client, options) => {
    try {
      for await (const page of client.orderStates.changes({ cursor: '20153', ...options })) return page;
      return undefined;
    } catch (error) {
      if (error instanceof ChangeFeedError && error.cursor === '20153') throw error.cause;
      throw error;
    }
  },
};
