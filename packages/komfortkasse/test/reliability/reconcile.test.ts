import {
  type CreateFault,
  type KeyedStoreServer,
  type StoreApi,
  lostAnswerFaults,
  runTrials,
  seededRandom,
  startKeyedStoreServer,
} from '@shopclients/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, Komfortkasse, type KomfortkasseOptions, OutcomeUnknownError, ValidationError } from '../../src/index.js';
import { API_KEY, examples, spec } from '../contract/mock-client.js';

// Generous: a loaded CI machine must answer the faultless requests of 20 concurrent trials within it.
const TIMEOUT_MS = 1_500;
// 200 concurrent requests on a busy machine take seconds to be served at all.
const CONCURRENT_TIMEOUT_MS = 5_000;
const TRIALS = 20;
const ORDER = spec.responseExample('getOrder', 200) as Record<string, unknown>;
const REFUND_PATH = /^\/order\/([^/]+)\/refund$/;
const ORDER_PATH = /^\/order\/([^/]+)$/;

/**
 * Komfortkasse as the store plays it: refunds keyed by `externalReference`, read back from the order
 * with `includeRefunds=true`. The docs say only that a reused reference "returns an error"; the store
 * answers it with the API's 400 error shape. `listsRefunds: false` plays a server that ignores the flag.
 */
function komfortkasseApi(listsRefunds = true): StoreApi {
  let ids = 0;
  return {
    create({ method, url, body }) {
      const match = method === 'POST' && REFUND_PATH.exec(url.pathname);
      if (!match) return undefined;
      const fields = body as Record<string, unknown>;
      const refund = { ...fields, id: String(++ids), referenceNumber: `KKBT${ids}`, status: 'NEW' };
      const key = fields.externalReference as string;
      return { key, scope: `order ${decodeURIComponent(match[1] as string)}`, record: refund, answer: { status: 200, body: refund } };
    },
    taken: () => ({ status: 400, body: { error: 'store: this externalReference is used' } }),
    read({ method, url }) {
      const match = method === 'GET' && ORDER_PATH.exec(url.pathname);
      if (!match) return undefined;
      const number = decodeURIComponent(match[1] as string);
      const withRefunds = listsRefunds && url.searchParams.get('includeRefunds') === 'true';
      return { scope: `order ${number}`, answer: (refunds) => ({ status: 200, body: { ...ORDER, number, ...(withRefunds ? { refunds } : {}) } }) };
    },
  };
}

let store: KeyedStoreServer;
let fault: (key: string, attempt: number) => CreateFault = () => ({ kind: 'none' });
let readFault: (scope: string) => 'none' | 'proxy-503' | 'reset' = () => 'none';
const logLines: string[] = [];
const tallies: string[] = [];

beforeAll(async () => {
  store = await startKeyedStoreServer({ api: komfortkasseApi(), createFault: (key, attempt) => fault(key, attempt), readFault: (scope) => readFault(scope) });
});
afterEach(() => {
  fault = () => ({ kind: 'none' });
  readFault = () => 'none';
});
afterAll(async () => {
  await store.close();
  console.log(`reconcile (Komfortkasse):\n  ${tallies.join('\n  ')}`);
});

function client(options: Partial<KomfortkasseOptions> = {}) {
  return new Komfortkasse({
    apiKey: API_KEY,
    baseUrl: store.url,
    timeout: TIMEOUT_MS,
    maxRetries: 3,
    retry: { initialDelayMs: 30, maxDelayMs: 200 },
    logger: { info: (line) => logLines.push(`info ${line}`), warn: (line) => logLines.push(`warn ${line}`) },
    ...options,
  });
}

let run = 0;
const uniqueReference = (prefix: string) => `${prefix}-${++run}`;
const refund = (externalReference: string) => ({ ...examples.refund, externalReference, plannedDate: '01-05-2099' });
const firstAttempt = (first: CreateFault) => (_: string, attempt: number): CreateFault => (attempt === 1 ? first : { kind: 'none' });
const FAULTS = lostAnswerFaults(TIMEOUT_MS);

