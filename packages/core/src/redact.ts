const SENSITIVE_HEADER = /authorization|cookie|api[-_]?key|token|secret|password/i;

export const REDACTED = '[REDACTED]';

/** Headers as a plain object with every credential-bearing value replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SENSITIVE_HEADER.test(name) ? REDACTED : value;
  });
  return out;
}

/**
 * A function that replaces every occurrence of the given secrets in a text, also URL-encoded and in
 * Base64 (pass a Basic-auth `user:password` pair as a secret of its own to cover its header). Used on everything a client prints or puts in an error.
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
    needles.add(encodeBase64(secret));
    // Unpadded too: inside a longer Base64 text a secret's form has no padding of its own.
    needles.add(encodeBase64(secret).replace(/=+$/, ''));
  }
  if (needles.size === 0) return (text) => text;
  // Longest first, so that a padded form is replaced whole rather than leaving its `=`.
  const pattern = new RegExp([...needles].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

/** Base64 of the UTF-8 bytes of `text` (as in HTTP Basic authentication). */
export function encodeBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A JSON-like value with `redact` applied to every string in it (keys included). */
export function redactValue<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact)) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactValue(item, redact)])) as T;
}

/** A copy of response headers for errors and logs: credential headers masked, secrets redacted. */
export function redactHeaderValues(headers: Headers, redact: (text: string) => string): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, SENSITIVE_HEADER.test(name) ? REDACTED : redact(value)));
  return copy;
}
