import { operationTable } from '@shopclients/komfortkasse-types';
import { describePolicies } from '@shopclients/testkit';
import { expect, it } from 'vitest';
import { Komfortkasse, policies } from '../../src/index.js';

describePolicies({
  table: operationTable,
  policies,
  client: new Komfortkasse({ apiKey: 'policy-test-key' }),
  unreconciled: {
    submitInvoice: 'no operation lists an order’s invoice files',
    syncOrders: 'a sync has no key',
  },
});

it('reads a refund back from its order by its externalReference', () => {
  expect(policies.createRefund.naturalKey).toMatchObject({ field: 'externalReference', readBack: 'getOrder' });
});
