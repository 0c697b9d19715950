import { requireNumber } from '@shopclients/core/internal';

/**
 * A money amount rounded half away from zero to cents. Rounds on the decimal text, so that
 * 1.005 becomes 1.01 (binary arithmetic would give 1.00).
 */
export function toCents(argument: string, value: unknown): number {
  const amount = requireNumber(argument, value);
  if (Number.isInteger(amount)) return amount;
  const text = String(Math.abs(amount));
  // Below 1e-6 the text is in exponent notation, which cannot take the decimal shift; it rounds to 0 anyway.
  const cents = text.includes('e') ? Math.round(Math.abs(amount) * 100) : Math.round(Number(`${text}e2`));
  return (amount < 0 ? -cents : cents) / 100;
}
