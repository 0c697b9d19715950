import { InvalidArgumentError } from './errors.js';

/**
 * Refuses keys a method does not know in its options object: a misspelt or invented filter
 * (`{ customer: 'C-1' }`) would otherwise be dropped silently and the call would do something else.
 */
export function requireKnownOptions(method: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError('options', `of ${method} must be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidArgumentError(`options.${key}`, `is not an option of ${method}; it knows ${known.join(', ')}`);
    }
  }
}
