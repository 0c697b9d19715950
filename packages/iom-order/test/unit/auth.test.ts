import { describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/auth.js';
import { type IomAuth, IomOrders, InvalidArgumentError } from '../../src/index.js';

describe('credentialsFor', () => {
  it('encodes basic credentials as UTF-8 and lists every form of the secret', () => {
    expect(credentialsFor({ username: 'jörg', password: 'pässwort' })).toEqual({
      headers: { Authorization: 'Basic asO2cmc6cMOkc3N3b3J0' },
      secrets: ['pässwort', 'jörg:pässwort'],
    });
  });

  it('sends a token as bearer', () => {
    expect(credentialsFor({ token: 'eyJ.e30.sig' })).toEqual({ headers: { Authorization: 'Bearer eyJ.e30.sig' }, secrets: ['eyJ.e30.sig'] });
  });

  it.each([
    ['no auth', undefined, 'auth'],
    ['no username', { password: 'secret' }, 'auth.username'],
    ['a username with a colon', { username: 'a:b', password: 'secret' }, 'auth.username'],
    ['an empty password', { username: 'shop', password: '' }, 'auth.password'],
    ['a blank token', { token: '   ' }, 'auth.token'],
    ['token and password together', { token: 'eyJ.e30.sig', username: 'shop', password: 'secret' }, 'auth'],
  ])('refuses %s', (_, auth, argument) => {
    expect(() => credentialsFor(auth)).toThrow(InvalidArgumentError);
    expect(() => credentialsFor(auth)).toThrow(expect.objectContaining({ argument }));
  });

  it('does not quote a secret of the wrong type in the error', () => {
    expect(() => credentialsFor({ username: 'shop', password: 73914682 })).toThrow(/must be a string, got number$/);
  });
});

describe('the IomAuth type', () => {
  it('accepts basic credentials or a token', () => {
    const basic: IomAuth = { username: 'shop', password: 'secret' };
    const bearer: IomAuth = { token: 'eyJ.e30.sig' };
    expect([basic, bearer]).toHaveLength(2);
  });

  it('refuses token and username/password together, at compile time and at run time', () => {
    const options = { baseUrl: 'https://iom.example/rest/order-service', shopId: 1001 };
    // @ts-expect-error a token together with a username and password is neither BasicAuth nor BearerAuth
    expect(() => new IomOrders({ ...options, auth: { token: 'eyJ.e30.sig', username: 'shop', password: 'secret' } })).toThrow(InvalidArgumentError);
    // @ts-expect-error a token with a password only, the same
    expect(() => new IomOrders({ ...options, auth: { token: 'eyJ.e30.sig', password: 'secret' } })).toThrow(InvalidArgumentError);
  });
});
