import type { Policy } from '@shopclients/core';
import type { OperationTable } from '@shopclients/core/internal';
import { describe, expect, it } from 'vitest';

/**
 * The checks every client's policy table must pass against its spec's operation table: every method
 * it names exists on the client, and every operation that is not safe to repeat is reconciled by a
 * natural key read back by a safe read of the same table, unless it is listed as having none.
 */
export function describePolicies(options: {
  table: OperationTable;
  policies: Readonly<Record<string, Policy>>;
  client: object;
  /** Unsafe operations that cannot be reconciled, each with why. */
  unreconciled: Readonly<Record<string, string>>;
}): void {
  const { table, policies, client, unreconciled } = options;

  describe('the policy table', () => {
    it('has one policy per operation of the spec, and no other', () => {
      expect(Object.keys(policies).sort()).toEqual(Object.keys(table).sort());
    });

    it.each(Object.entries(policies))('%s: every method it names is a method of the client', (_, policy) => {
      for (const method of policy.methods) {
        const [resource, name] = method.split('.') as [string, string];
        const target = (client as Record<string, Record<string, unknown> | undefined>)[resource];
        expect(typeof target?.[name], method).toBe('function');
      }
    });

    it.each(Object.entries(policies).filter(([, policy]) => !policy.safeToRepeat))(
      '%s, not safe to repeat, is reconciled or known not to be',
      (operationId, policy) => {
        if (operationId in unreconciled) {
          expect(policy.naturalKey, operationId).toBeUndefined();
          return;
        }
        const naturalKey = policy.naturalKey;
        expect(naturalKey, `${operationId} has a natural key`).toBeDefined();
        const readBack = naturalKey?.readBack as string;
        expect(policies[readBack]?.safeToRepeat, `${operationId} reads back with ${readBack}`).toBe(true);
        expect(table[readBack]?.method, `${readBack} is a read`).toBe('get');
        expect(naturalKey?.takenStatuses.length, `${operationId} says how a taken key is answered`).toBeGreaterThan(0);
      },
    );

    it('lists as unreconciled only operations that are not safe to repeat', () => {
      for (const operationId of Object.keys(unreconciled)) expect(policies[operationId]?.safeToRepeat, operationId).toBe(false);
    });
  });
}
