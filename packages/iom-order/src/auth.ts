import { InvalidArgumentError } from '@shopclients/core';
import { encodeBase64, requireObject, requireSecret, requireText } from '@shopclients/core/internal';

/** HTTP basic authentication with an IOM user. */
export interface BasicAuth {
  username: string;
  password: string;
  /** Not with `username` and `password`: a {@link BearerAuth} holds the token. */
  token?: never;
}

/** A bearer JSON Web Token, e.g. the `OMS_IDENTITY` cookie the Order Management Tool sets after login. */
export interface BearerAuth {
  token: string;
  /** Not with `token`: a {@link BasicAuth} holds the user. */
  username?: never;
  /** Not with `token`: a {@link BasicAuth} holds the password. */
  password?: never;
}

/** How the client authenticates: {@link BasicAuth} or {@link BearerAuth}, never both. */
export type IomAuth = BasicAuth | BearerAuth;

/** The `Authorization` header for `auth`, and every secret in it, for redaction. */
export interface Credentials {
  headers: { Authorization: string };
  secrets: string[];
}

export function credentialsFor(auth: unknown): Credentials {
  const fields = requireObject('auth', auth);
  if (fields.token !== undefined) {
    if (fields.username !== undefined || fields.password !== undefined) {
      throw new InvalidArgumentError('auth', 'must hold either `username` and `password` or `token`, not both');
    }
    const token = requireSecret('auth.token', fields.token);
    return { headers: { Authorization: `Bearer ${token}` }, secrets: [token] };
  }
  const username = requireText('auth.username', fields.username);
  if (username.includes(':')) throw new InvalidArgumentError('auth.username', 'must not contain ":", which basic authentication cannot carry');
  const password = requireSecret('auth.password', fields.password);
  const pair = `${username}:${password}`;
  return { headers: { Authorization: `Basic ${encodeBase64(pair)}` }, secrets: [password, pair] };
}
