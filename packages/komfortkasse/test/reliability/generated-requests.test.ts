import { type Schema, arbitraryFor, mutationsFor } from '@shopclients/testkit';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRequest } from '@shopclients/komfortkasse-types/validators';
import { type Komfortkasse, RequestValidationError, ValidationError } from '../../src/index.js';
import { futureDay, mockClient, spec } from '../contract/mock-client.js';

// Fixed in CI; `PROPERTY_RUNS=5000 PROPERTY_SEED=7 pnpm test` explores further locally.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);
const DAY_PATTERN = '^\\d{2}-\\d{2}-\\d{4}$';

const generatorOptions = {
  resolve: (schema: Schema) => spec.resolve(schema),
  // The pattern admits 99-99-0000; the API means real days, so generate those.
  override: (schema: Schema) =>
    schema.pattern === DAY_PATTERN
      ? fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`)
      : undefined,
};

const anyBodyOf = (operationId: string) => arbitraryFor(spec.requestSchema(operationId) as Schema, generatorOptions);
// A refund's plannedDate must lie in the future, which the spec cannot say; the client checks it.
const futureRefunds = anyBodyOf('createRefund').chain((refund) =>
  fc.integer({ min: 1, max: 3650 }).map((days) => ({ ...(refund as object), plannedDate: futureDay(days) })),
);
const bodyOf = (operationId: string) => (operationId === 'createRefund' ? futureRefunds : anyBodyOf(operationId));

// The client refuses, on purpose, blank order numbers everywhere (elsewhere they are path segments)
// and an empty sync list (it would mark every open order LEGACY). The spec alone would allow them,
// so the generator leaves them out.
const isBlank = (text: string) => text.trim() === '';
const syncList = anyBodyOf('syncOrders').filter((list) => (list as string[]).length > 0 && !(list as string[]).some(isBlank));
const bulkOrders = anyBodyOf('submitOrders').filter((orders) => !(orders as { number: string }[]).some((order) => isBlank(order.number)));

interface BodyOperation {
  operationId: string;
  body?: fc.Arbitrary<unknown>;
  send: (client: Komfortkasse, body: never) => Promise<unknown>;
}

const operations: BodyOperation[] = [
  { operationId: 'submitOrder', send: (client, body) => client.orders.submit('10001', body) },
  { operationId: 'createRefund', send: (client, body) => client.refunds.create('10001', body) },
  { operationId: 'submitOrders', body: bulkOrders, send: (client, body) => client.orders.submitMany(body) },
  { operationId: 'syncOrders', body: syncList, send: (client, body) => client.orders.sync(body, { isCompleteList: true }) },
];

const counts = { valid: 0, invalid: 0, agreed: 0, refusedUnsent: 0 };
/** Generous, and growing with the runs: each case goes to Prism as well as through the validators. */
const TIMEOUT_MS = 60_000 + RUNS * 150;

/** The body as the client will send it: days and amounts converted, exactly what the validators see. */
const REQUEST_OF: Record<string, (body: never) => Record<string, unknown>> = {
  submitOrder: (body) => ({ path: { orderNumber: '10001' }, query: {}, body }),
  createRefund: (body) => ({ path: { orderNumber: '10001' }, body }),
  submitOrders: (body) => ({ query: {}, body }),
  syncOrders: (body) => ({ body }),
};

describe('generated requests: the client validators and Prism give the same verdict', () => {
  // Prism judges what the client would send with its own checks off; the client judges the same body.
  const { client: unchecked } = mockClient({ validateRequests: false });
  const { client: checked, recorder } = mockClient();

  it.each(operations)(
    '$operationId: every generated valid body passes the validators and is accepted by Prism',
    async ({ operationId, body: generator, send }) => {
      await fc.assert(
        fc.asyncProperty(generator ?? bodyOf(operationId), async (body) => {
          counts.valid++;
          expect(validateRequest(operationId as never, REQUEST_OF[operationId]!(body as never))).toEqual([]);
          await send(unchecked, body as never);
          counts.agreed++;
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it.each(operations.filter(({ operationId }) => operationId === 'submitOrder' || operationId === 'createRefund'))(
    '$operationId: every mutated body is refused by the validators (nothing sent) and rejected by Prism',
    async ({ operationId, send }) => {
      const schema = spec.requestSchema(operationId) as Schema;
      const mutations = mutationsFor(schema, generatorOptions);
      expect(mutations.length).toBeGreaterThan(3);
      await fc.assert(
        fc.asyncProperty(bodyOf(operationId), fc.constantFrom(...mutations), async (body, mutation) => {
          counts.invalid++;
          const mutated = mutation.apply(body as Record<string, unknown>);
          expect(validateRequest(operationId as never, REQUEST_OF[operationId]!(mutated as never)), mutation.description).not.toEqual([]);
          recorder.reset();
          await expect(send(checked, mutated as never)).rejects.toBeInstanceOf(RequestValidationError);
          expect(recorder.requests).toHaveLength(0);
          counts.refusedUnsent++;
          await expect(send(unchecked, mutated as never), mutation.description).rejects.toBeInstanceOf(ValidationError);
          counts.agreed++;
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it('generated query parameters of the list operations are accepted', async () => {
    const statuses = spec.resolve(spec.document.components.schemas.PaymentStatus).enum as never[];
    const day = generatorOptions.override({ pattern: DAY_PATTERN }) as fc.Arbitrary<string>;
    const include = fc.subarray(['postings', 'collectionHistory', 'paymentReminders', 'refunds'] as const);
    await fc.assert(
      fc.asyncProperty(
        fc.record({ maxAge: fc.integer({ min: 0, max: 3650 }), paymentStatus: fc.subarray(statuses, { minLength: 1 }), minPostingDate: day, include }, { requiredKeys: [] }),
        fc.record({ createdMin: day, createdMax: day, includeOrders: fc.boolean(), iban: fc.constantFrom('DE02120300000000202051', 'AT611904300234573201') }, { requiredKeys: [] }),
        async (orderFilters, postingFilters) => {
          counts.valid += 2;
          await checked.orders.list(orderFilters);
          await checked.postings.list(postingFilters);
          counts.agreed += 2;
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);

  afterAll(() => {
    console.log(
      `generated cases: ${counts.valid} valid, ${counts.invalid} invalid; the client's validators and Prism agreed on ` +
        `${counts.agreed} of ${counts.valid + counts.invalid}; ${counts.refusedUnsent} invalid refused with nothing sent; seed ${SEED}`,
    );
  });
});
