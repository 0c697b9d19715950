import { describe, expect, it } from 'vitest';
import { REDACTED } from '../src/index.js';
import { MIN_SCRUBBED_SECRET_LENGTH, createRedactor, encodeBase64 } from '../src/internal.js';
import { createSafeLog } from '../src/logger.js';
import { redactHeaderValues, redactUrl, redactValue } from '../src/redact.js';

describe('redaction', () => {
  it('replaces a secret, also URL-encoded, in Base64 and in any letter case', () => {
    const redact = createRedactor(['abcdefgh', 'user:pa ss']);
    expect(redact('x abcdefgh y ABCDEFGH')).toBe(`x ${REDACTED} y ${REDACTED}`);
    expect(redact(`Basic ${encodeBase64('user:pa ss')}`)).toBe(`Basic ${REDACTED}`);
    expect(redact('user%3Apa%20ss user%3apa%20ss')).toBe(`${REDACTED} ${REDACTED}`);
  });

  it.each(['p', '1', '.', '/', ':', '8443', 's', 'e', 'abcdefg'])('leaves free text alone for the short secret %j', (secret) => {
    expect(MIN_SCRUBBED_SECRET_LENGTH).toBe(8);
    const redact = createRedactor([secret]);
    const text = 'createOrder failed with 400 (POST https://iom.example:8443/rest/order-service/shops/1/orders): see errors';
    expect(redact(text)).toBe(text);
  });

  it('masks credential headers by name and redacts secrets in the others', () => {
    const redact = createRedactor(['s3cret-value']);
    const headers = redactHeaderValues(new Headers({ 'set-cookie': 'session=1', 'x-echo': 'key s3cret-value', 'content-type': 'application/json' }), redact);
    expect(Object.fromEntries(headers)).toEqual({ 'set-cookie': REDACTED, 'x-echo': `key ${REDACTED}`, 'content-type': 'application/json' });
  });

  it('redacts a secret echoed in a header name, which arrives lower-cased', () => {
    const secret = 'Sk_Live_MixedCase_99';
    const redact = createRedactor([secret]);
    const headers = redactHeaderValues(new Headers({ [`x-echo-${secret}`]: 'yes', 'x-other': 'fine' }), redact);
    const shown = JSON.stringify([...headers]);
    expect(shown.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(Object.fromEntries(headers)).toEqual({ 'x-echo-redacted': REDACTED, 'x-other': 'fine' });
  });

  it('replaces fields named like credentials whatever their length, and keeps keys of short secrets', () => {
    const redact = createRedactor(['s']);
    const body = { errors: [{ code: 'E1', message: 'missing value' }], password: 'p', apiKey: 12, token: null };
    expect(redactValue(body, redact)).toEqual({ errors: [{ code: 'E1', message: 'missing value' }], password: REDACTED, apiKey: REDACTED, token: null });
  });

  it('drops user-info from a URL whatever its length', () => {
    expect(redactUrl('https://u:p@host.test:8443/a?b=1', createRedactor(['p']))).toBe('https://host.test:8443/a?b=1');
  });

  it('logs without a trailing undefined when a line has no details', () => {
    const calls: unknown[][] = [];
    const log = createSafeLog({ debug: (...args: unknown[]) => calls.push(args) }, createRedactor(['s3cret-value']));
    log?.('debug', 'sent s3cret-value');
    log?.('debug', 'with', { key: 's3cret-value' });
    expect(calls).toEqual([[`sent ${REDACTED}`], ['with', { key: REDACTED }]]);
  });

  it('ignores a logger that throws or rejects', async () => {
    const failing = {
      debug: () => {
        throw new Error('disk full');
      },
      warn: async () => Promise.reject(new Error('remote sink down')),
    };
    const log = createSafeLog(failing, createRedactor([]));
    expect(() => log?.('debug', 'line')).not.toThrow();
    expect(() => log?.('warn', 'line')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
