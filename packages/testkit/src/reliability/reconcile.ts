import { ConnectionError, KeyConflictError, OutcomeUnknownError, ValidationError } from '@shopclients/core';
import type { Fault } from '@shopclients/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type KeyedStoreServer, startKeyedStoreServer } from '../keyed-store-server.js';
import { type LostAnswer, lostAnswerFaults, runTrials, seededRandom } from '../reconcile-trials.js';
import { proxyPage } from '../test-server.js';
import type { ApiUnderTest, KeyedCreate } from './api.js';

// Generous: a loaded CI machine must answer the faultless requests of 20 concurrent trials within it.
const TIMEOUT_MS = 1_500;
// 200 concurrent requests on a busy machine take seconds to be served at all.
const CONCURRENT_TIMEOUT_MS = 5_000;

/** The state the suite's store reads its faults from, changed per test. */
export interface StorePlan {
  createFault: (key: string, attempt: number) => Fault | undefined;
  unseenReads: (key: string, attempt: number) => number;
  readFault: (scope: string) => Fault | undefined;
}

const none = (): StorePlan => ({ createFault: () => undefined, unseenReads: () => 0, readFault: () => undefined });

/** The first attempt of every key meets the lost answer; later attempts go through. */
export function firstAttempt(plan: StorePlan, lost: Pick<LostAnswer, 'fault' | 'unseenReads'>): void {
  plan.createFault = (_, attempt) => (attempt === 1 ? lost.fault : undefined);
  plan.unseenReads = (_, attempt) => (attempt === 1 ? (lost.unseenReads ?? 0) : 0);
}

let run = 0;
/** A key no other test uses. */
export const uniqueKey = (prefix: string) => `${prefix}-${++run}`;

/**
 * A create whose answer is lost is reconciled by its natural key: under every way of losing it, every
 * call resolves and the store holds exactly one copy; 200 concurrent creates under random faults too;
 * and where reconciling cannot decide or is turned off, nothing is sent twice.
 */
