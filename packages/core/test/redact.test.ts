import { describe, expect, it } from 'vitest';
import { REDACTED, createRedactor, encodeBase64 } from '../src/index.js';
import { createSafeLog } from '../src/logger.js';
import { redactHeaderValues } from '../src/redact.js';

describe('redaction', () => {
  it('replaces a secret, also URL-encoded and in Base64, however short', () => {
    const redact = createRedactor(['abc', 'user:pa ss']);
    expect(redact('x abc y')).toBe(`x ${REDACTED} y`);
    expect(redact(`Basic ${encodeBase64('user:pa ss')}`)).toBe(`Basic ${REDACTED}`);
    expect(redact('user%3Apa%20ss')).toBe(REDACTED);
  });

  it('masks credential headers by name and redacts secrets in the others', () => {
    const redact = createRedactor(['s3cret']);
    const headers = redactHeaderValues(new Headers({ 'set-cookie': 'session=1', 'x-echo': 'key s3cret', 'content-type': 'application/json' }), redact);
    expect(Object.fromEntries(headers)).toEqual({ 'set-cookie': REDACTED, 'x-echo': `key ${REDACTED}`, 'content-type': 'application/json' });
  });

  it('logs without a trailing undefined when a line has no details', () => {
    const calls: unknown[][] = [];
    const log = createSafeLog({ debug: (...args: unknown[]) => calls.push(args) }, createRedactor(['s3cret']));
    log?.('debug', 'sent s3cret');
    log?.('debug', 'with', { key: 's3cret' });
    expect(calls).toEqual([[`sent ${REDACTED}`], ['with', { key: REDACTED }]]);
  });
});
