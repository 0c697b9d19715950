import { type Violation, specPath, startPrismProxy, violationRecorder } from '@shopclients/testkit';
import { ApiError, Komfortkasse, ResponseValidationError } from '../../src/index.js';

const DAY_MS = 86_400_000;

/**
 * The contract checks that are safe against a real shop: reads only. Writes (submit, cancel, sync,
 * refunds, invoice uploads) would change real orders and money, so live mode leaves them out.
 */
/** A check resolves with the reason it could not run (e.g. an empty shop), or with nothing. */
const checks: { name: string; run: (client: Komfortkasse) => Promise<string | undefined | unknown> }[] = [
  { name: 'orders.list', run: (client) => client.orders.list({ maxAge: 30, include: ['postings', 'paymentReminders', 'refunds'] }) },
  {
    name: 'orders.get',
    run: async (client) => {
      // Only a lookup: the list's own check is 'orders.list'.
      const [order] = await client.orders.list({ maxAge: 30, validateResponses: 'off' });
      if (!order) return 'skipped: no order in the last 30 days to read';
      await client.orders.get(order.number);
      return undefined;
    },
  },
  { name: 'orders.list by status', run: (client) => client.orders.list({ maxAge: 30, paymentStatus: ['PAID', 'PAID_PARTIAL'] }) },
  { name: 'postings.list', run: (client) => client.postings.list({ createdMin: new Date(Date.now() - 30 * DAY_MS), includeOrders: true }) },
];

export interface LiveReport {
  checks: number;
  violations: Violation[];
  /** What the client's own validators found, in strict mode: one line per issue. */
  drift: string[];
  /** Errors other than spec violations (an unreachable server, a rejected key). */
  failures: string[];
  /** Checks that found nothing to check. */
  skipped: string[];
}

/**
 * Runs the read-only checks against `upstream` through Prism's validating proxy of our spec and
 * reports every place where the server's answers break the spec, as Prism sees it and as the
 * client's own validators do (`validateResponses: 'strict'`). Never prints the API key.
 */
export async function runLiveContract(upstream: string, apiKey: string): Promise<LiveReport> {
  const proxy = await startPrismProxy(specPath('komfortkasse'), upstream);
  const recorder = violationRecorder();
  const client = new Komfortkasse({
    apiKey,
    baseUrl: proxy.url,
    middleware: [recorder.middleware],
    maxRetries: 0,
    timeout: 60_000,
    validateResponses: 'strict',
  });
  const failures: string[] = [];
  const drift: string[] = [];
  const skipped: string[] = [];
  try {
    for (const check of checks) {
      const outcome = await check.run(client).catch((error: unknown) => {
        if (error instanceof ResponseValidationError) drift.push(...error.issues.map((issue) => `${check.name}: ${issue.path.join('.')} ${issue.message}`));
        else failures.push(`${check.name}: ${error instanceof ApiError ? error.message : String(error)}`);
      });
      if (typeof outcome === 'string' && outcome.startsWith('skipped')) skipped.push(`${check.name}: ${outcome}`);
    }
  } finally {
    await proxy.close();
  }
  return { checks: checks.length, violations: recorder.found, drift, failures, skipped };
}

export function describeReport(report: LiveReport): string {
  const lines = [
    `live contract: ${report.checks} checks, ${report.violations.length} spec violations, ${report.drift.length} drift issues, ${report.failures.length} failures, ${report.skipped.length} skipped`,
  ];
  for (const v of report.violations) lines.push(`  violation ${v.operation} (${v.status}) ${v.location}: ${v.message}`);
  for (const issue of report.drift) lines.push(`  drift ${issue}`);
  for (const failure of report.failures) lines.push(`  failure ${failure}`);
  for (const skip of report.skipped) lines.push(`  ${skip}`);
  return lines.join('\n');
}
