// Writes each client's api.md from its spec's operation table and its policies.
//   pnpm api-md        (each client's tests fail when its api.md is stale)
import { writeFileSync } from 'node:fs';
import { renderApiMd } from '../packages/testkit/src/api-md.js';
import { POLICIES as iomPolicies } from '../packages/iom-order/src/policies.js';
import { POLICIES as komfortkassePolicies } from '../packages/komfortkasse/src/policies.js';
import { operationTable as iomTable } from '../packages/iom-order-types/src/generated/operations.js';
import { operationTable as komfortkasseTable } from '../packages/komfortkasse-types/src/generated/operations.js';

const clients = [
  { dir: 'komfortkasse', packageName: '@shopclients/komfortkasse', api: 'Komfortkasse API v2', table: komfortkasseTable, policies: komfortkassePolicies },
  { dir: 'iom-order', packageName: '@shopclients/iom-order', api: 'IOM Order API', table: iomTable, policies: iomPolicies },
];
for (const { dir, ...input } of clients) {
  const file = new URL(`../packages/${dir}/api.md`, import.meta.url);
  writeFileSync(file, renderApiMd(input));
  console.log(`wrote packages/${dir}/api.md`);
}
