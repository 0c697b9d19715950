import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/operations.js';

describe('the operations table', () => {
  it('every operation that is not safe to repeat either reconciles by a natural key read back by a read of the table, or is known to have none', () => {
    // An invoice upload has no read-back (no operation lists an order's invoice files); a sync has no key.
    const unreconciled = ['submitInvoice', 'syncOrders'];
    for (const operation of Object.values(OPERATIONS)) {
      if (operation.safeToRepeat) continue;
      if (unreconciled.includes(operation.name)) {
        expect(operation, operation.name).not.toHaveProperty('naturalKey');
        continue;
      }
      const naturalKey = (operation as { naturalKey?: { field: string; readBack: string } }).naturalKey;
      expect(naturalKey, operation.name).toBeDefined();
      const readBack = OPERATIONS[naturalKey!.readBack as keyof typeof OPERATIONS];
      expect(readBack?.safeToRepeat, `${operation.name} reads back with ${naturalKey!.readBack}`).toBe(true);
    }
    expect(OPERATIONS.createRefund.naturalKey).toEqual({ field: 'externalReference', readBack: 'getOrder' });
  });
});
