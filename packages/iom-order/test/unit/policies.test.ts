import { operationTable } from '@shopclients/iom-order-types';
import { describePolicies } from '@shopclients/testkit';
import { expect, it } from 'vitest';
import { IomOrders, policies } from '../../src/index.js';

describePolicies({
  table: operationTable,
  policies,
  client: new IomOrders({ baseUrl: 'https://iom.example.com/rest/order-service', auth: { token: 'policy-test-token' } }),
  unreconciled: {},
});

it('reads both creates back by the key the shop chooses', () => {
  expect(policies.createOrder.naturalKey).toMatchObject({ field: 'shopOrderNumber', readBack: 'getOrder' });
  expect(policies.createChangeRequest.naturalKey).toMatchObject({ field: 'changeRequestId', readBack: 'getChangeRequest' });
});
