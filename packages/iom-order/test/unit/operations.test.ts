import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/operations.js';

describe('the operations table', () => {
  it('every operation that is not safe to repeat reconciles by a natural key, read back by a read of the table', () => {
    const unsafe = Object.values(OPERATIONS).filter((operation) => !operation.safeToRepeat);
    expect(unsafe.map((operation) => operation.name)).toEqual(['createOrder', 'createChangeRequest']);
    for (const operation of unsafe) {
      const naturalKey = (operation as { naturalKey?: { field: string; readBack: string } }).naturalKey;
      expect(naturalKey, operation.name).toBeDefined();
      const readBack = OPERATIONS[naturalKey!.readBack as keyof typeof OPERATIONS];
      expect(readBack?.safeToRepeat, `${operation.name} reads back with ${naturalKey!.readBack}`).toBe(true);
    }
  });
});
