import { describeValue } from './arguments.js';
import { InvalidArgumentError } from './errors.js';

/**
 * A client's base URL: absolute http(s), without credentials, query or fragment. Credentials in it
 * would be sent, and printed, with every request (pass them as the client's auth options); a query
 * or fragment would end up in the middle of every path. The errors never quote the URL, which may
 * hold the very secret they refuse.
 */
export function requireBaseUrl(value: unknown): string {
  if (typeof value !== 'string') throw new InvalidArgumentError('baseUrl', `must be a string, got ${describeValue(value)}`);
  if (!URL.canParse(value)) {
    const shown = value.includes('@') ? 'a text holding "@" (not shown, it may hold a credential)' : JSON.stringify(value);
    throw new InvalidArgumentError('baseUrl', `must be an absolute URL, got ${shown}`);
  }
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('baseUrl', `must be an http or https URL, got one with scheme ${JSON.stringify(url.protocol)}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidArgumentError('baseUrl', "must not hold credentials (user:password@); pass them in the client's auth options");
  }
  if (/[?#]/.test(value)) throw new InvalidArgumentError('baseUrl', 'must not have a query (?…) or fragment (#…); it would become part of every path');
  return value;
}
