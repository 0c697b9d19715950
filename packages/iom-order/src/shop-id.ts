import { InvalidArgumentError } from '@shopclients/core';
import { describeValue } from '@shopclients/core/internal';

/** The numeric ID of a shop in IOM, as a number or as its digits (e.g. read from the environment). */
export type ShopId = number | string;

const DIGITS = /^\d+$/;

export function requireShopId(value: unknown): number {
  const id = typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) {
    throw new InvalidArgumentError('shopId', `must be a whole number ≥ 0 or its digits, got ${describeValue(value)}`);
  }
  return id;
}