describe('a refund whose answer is lost is reconciled by its externalReference', () => {
  it.each(FAULTS)('refunds.create, %s: every call resolves, one refund each', async (label, created) => {
    fault = firstAttempt(created);
    const komfortkasse = client();
    const tally = await runTrials(
      `refunds.create, ${label}`,
      TRIALS,
      store,
      (index) => {
        const reference = uniqueReference('RMA');
        // A few orders, each with several refunds: the read-back must pick the right one.
        return { key: reference, call: komfortkasse.refunds.create(`100${index % 4}`, refund(reference)) };
      },
      created.kind === 'late-commit' ? created.delayMs : 0,
    );
    tallies.push(tally.line);
    expect(tally.errors).toEqual([]);
    expect(tally).toMatchObject({ resolved: TRIALS, copies: TRIALS, exactlyOne: TRIALS });
    if (created.kind === 'after-commit') expect(tally.reconciled).toBe(TRIALS);
  }, 30_000);

  it('a reconciled refund is the one read back, marked, and logged; the read-back asks for the refunds', async () => {
    fault = firstAttempt({ kind: 'after-commit', lost: 'cut-body' });
    const reference = uniqueReference('LOG');
    store.reset();
    logLines.length = 0;
    const created = await client().refunds.create('10001', refund(reference));
    expect(created).toMatchObject({ externalReference: reference, amount: examples.refund.amount, status: 'NEW', reconciled: true });
    expect(store.requests.map(({ method, path }) => `${method} ${path}`)).toEqual(['POST /order/10001/refund', 'GET /order/10001?includeRefunds=true']);
    expect(logLines.some((line) => line.startsWith('info createRefund: reconciled: getOrder found externalReference') && line.includes(reference))).toBe(true);
  });

  it('a re-send that meets the used reference is read back instead of failing', async () => {
    fault = firstAttempt({ kind: 'after-commit', lost: 'reset', hiddenReads: 2 });
    const reference = uniqueReference('TAKEN');
    store.reset();
    await expect(client().refunds.create('10001', refund(reference))).resolves.toMatchObject({ externalReference: reference, reconciled: true });
    expect(store.requests.map((request) => request.kind)).toEqual(['create', 'read', 'read', 'create', 'read']);
    expect(store.takenAnswers).toBe(1);
  });
});

describe('200 concurrent refunds under random faults', () => {
  it('every call resolves and the store holds exactly one copy of each', async () => {
    const seed = 20261127;
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const faults = lostAnswerFaults(CONCURRENT_TIMEOUT_MS).map(([, created]) => created);
    // The first attempt meets a random fault (or none), a re-send does half the time (but never waits out a timeout), the third goes through.
    const quick = faults.filter((created) => created.kind !== 'late-commit' && !(created.kind !== 'none' && 'lost' in created && created.lost === 'stall'));
    fault = (_, attempt) => (attempt === 1 && random() < 0.8 ? pick(faults) : attempt === 2 && random() < 0.5 ? pick(quick) : { kind: 'none' });
    const failedReads = new Set<string>();
    readFault = (scope) => (failedReads.has(scope) || random() > 0.33 ? 'none' : (failedReads.add(scope), pick(['proxy-503', 'reset'] as const)));
    const komfortkasse = client({ maxRetries: 4, timeout: CONCURRENT_TIMEOUT_MS });
    const started = performance.now();
    const tally = await runTrials(
      `200 concurrent refunds under random faults (seed ${seed})`,
      200,
      store,
      (index) => {
        const reference = uniqueReference('R');
        return { key: reference, call: komfortkasse.refunds.create(`2${index % 20}`, refund(reference)) };
      },
      CONCURRENT_TIMEOUT_MS + 100,
    );
    tallies.push(`${tally.line} in ${Math.round(performance.now() - started)} ms`);
    expect(tally.errors.slice(0, 5)).toEqual([]);
    expect(tally).toMatchObject({ resolved: 200, copies: 200, exactlyOne: 200 });
    expect(tally.reconciled).toBeGreaterThan(0);
  }, 90_000);
});

describe('when reconciling cannot decide, or is not wanted', () => {
  it('an order read back without its refunds list cannot decide: OutcomeUnknownError, nothing re-sent', async () => {
    const silent = await startKeyedStoreServer({ api: komfortkasseApi(false), createFault: firstAttempt({ kind: 'after-commit', lost: 'reset' }) });
    try {
      const reference = uniqueReference('SILENT');
      const error = (await client({ baseUrl: silent.url }).refunds.create('10001', refund(reference)).catch((e: unknown) => e)) as OutcomeUnknownError;
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect(error.key).toEqual({ field: 'externalReference', value: reference });
      expect(error.tried).toEqual(['createRefund attempt 1: ConnectionError', 'getOrder: InvalidResponseError 200']);
      expect(silent.requests.filter((request) => request.kind === 'create')).toHaveLength(1);
      expect(silent.copies(reference)).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it('reconcile: false sends once and throws the lost answer as it came', async () => {
    fault = firstAttempt({ kind: 'after-commit', lost: 'reset' });
    store.reset();
    const error = await client({ reconcile: false }).refunds.create('10001', refund(uniqueReference('OFF'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(store.requests.map((request) => request.kind)).toEqual(['create']);
  });

  it('a reference used before the call is the server answer: no read-back', async () => {
    const reference = uniqueReference('USED');
    await client().refunds.create('10001', refund(reference));
    const before = store.requests.length;
    const error = await client().refunds.create('10001', refund(reference)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(store.requests.slice(before).map((request) => request.kind)).toEqual(['create']);
  });
});
