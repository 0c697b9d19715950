import type { CreateFault, KeyedStoreServer } from './keyed-store-server.js';

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

/**
 * Every way a create's outcome can be lost, as faults of the first attempt: committed and then the
 * answer lost, failed before committing, and committed late (after a client with `timeoutMs` gave up).
 */
export function lostAnswerFaults(timeoutMs: number): [string, CreateFault][] {
  return [
    ['committed, then the connection reset', { kind: 'after-commit', lost: 'reset' }],
    ['committed, then no answer past the timeout', { kind: 'after-commit', lost: 'stall' }],
    ['committed, then 502 from a proxy', { kind: 'after-commit', lost: 'proxy-502' }],
    ['committed, then 503 from a proxy', { kind: 'after-commit', lost: 'proxy-503' }],
    ['committed, then 504 from a proxy', { kind: 'after-commit', lost: 'proxy-504' }],
    ['committed, then the success with its body cut', { kind: 'after-commit', lost: 'cut-body' }],
    ['committed, then a bare success status', { kind: 'after-commit', lost: 'bare-success' }],
    // Both read-backs before the re-send miss it, so the re-send meets the taken key.
    ['committed, reset, unseen by the next 2 reads', { kind: 'after-commit', lost: 'reset', hiddenReads: 2 }],
    ['not committed: connection reset', { kind: 'before-commit', lost: 'reset' }],
    ['not committed: no answer past the timeout', { kind: 'before-commit', lost: 'stall' }],
    ['not committed: 502 from a proxy', { kind: 'before-commit', lost: 'proxy-502' }],
    ['not committed: 503 from a proxy', { kind: 'before-commit', lost: 'proxy-503' }],
    ['not committed: 504 from a proxy', { kind: 'before-commit', lost: 'proxy-504' }],
    ['committed late, after the client timed out', { kind: 'late-commit', delayMs: timeoutMs + 40 }],
  ];
}
