import { SpecExamples, recordingFetch } from '@shopclients/testkit';
import { expect, inject, onTestFinished } from 'vitest';
import { type BulkOrderSubmission, Komfortkasse, type KomfortkasseOptions, type OrderSubmission, type RefundSubmission } from '../../src/index.js';
import { type FakeKomfortkasse, createFakeKomfortkasse } from '../../src/testing/index.js';

export const API_KEY = 'kk_test_4f8b2c1d9e7a6b5c';
export const spec = new SpecExamples('komfortkasse');

/** Where a contract test sends its requests: the Prism mock of the spec, or the stateful fake. */
export const TARGETS = ['prism', 'fake'] as const;
export type Target = (typeof TARGETS)[number];

/** The day the fake's clock shows in the contract tests: a few days after the example order's date. */
export const FAKE_NOW = '2018-04-28T10:00:00Z';

/** A client of the Prism mock that records every request it sends. Retries are off so each call is one request. */
export function mockClient(options: Partial<KomfortkasseOptions> = {}) {
  const recorder = recordingFetch();
  const client = new Komfortkasse({ apiKey: API_KEY, baseUrl: inject('komfortkasseMockUrl'), fetch: recorder.fetch, maxRetries: 0, ...options });
  return { client, recorder, fake: undefined };
}

/**
 * A recording client of `target`. On the fake, the orders named in `given` are submitted first (the
 * spec's example order under each number) and the recorder is cleared, so Prism's and the fake's
 * tests see the same requests; Prism needs nothing, it answers every call from the spec's examples.
 */
export async function contractClient(target: Target, given: { orders?: readonly string[] } = {}, options: Partial<KomfortkasseOptions> = {}) {
  return target === 'prism' ? mockClient(options) : fakeClient(given, options);
}

/** A recording client of a fresh fake, with the orders in `given` already submitted. */
export async function fakeClient(given: { orders?: readonly string[] } = {}, options: Partial<KomfortkasseOptions> = {}) {
  const fake: FakeKomfortkasse = createFakeKomfortkasse({ apiKey: API_KEY, baseUrl: 'http://komfortkasse.fake.test', now: FAKE_NOW });
  // The fake is held to the spec: a test fails if any answer it gave broke it.
  onTestFinished(() => expect(fake.specViolations).toEqual([]));
  const recorder = recordingFetch((request) => fake.fetch(request));
  const client = new Komfortkasse({ apiKey: API_KEY, baseUrl: fake.baseUrl, fetch: recorder.fetch, maxRetries: 0, ...options });
  for (const number of given.orders ?? []) await client.orders.submit(number, examples.order);
  recorder.reset();
  return { client, recorder, fake };
}

/** Asks Prism for a documented response status instead of the success. */
export function prefer(status: number) {
  return { headers: { Prefer: `code=${status}` } };
}

/** A day `days` after today (UTC) as `dd-MM-yyyy`: a refund's `plannedDate` must lie in the future. */
export function futureDay(days = 30): string {
  const [year, month, day] = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

export const examples = {
  order: spec.requestExamples('submitOrder').invoiceOrder as OrderSubmission,
  orders: spec.requestExamples('submitOrders').twoOrders as BulkOrderSubmission[],
  // The spec's example plans the refund for 2018, which the client refuses as past.
  refund: { ...(spec.requestExamples('createRefund').fullRefund as RefundSubmission), plannedDate: futureDay() },
  openOrderNumbers: spec.requestExamples('syncOrders').openOrders as string[],
};

type Options = { headers: Record<string, string> };

/** One valid call per operation, by operationId, so tables can run every operation. */
export const callEveryOperation: Record<string, (client: Komfortkasse, options: Options) => Promise<unknown>> = {
  getOrder: (client, options) => client.orders.get('10001', options),
  submitOrder: (client, options) => client.orders.submit('10001', examples.order, options),
  submitOrders: (client, options) => client.orders.submitMany(examples.orders, options),
  readOrders: (client, options) => client.orders.list(options),
  cancelOrder: (client, options) => client.orders.cancel('10001', options),
  removeOrder: (client, options) => client.orders.remove('10001', options),
  setOrderPaid: (client, options) => client.orders.setPaid('10001', options),
  setOrderUnpaid: (client, options) => client.orders.setUnpaid('10001', options),
  syncOrders: (client, options) => client.orders.sync(examples.openOrderNumbers, { ...options, isCompleteList: true }),
  submitInvoice: (client, options) => client.invoices.upload('10001', '100072533', new Uint8Array([37, 80, 68, 70]), options),
  createRefund: (client, options) => client.refunds.create('10001', examples.refund, options),
  readPostings: (client, options) => client.postings.list(options),
  getImage: (client, options) => client.orders.paymentImage('10001', { ...options, type: 'QRCODE' }),
};
