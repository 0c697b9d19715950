import type { Fault } from '@shopclients/core/testing';
import { type Answer, type TestRequest, startTestServer } from './test-server.js';

export interface StoreRequest {
  method: string;
  url: URL;
  body: unknown;
}

/** What a create request makes: its natural key, the scope reads find it by, and the success answer. */
export interface Creation {
  key: string;
  scope: string;
  record: unknown;
  answer: Answer;
}

/** The API the store plays: which requests create, which read back, and how each is answered. */
export interface StoreApi {
  /** The creation a request asks for, or `undefined` if it is not a create. */
  create(request: StoreRequest): Creation | undefined;
  /** The answer to a create whose key is taken (with `unique`). */
  taken(creation: Creation): Answer;
  /** The scope a read-back addresses and how to answer it from the records visible in that scope. */
  read(request: StoreRequest): { scope: string; answer(records: unknown[]): Answer } | undefined;
}

export interface KeyedStoreOptions {
  api: StoreApi;
  /** Refuse a create whose key exists (default true), as the real APIs do. Without it, duplicates are stored. */
  unique?: boolean;
  /** The fault for the `attempt`-th create request (1-based) carrying `key`. Default: none. */
  createFault?: (key: string, attempt: number) => Fault | undefined;
  /** How many reads of its scope do not see a committed create yet (eventual consistency). Default 0. */
  unseenReads?: (key: string, attempt: number) => number;
  /** The fault for a read-back of `scope`. Default: none. */
  readFault?: (scope: string) => Fault | undefined;
}

export interface KeyedStoreServer {
  url: string;
  /** How many times a create with this key was committed. */
  copies(key: string): number;
  /** Creates refused because their key was taken. */
  readonly takenAnswers: number;
  /** Every request, in order of arrival. */
  readonly requests: { method: string; path: string; kind: 'create' | 'read' | 'other' }[];
  /** Forgets every record and request. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * A stateful test server that stores what creates make, keyed by their natural key. With core's
 * faults it can lose the answer of a create after committing it, fail before committing, or commit
 * late. Reads find what was committed. Used to prove that clients reconcile lost answers without
 * losing or doubling anything.
 */
export async function startKeyedStoreServer(options: KeyedStoreOptions): Promise<KeyedStoreServer> {
  const { api } = options;
  const unique = options.unique ?? true;
  const records: { key: string; scope: string; record: unknown; hiddenReads: number }[] = [];
  const attempts = new Map<string, number>();
  const requests: KeyedStoreServer['requests'] = [];
  let takenAnswers = 0;
  const exists = (key: string) => records.some((entry) => entry.key === key);

  const server = await startTestServer(
    ({ method, url, text }: TestRequest) => {
      const parsed: StoreRequest = { method, url, body: text ? JSON.parse(text) : undefined };
      const path = `${url.pathname}${url.search}`;
      const creation = api.create(parsed);
      if (creation) {
        requests.push({ method, path, kind: 'create' });
        const attempt = (attempts.get(creation.key) ?? 0) + 1;
        attempts.set(creation.key, attempt);
        const work = (): Answer => {
          if (unique && exists(creation.key)) {
            takenAnswers++;
            return api.taken(creation);
          }
          const hiddenReads = options.unseenReads?.(creation.key, attempt) ?? 0;
          records.push({ key: creation.key, scope: creation.scope, record: creation.record, hiddenReads });
          return creation.answer;
        };
        return { fault: options.createFault?.(creation.key, attempt), work };
      }
      const read = api.read(parsed);
      if (read) {
        requests.push({ method, path, kind: 'read' });
        const work = () => read.answer(records.filter((entry) => entry.scope === read.scope && entry.hiddenReads-- <= 0).map((entry) => entry.record));
        return { fault: options.readFault?.(read.scope), work };
      }
      requests.push({ method, path, kind: 'other' });
      return { status: 404 };
    },
    { keepHits: false },
  );

  return {
    url: server.url,
    copies: (key) => records.filter((entry) => entry.key === key).length,
    get takenAnswers() {
      return takenAnswers;
    },
    requests,
    reset() {
      records.length = 0;
      requests.length = 0;
      attempts.clear();
      takenAnswers = 0;
    },
    close: () => server.close(),
  };
}
