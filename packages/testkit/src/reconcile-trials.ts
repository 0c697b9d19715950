import type { Fault } from '@shopclients/core/testing';
import type { KeyedStoreServer } from './keyed-store-server.js';
import { proxyPage } from './test-server.js';

export interface TrialTally {
  trials: number;
  /** Calls that resolved. */
  resolved: number;
  /** Resolved calls whose result says `reconciled: true`. */
  reconciled: number;
  /** Copies of the trials' keys on the server, all together. */
  copies: number;
  /** Keys the server holds exactly once. */
  exactlyOne: number;
  /** The name and message of each call that threw. */
  errors: string[];
  /** One line with the figures, for the test output. */
  line: string;
}

/**
 * Runs `trials` creates at once, each with its own key, and counts how many resolved and how many
 * copies of each key the server holds afterwards (after `settleMs`, so that late commits count).
 */
export async function runTrials(
  label: string,
  trials: number,
  server: KeyedStoreServer,
  trial: (index: number) => { key: string; call: Promise<unknown> },
  settleMs = 0,
): Promise<TrialTally> {
  const started = Array.from({ length: trials }, (_, index) => trial(index));
  const outcomes = await Promise.allSettled(started.map(({ call }) => call));
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  const copies = started.map(({ key }) => server.copies(key));
  const fulfilled = outcomes.filter((outcome): outcome is PromiseFulfilledResult<unknown> => outcome.status === 'fulfilled');
  const tally = {
    trials,
    resolved: fulfilled.length,
    reconciled: fulfilled.filter((outcome) => (outcome.value as { reconciled?: unknown } | undefined)?.reconciled === true).length,
    copies: copies.reduce((sum, count) => sum + count, 0),
    exactlyOne: copies.filter((count) => count === 1).length,
    errors: outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason instanceof Error ? `${outcome.reason.name}: ${outcome.reason.message}` : String(outcome.reason)] : [],
    ),
  };
  const line =
    `${label}: ${tally.trials} trials, ${tally.resolved} resolved (${tally.reconciled} reconciled), ` +
    `${tally.copies} copies on the server, ${tally.exactlyOne} keys held exactly once`;
  return { ...tally, line };
}

/** A small seeded random generator (mulberry32), so a random fault run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One way a create's outcome is lost, as the fault of its first attempt. */
export interface LostAnswer {
  label: string;
  fault: Fault;
  /** The create was committed before its answer was lost. */
  committed: boolean;
  /** Reads of its scope that do not see the committed create yet. */
  unseenReads?: number;
  /** How long after the call the create is committed (a late commit), else 0. */
  lateMs: number;
}

/**
 * Every way a create's outcome can be lost, as faults of the first attempt: committed and then the
 * answer lost, failed before committing, and committed late (after a client with `timeoutMs` gave up).
 */
export function lostAnswerFaults(timeoutMs: number): LostAnswer[] {
  const committed = (label: string, fault: Fault, unseenReads?: number): LostAnswer => ({
    label,
    fault,
    committed: true,
    lateMs: 0,
    ...(unseenReads ? { unseenReads } : {}),
  });
  const notCommitted = (label: string, fault: Fault): LostAnswer => ({ label, fault, committed: false, lateMs: 0 });
  return [
    committed('committed, then the connection reset', { after: 'reset' }),
    committed('committed, then no answer past the timeout', { after: 'stall' }),
    committed('committed, then 502 from a proxy', { after: proxyPage(502) }),
    committed('committed, then 503 from a proxy', { after: proxyPage(503) }),
    committed('committed, then 504 from a proxy', { after: proxyPage(504) }),
    committed('committed, then the success with its body cut', { after: 'cut-body' }),
    committed('committed, then a bare success status', { after: 'bare-status' }),
    // Both read-backs before the re-send miss it, so the re-send meets the taken key.
    committed('committed, reset, unseen by the next 2 reads', { after: 'reset' }, 2),
    notCommitted('not committed: connection reset', 'reset'),
    notCommitted('not committed: no answer past the timeout', 'stall'),
    notCommitted('not committed: 502 from a proxy', proxyPage(502)),
    notCommitted('not committed: 503 from a proxy', proxyPage(503)),
    notCommitted('not committed: 504 from a proxy', proxyPage(504)),
    { label: 'committed late, after the client timed out', fault: { lateMs: timeoutMs + 40 }, committed: false, lateMs: timeoutMs + 40 },
  ];
}
