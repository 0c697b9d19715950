import { createRedactor } from '@shopclients/core/internal';
import { type Violation, specPath, startPrismProxy, violationRecorder } from '@shopclients/testkit';
import { ApiError, type IomAuth, IomOrders, type OrderStatePage, ResponseValidationError } from '../../src/index.js';

/** Where and as whom the live checks run. */
export interface LiveConfig {
  /** The Order API of the installation, e.g. `https://iom.example.com/rest/order-service`. */
  baseUrl: string;
  shopId: string;
  auth: IomAuth;
}

const VARIABLES = 'IOM_LIVE_BASE_URL, IOM_LIVE_SHOP_ID and either IOM_LIVE_USERNAME + IOM_LIVE_PASSWORD or IOM_LIVE_TOKEN';

/**
 * Reads the live settings from the environment. Fails with a message naming what is missing or
 * contradictory, and never the values.
 */
export function liveConfigFromEnv(env: Record<string, string | undefined>): LiveConfig {
  const value = (name: string) => (env[name]?.trim() ? env[name] : undefined);
  const [baseUrl, shopId, username, password, token] = [
    'IOM_LIVE_BASE_URL',
    'IOM_LIVE_SHOP_ID',
    'IOM_LIVE_USERNAME',
    'IOM_LIVE_PASSWORD',
    'IOM_LIVE_TOKEN',
  ].map(value);
  const missing: string[] = [];
  if (!baseUrl) missing.push('IOM_LIVE_BASE_URL');
  if (!shopId) missing.push('IOM_LIVE_SHOP_ID');
  if (token && (username || password)) {
    throw new Error(`Set either IOM_LIVE_USERNAME + IOM_LIVE_PASSWORD or IOM_LIVE_TOKEN for the live IOM contract suite, not both.`);
  }
  if (!token) {
    if (username && !password) missing.push('IOM_LIVE_PASSWORD');
    else if (password && !username) missing.push('IOM_LIVE_USERNAME');
    else if (!username) missing.push('IOM_LIVE_USERNAME + IOM_LIVE_PASSWORD (or IOM_LIVE_TOKEN)');
  }
  if (missing.length > 0) {
    throw new Error(`Missing ${missing.join(', ')}. The live IOM contract suite needs ${VARIABLES}; it only reads (order states, orders, change requests).`);
  }
  const auth: IomAuth = token ? { token } : { username: username as string, password: password as string };
  return { baseUrl: baseUrl as string, shopId: shopId as string, auth };
}

export interface LiveReport {
  /** Checks that ran. */
  checks: number;
  violations: Violation[];
  /** What the client's own validators found, in strict mode: one line per issue. */
  drift: string[];
  /** Errors other than spec violations (an unreachable server, rejected credentials, a filter not applied). */
  failures: string[];
  /** Checks that could not run, and why (e.g. the shop has no orders yet). */
  skipped: string[];
}

interface Found {
  shopOrderNumber?: string | undefined;
  changeRequestId?: string | undefined;
}

interface Check {
  name: string;
  /** Returns a reason when the check cannot run with what earlier checks found. */
  needs?: (found: Found) => string | undefined;
  run: (client: IomOrders, found: Found) => Promise<void>;
}

/**
 * The contract checks that are safe against a real installation: reads only. createOrder and
 * createChangeRequest would hand real orders and changes to fulfilment, so live mode never sends them.
 */