export function describeReconcile<C>(api: ApiUnderTest<C>): {
  store: () => KeyedStoreServer;
  plan: StorePlan;
  client: (options?: Record<string, unknown>) => C;
  logLines: string[];
} {
  let store: KeyedStoreServer;
  const plan = none();
  const logLines: string[] = [];
  const tallies: string[] = [];
  const [first] = api.keyed as [KeyedCreate<C>];

  beforeAll(async () => {
    store = await startKeyedStoreServer({
      api: api.store(),
      createFault: (key, attempt) => plan.createFault(key, attempt),
      unseenReads: (key, attempt) => plan.unseenReads(key, attempt),
      readFault: (scope) => plan.readFault(scope),
    });
  });
  afterEach(() => {
    Object.assign(plan, none());
  });
  afterAll(async () => {
    await store.close();
    console.log(`reconcile (${api.name}):\n  ${tallies.join('\n  ')}`);
  });

  function client(options: Record<string, unknown> = {}): C {
    return api.client({
      baseUrl: `${store.url}${api.basePath}`,
      timeout: TIMEOUT_MS,
      maxRetries: 3,
      retry: { initialDelayMs: 30, maxDelayMs: 200 },
      logger: { info: (line: string) => logLines.push(`info ${line}`), warn: (line: string) => logLines.push(`warn ${line}`) },
      ...options,
    });
  }
  const kinds = () => store.requests.map((request) => request.kind);
  const FAULTS = lostAnswerFaults(TIMEOUT_MS);
  const cases = api.keyed.flatMap((create) => FAULTS.map((lost) => [create.name, lost.label, lost, create] as const));

  describe(`${api.name}: a create whose answer is lost is reconciled by its natural key`, () => {
    it.each(cases)(
      '%s, %s: every call resolves, one copy each',
      async (name, label, lost, create) => {
        firstAttempt(plan, lost);
        const c = client();
        const tally = await runTrials(`${name}, ${label}`, create.trials, store, (index) => create.start(c, uniqueKey('K'), index), lost.lateMs);
        tallies.push(tally.line);
        expect(tally.errors).toEqual([]);
        expect(tally).toMatchObject({ resolved: create.trials, copies: create.trials, exactlyOne: create.trials });
        // Committed before the answer was lost: found by reading back (unless enough of the answer arrived).
        if (lost.committed) expect(tally.reconciled).toBe(create.answeredDespite?.includes(label) ? 0 : create.trials);
      },
      30_000,
    );

    it.each(cases)(
      "%s, %s, its key already held by other content: KeyConflictError naming the field (or the server's own rejection), the original stays alone",
      async (_, __, lost, create) => {
        const c = client();
        const unique = uniqueKey('HELD');
        const original = create.start(c, unique, 0);
        await original.call;
        // The other create's first request (the key's second) meets the fault; its re-sends go through.
        plan.createFault = (_, attempt) => (attempt === 2 ? lost.fault : undefined);
        plan.unseenReads = (_, attempt) => (attempt === 2 ? (lost.unseenReads ?? 0) : 0);
        const other = create.other(c, unique, 0);
        const error = await other.call.catch((e: unknown) => e);
        expect(store.copies(original.key)).toBe(1);
        // A fault that left the server's rejection of the taken key intact: that answer is the call's.
        if (!(error instanceof KeyConflictError)) return expect(error).toBeInstanceOf(create.takenError ?? ValidationError);
        expect(error.differences.map((difference) => difference.field)).toEqual([other.changed]);
        expect(error.key).toEqual({ field: create.field, value: unique });
      },
      30_000,
    );

    it.each(api.keyed)('$name: a reconciled create is the one read back, marked, and logged; a create answered normally is not marked', async (create) => {
      firstAttempt(plan, { fault: { after: 'reset' } });
      store.reset();
      logLines.length = 0;
      const key = uniqueKey('LOG');
      const created = await create.start(client(), key, 0).call;
      expect(created).toMatchObject({ [create.field]: key, reconciled: true });
      create.reconciled?.(
        created,
        store.requests.map(({ method, path }) => `${method} ${path}`),
        key,
        store.url,
      );
      expect(
        logLines.some((line) => line.startsWith(`info ${create.operation}: reconciled: ${create.readBack} found ${create.field}`) && line.includes(key)),
      ).toBe(true);
      Object.assign(plan, none());
      expect(await create.start(client(), uniqueKey('PLAIN'), 0).call).not.toHaveProperty('reconciled');
    });

    it('a read-back that finds nothing waits and reads again before it re-sends', async () => {
      firstAttempt(plan, { fault: 'reset' });
      store.reset();
      await first.start(client(), uniqueKey('SEQ'), 0).call;
      expect(kinds()).toEqual(['create', 'read', 'read', 'create']);
    });

    it('a re-send that meets the taken key is read back instead of failing', async () => {
      firstAttempt(plan, { fault: { after: 'reset' }, unseenReads: 2 });
      store.reset();
      const key = uniqueKey('TAKEN');
      const { key: stored, call } = first.start(client(), key, 0);
      await expect(call).resolves.toMatchObject({ [first.field]: key, reconciled: true });
      expect(kinds()).toEqual(['create', 'read', 'read', 'create', 'read']);
      expect(store.takenAnswers).toBe(1);
      expect(store.copies(stored)).toBe(1);
    });
  });

  describe(`${api.name}: 200 concurrent creates under random faults`, () => {
    it('every call resolves and the store holds exactly one copy of each', async () => {
      const seed = 20261127;
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
      const faults = lostAnswerFaults(CONCURRENT_TIMEOUT_MS);
      // The first attempt meets a random fault (or none), a re-send does half the time (but never waits out a timeout), the third goes through.
      const stalls = (fault: Fault) => fault === 'stall' || (typeof fault === 'object' && 'after' in fault && fault.after === 'stall');
      const quick = faults.filter((lost) => lost.lateMs === 0 && !stalls(lost.fault));
      const chosen = new Map<string, LostAnswer>();
      plan.createFault = (key, attempt) => {
        const lost = attempt === 1 && random() < 0.8 ? pick(faults) : attempt === 2 && random() < 0.5 ? pick(quick) : undefined;
        if (lost) chosen.set(`${key} ${attempt}`, lost);
        return lost?.fault;
      };
      plan.unseenReads = (key, attempt) => chosen.get(`${key} ${attempt}`)?.unseenReads ?? 0;
      const failedReads = new Set<string>();
      // The first read-back of a third of the keys fails too; a read-back is a read and is retried.
      plan.readFault = (scope) => (failedReads.has(scope) || random() > 0.33 ? undefined : (failedReads.add(scope), pick([proxyPage(503), 'reset'] as const)));
      const c = client({ maxRetries: 4, timeout: CONCURRENT_TIMEOUT_MS });
      const started = performance.now();
      // Spread over the creates by their share of the trials.
      const shares = api.keyed.flatMap((create) => Array<KeyedCreate<C>>(create.trials).fill(create));
      const tally = await runTrials(
        `200 concurrent creates under random faults (seed ${seed})`,
        200,
        store,
        (index) => (shares[index % shares.length] as KeyedCreate<C>).start(c, uniqueKey('R'), index),
        CONCURRENT_TIMEOUT_MS + 100,
      );
      tallies.push(`${tally.line} in ${Math.round(performance.now() - started)} ms`);
      expect(tally.errors.slice(0, 5)).toEqual([]);
      expect(tally).toMatchObject({ resolved: 200, copies: 200, exactlyOne: 200 });
      expect(tally.reconciled).toBeGreaterThan(0);
    }, 90_000);
  });

  describe(`${api.name}: when reconciling cannot decide, or is not wanted`, () => {
    it('a read-back that keeps failing ends in OutcomeUnknownError with the key and what was tried, not a ConnectionError', async () => {
      firstAttempt(plan, { fault: { after: 'reset' } });
      plan.readFault = () => proxyPage(503);
      store.reset();
      const key = uniqueKey('UNKNOWN');
      const { key: stored, call } = first.start(client(), key, 0);
      const error = await call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      const unknown = error as OutcomeUnknownError;
      expect(unknown.key).toEqual({ field: first.field, value: key });
      expect(unknown.tried).toEqual([`${first.operation} attempt 1: ConnectionError`, `${first.readBack}: ServerError 503`]);
      expect(unknown.operation).toBe(first.operation);
      expect(unknown.message).toContain(`${first.field} "${key}"`);
      expect(JSON.parse(JSON.stringify(unknown))).toMatchObject({ name: 'OutcomeUnknownError', key: { value: key } });
      // Nothing was re-sent: the record exists once.
      expect(kinds().filter((kind) => kind === 'create')).toHaveLength(1);
      expect(store.copies(stored)).toBe(1);
    }, 30_000);

    it('with no re-send left, a create that is still not found ends in OutcomeUnknownError', async () => {
      firstAttempt(plan, { fault: proxyPage(502) });
      store.reset();
      const { key: stored, call } = first.start(client({ maxRetries: 0 }), uniqueKey('BUDGET'), 0);
      const error = (await call.catch((e: unknown) => e)) as OutcomeUnknownError;
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect(error.tried).toEqual([`${first.operation} attempt 1: ServerError 502`, `${first.readBack}: not found`, `${first.readBack}: not found`]);
      expect(store.copies(stored)).toBe(0);
    });

    it.each(api.keyed)('$name with reconcile: false sends once and throws the lost answer as it came', async (create) => {
      firstAttempt(plan, { fault: { after: 'reset' } });
      store.reset();
      const error = await create.start(client({ reconcile: false }), uniqueKey('OFF'), 0).call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(kinds()).toEqual(['create']);
    });

    it.each(api.keyed)('$name: a first attempt that meets a key taken before the call is the server answer: no read-back', async (create) => {
      const key = uniqueKey('TAKEN-BEFORE');
      const c = client();
      await create.start(c, key, 0).call;
      const before = store.requests.length;
      const error = await create.start(c, key, 0).call.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(create.takenError ?? ValidationError);
      expect(store.requests.slice(before).map((request) => request.kind)).toEqual(['create']);
    });
  });

  return { store: () => store, plan, client, logLines };
}
