import { expect, it } from 'vitest';
import { describeReport, runLiveContract } from './checks.js';

const upstream = process.env.KOMFORTKASSE_LIVE_BASE_URL;
const apiKey = process.env.KOMFORTKASSE_LIVE_API_KEY;

it('the live Komfortkasse server answers as our spec says', async () => {
  if (!upstream || !apiKey) {
    throw new Error('Set KOMFORTKASSE_LIVE_BASE_URL and KOMFORTKASSE_LIVE_API_KEY to run the live contract suite.');
  }
  const report = await runLiveContract(upstream, apiKey);
  console.log(describeReport(report));
  expect(report.failures).toEqual([]);
  expect(report.violations).toEqual([]);
}, 600_000);