const checks: Check[] = [
  {
    name: 'orderStates.search',
    run: async (client, found) => {
      const page = await client.orderStates.search({ orderBy: 'shopOrderCreationDate', sortDirection: 'DESC', limit: 5 }).catch((error: unknown) => {
        // Drift is reported, but the order it names can still be read by the checks that follow.
        if (error instanceof ResponseValidationError) found.shopOrderNumber = (error.body as OrderStatePage | undefined)?.data?.[0]?.shopOrderNumber;
        throw error;
      });
      found.shopOrderNumber = page.data?.[0]?.shopOrderNumber;
    },
  },
  {
    name: 'orderStates.search by shopOrderNumbers',
    needs: (found) => (found.shopOrderNumber ? undefined : 'the order state search found no order'),
    run: async (client, found) => {
      // The vendor does not document how list filters are serialized; this shows the server reads ours.
      const page = await client.orderStates.search({ shopOrderNumbers: [found.shopOrderNumber as string], limit: 5 });
      const numbers = (page.data ?? []).map((state) => state.shopOrderNumber);
      if (numbers.length === 0 || numbers.some((number) => number !== found.shopOrderNumber)) {
        throw new Error(
          `the shopOrderNumbers filter was not applied as sent (form, explode): got ${numbers.length} order state(s), not just the one asked for`,
        );
      }
    },
  },
  {
    name: 'orders.get',
    needs: (found) => (found.shopOrderNumber ? undefined : 'the order state search found no order'),
    run: async (client, found) => {
      await client.orders.get(found.shopOrderNumber as string);
    },
  },
  {
    name: 'changeRequests.list',
    needs: (found) => (found.shopOrderNumber ? undefined : 'the order state search found no order'),
    run: async (client, found) => {
      const views = await client.changeRequests.list(found.shopOrderNumber as string);
      found.changeRequestId = views[0]?.changeRequestId;
    },
  },
  {
    name: 'changeRequests.list excluding the changed order',
    needs: (found) => (found.shopOrderNumber ? undefined : 'the order state search found no order'),
    run: async (client, found) => {
      await client.changeRequests.list(found.shopOrderNumber as string, { excludes: ['changeRequest'] });
    },
  },
  {
    name: 'changeRequests.get',
    needs: (found) => (found.changeRequestId ? undefined : 'the order has no change request'),
    run: async (client, found) => {
      await client.changeRequests.get(found.shopOrderNumber as string, found.changeRequestId as string);
    },
  },
];

/**
 * Runs the read-only checks against `config.baseUrl` through Prism's validating proxy of our spec
 * and reports every place where the server's answers break the spec. The report carries no
 * credentials: the client redacts its errors, and the report is scrubbed once more.
 */
export async function runLiveContract(config: LiveConfig): Promise<LiveReport> {
  const redact = createRedactor('token' in config.auth ? [config.auth.token] : [config.auth.password, `${config.auth.username}:${config.auth.password}`]);
  const proxy = await startPrismProxy(specPath('iom-order'), config.baseUrl);
  const recorder = violationRecorder();
  const failures: string[] = [];
  const drift: string[] = [];
  const skipped: string[] = [];
  let ran = 0;
  try {
    const client = new IomOrders({
      baseUrl: proxy.url,
      auth: config.auth,
      shopId: config.shopId,
      middleware: [recorder.middleware],
      maxRetries: 0,
      timeout: 60_000,
      validateResponses: 'strict',
    });
    const found: Found = {};
    for (const check of checks) {
      const missing = check.needs?.(found);
      if (missing) {
        skipped.push(`${check.name}: ${missing}`);
        continue;
      }
      ran++;
      await check.run(client, found).catch((error: unknown) => {
        if (error instanceof ResponseValidationError) {
          drift.push(...error.issues.map((issue) => `${check.name}: ${issue.path.join('.')} ${issue.message}`));
          return;
        }
        failures.push(`${check.name}: ${error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error)}`);
      });
    }
  } catch (error) {
    failures.push(`setup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await proxy.close();
  }
  return {
    checks: ran,
    violations: recorder.found.map((violation) => ({ ...violation, message: redact(violation.message), location: redact(violation.location) })),
    drift: drift.map(redact),
    failures: failures.map(redact),
    skipped,
  };
}

export function describeReport(report: LiveReport): string {
  const lines = [
    `live contract: ${report.checks} checks, ${report.violations.length} spec violations, ${report.drift.length} drift issues, ${report.failures.length} failures, ${report.skipped.length} skipped`,
  ];
  for (const v of report.violations) lines.push(`  violation ${v.operation} (${v.status}) ${v.location}: ${v.message}`);
  for (const issue of report.drift) lines.push(`  drift ${issue}`);
  for (const failure of report.failures) lines.push(`  failure ${failure}`);
  for (const skipped of report.skipped) lines.push(`  skipped ${skipped}`);
  return lines.join('\n');
}
