import { settledHeapUsed } from './heap.js';
import type { TestServer } from './test-server.js';

export interface LoadResult {
  /** Requests the server answered during the measured round. */
  served: number;
  /** Responses that reached the wrong caller, as the round counted them. */
  crossed: number;
  /** Heap growth from before to after the measured round, both after full GC, in MB. */
  growthMb: number;
  /** One line with the figures, for the test output. */
  summary: string;
}

/**
 * Runs `round` (a burst of concurrent requests that resolves with how many answers were crossed)
 * once to warm up, then again between two settled heap readings.
 */
export async function measureLoad(server: Pick<TestServer, 'count'>, concurrent: number, round: () => Promise<number>): Promise<LoadResult> {
  await round();
  const baseline = await settledHeapUsed();
  const servedBefore = server.count;
  const crossed = await round();
  const after = await settledHeapUsed();
  const served = server.count - servedBefore;
  const growthMb = (after - baseline) / 1024 / 1024;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  const summary =
    `load: ${concurrent} concurrent requests, ${served} served, ${crossed} crossed, ` +
    `heap ${mb(baseline)} MB → ${mb(after)} MB (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(2)} MB)`;
  return { served, crossed, growthMb, summary };
}
