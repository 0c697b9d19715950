#!/usr/bin/env node
// Runs the live contract suite of each API whose server is configured in the environment, through
// Prism's validating proxy of our spec:
//   KOMFORTKASSE_LIVE_BASE_URL, KOMFORTKASSE_LIVE_API_KEY
//   IOM_LIVE_BASE_URL, IOM_LIVE_SHOP_ID, and IOM_LIVE_USERNAME + IOM_LIVE_PASSWORD or IOM_LIVE_TOKEN
//   pnpm contract:live [komfortkasse|iom-order]
import { spawnSync } from 'node:child_process';

const targets = {
  komfortkasse: { package: '@shopclients/komfortkasse', configured: ['KOMFORTKASSE_LIVE_BASE_URL', 'KOMFORTKASSE_LIVE_API_KEY'] },
  'iom-order': { package: '@shopclients/iom-order', configured: ['IOM_LIVE_BASE_URL', 'IOM_LIVE_SHOP_ID'] },
};

const [only] = process.argv.slice(2);
if (only !== undefined && !(only in targets)) {
  console.error(`usage: pnpm contract:live [${Object.keys(targets).join('|')}]`);
  process.exit(2);
}
const chosen = Object.entries(targets).filter(([api, target]) => (only ? api === only : target.configured.every((name) => process.env[name])));
if (chosen.length === 0) {
  console.error('contract:live: no live server configured. Set, for example:');
  for (const target of Object.values(targets)) console.error(`  ${target.configured.join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const [api, target] of chosen) {
  console.log(`contract:live: ${api}`);
  const result = spawnSync('pnpm', ['--filter', target.package, 'contract:live'], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
