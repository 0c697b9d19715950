// Validators: CPU per check of the generated validators (`@shopclients/<api>-types/validators`, see
// VALIDATORS-CONTRACT.md), measured in this process with the spec's own examples:
//   IOM createOrder request: the full B2B company order            (target ≤ 30 µs)
//   IOM getOrder answer: the B2B company order as the server sends it
//   Komfortkasse submitOrder request and getOrder answer
// Each check is run in batches; µs is the median batch's CPU time per check. A package whose
// validators are not built yet gives `available: false`.
import { IOM_MEDIA_TYPE } from './lib/server.mjs';
import { requestExample, responseExample } from './lib/examples.mjs';
import { median, round } from './lib/stats.mjs';

const CHECKS = [
  {
    api: 'iom-order',
    name: 'IOM createOrder request (B2B company order)',
    target: 30,
    check: (v) => {
      const body = requestExample('iom-order', 'createOrder', IOM_MEDIA_TYPE, 'b2bCompanyOrder');
      return () => v.validateRequest('createOrder', { path: { shopId: 1000 }, body });
    },
  },
  {
    api: 'iom-order',
    name: 'IOM getOrder answer (B2B company order)',
    check: (v) => {
      const body = responseExample('iom-order', 'getOrder', 200, IOM_MEDIA_TYPE, 'b2bCompanyOrder');
      return () => v.validateResponse('getOrder', 200, IOM_MEDIA_TYPE, body);
    },
  },
  {
    api: 'komfortkasse',
    name: 'Komfortkasse submitOrder request',
    check: (v) => {
      const body = requestExample('komfortkasse', 'submitOrder', 'application/json', 'invoiceOrder');
      return () => v.validateRequest('submitOrder', { path: { orderNumber: '10001' }, body });
    },
  },
  {
    api: 'komfortkasse',
    name: 'Komfortkasse getOrder answer',
    check: (v) => {
      const body = responseExample('komfortkasse', 'getOrder', 200, 'application/json', 'unpaidOrder');
      return () => v.validateResponse('getOrder', 200, 'application/json', body);
    },
  },
];

async function load(api) {
  try {
    return await import(`@shopclients/${api}-types/validators`);
  } catch (error) {
    if (error?.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

export async function measureValidators({ rounds = 15, calls = 2000 } = {}) {
  const rows = [];
  for (const { api, name, target, check } of CHECKS) {
    const validators = await load(api);
    if (!validators) {
      rows.push({ name, available: false, target });
      continue;
    }
    const run = check(validators);
    const issues = run();
    for (let i = 0; i < calls; i++) run();
    const samples = [];
    for (let r = 0; r < rounds; r++) {
      const cpu = process.cpuUsage();
      for (let i = 0; i < calls; i++) run();
      const { user, system } = process.cpuUsage(cpu);
      samples.push((user + system) / calls);
    }
    // The spec's own example must pass; a failing check would measure the error path instead.
    rows.push({ name, available: true, target, usPerCheck: round(median(samples), 2), issues: issues.length });
  }
  return { rounds, calls, rows };
}
