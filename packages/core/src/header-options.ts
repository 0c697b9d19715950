import { requireObject } from './arguments.js';
import { InvalidArgumentError } from './errors.js';

// RFC 9110 section 5.6.2: a field name is a token.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// CR, LF and NUL end or split a header; beyond Latin-1, a header cannot carry the character at all.
const UNSENDABLE = /[\r\n\0]|[^\u0000-\u00ff]/;

/**
 * The extra headers of a client or a call, checked before anything is sent: fetch would otherwise
 * throw a bare TypeError mid-call. A value is never quoted, since it may be a credential.
 */
export function requireHeaderOptions(argument: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  const headers = requireObject(argument, value);
  for (const [name, text] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new InvalidArgumentError(argument, `has the header name ${JSON.stringify(name)}, which is not a valid HTTP field name`);
    if (typeof text !== 'string') throw new InvalidArgumentError(`${argument}.${name}`, `must be a string, got ${text === null ? 'null' : typeof text}`);
    if (UNSENDABLE.test(text)) {
      throw new InvalidArgumentError(`${argument}.${name}`, 'must not hold CR, LF, NUL or characters beyond Latin-1, which an HTTP header cannot carry');
    }
  }
  return headers as Record<string, string>;
}
