import { expect, it } from 'vitest';
import { describeReport, liveConfigFromEnv, runLiveContract } from './checks.js';

it('the live IOM Order API answers as our spec says (read-only checks)', async () => {
  // Throws, naming the missing variables (never their values), when the environment is not set up.
  const config = liveConfigFromEnv(process.env);
  const report = await runLiveContract(config);
  console.log(describeReport(report));
  expect(report.failures).toEqual([]);
  expect(report.violations).toEqual([]);
}, 600_000);
