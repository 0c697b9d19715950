import { InvalidArgumentError } from '@shopclients/core';
import { requireArray } from '@shopclients/core/internal';

/** Lists an order response can carry in addition to the order fields. */
export type IncludeOption = 'postings' | 'collectionHistory' | 'paymentReminders' | 'refunds';

const FLAGS = {
  postings: 'includePostings',
  collectionHistory: 'includeCollectionHistory',
  paymentReminders: 'includePaymentReminders',
  refunds: 'includeRefunds',
} as const satisfies Record<IncludeOption, string>;

export type IncludeFlags = { [K in (typeof FLAGS)[IncludeOption]]?: boolean };

/** `['postings', 'refunds']` → `{ includePostings: true, includeRefunds: true }`. */
export function includeFlags(include: readonly IncludeOption[] | undefined): IncludeFlags {
  if (include === undefined) return {};
  const flags: IncludeFlags = {};
  for (const [index, option] of requireArray('include', include).entries()) {
    if (typeof option !== 'string' || !Object.hasOwn(FLAGS, option)) {
      throw new InvalidArgumentError(`include[${index}]`, `must be one of ${Object.keys(FLAGS).join(', ')}, got ${JSON.stringify(option)}`);
    }
    flags[FLAGS[option as IncludeOption]] = true;
  }
  return flags;
}
