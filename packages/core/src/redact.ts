const SENSITIVE_NAME = /authorization|cookie|api[-_]?key|token|secret|password/i;

export const REDACTED = '[REDACTED]';

/**
 * Secrets shorter than this are not scrubbed from free text. A password such as `p`, `1`, `.` or
 * `:` occurs by chance in every URL, operation name and error body; replacing it everywhere turned
 * `createThing` into `cre[REDACTED]teThing`, broke the URLs a `Location` is resolved against and
 * emptied error bodies whose keys held the letter. A string of eight characters or more occurs in
 * such text only when it was meant to (eight is also the shortest password NIST SP 800-63B lets
 * users choose). Short secrets are still kept out of output structurally: credential headers are
 * masked by name, URL user-info is dropped, and values of fields named like credentials are
 * replaced. What remains is a server that echoes a short secret in free text, e.g. in an error
 * message; a secret that short guards nothing worth that cost.
 */
export const MIN_SCRUBBED_SECRET_LENGTH = 8;

/** Headers as a plain object with every credential-bearing value replaced. */
export function redactHeaders(headers: Headers | Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (value: string, name: string) => {
    out[name] = SENSITIVE_NAME.test(name) ? REDACTED : value;
  };
  if (headers instanceof Headers) headers.forEach(add);
  else for (const name of Object.keys(headers)) add(headers[name] as string, name);
  return out;
}

/**
 * A function that replaces every occurrence of the given secrets in a text, also URL-encoded and in
 * Base64 (pass a Basic-auth `user:password` pair as a secret of its own to cover its header), in
 * any letter case: header names arrive lower-cased, and percent-escapes come in either case. Used on
 * everything a client prints or puts in an error. Secrets shorter than `MIN_SCRUBBED_SECRET_LENGTH`
 * are left to structural redaction (see there).
 */
export function createRedactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SCRUBBED_SECRET_LENGTH) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
    needles.add(encodeBase64(secret));
    // Unpadded too: inside a longer Base64 text a secret's form has no padding of its own.
    needles.add(encodeBase64(secret).replace(/=+$/, ''));
  }
  if (needles.size === 0) return (text) => text;
  // Longest first, so that a padded form is replaced whole rather than leaving its `=`.
  const pattern = new RegExp(
    [...needles]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gi',
  );
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

/**
 * A JSON-like value with `redact` applied to every string in it (keys included), and the whole
 * value of every field named like a credential (`password`, `apiKey`, `token`…) replaced.
 */
export function redactValue<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact)) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      redact(key),
      SENSITIVE_NAME.test(key) && item !== null && item !== undefined ? REDACTED : redactValue(item, redact),
    ]),
  ) as T;
}

/**
 * A copy of response headers for errors and logs: credential headers masked, secrets redacted in
 * values and in names. A name that held a secret keeps a valid form (`x-echo-redacted`), and its
 * value is masked as well.
 */
export function redactHeaderValues(headers: Headers, redact: (text: string) => string): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => {
    const shownName = redact(name);
    if (shownName !== name) copy.append(shownName.replaceAll(REDACTED, 'redacted'), REDACTED);
    else copy.append(name, SENSITIVE_NAME.test(name) ? REDACTED : redact(value));
  });
  return copy;
}

/** A URL for errors and logs: user-info dropped whatever its length, secrets redacted in the rest. */
export function redactUrl(url: string, redact: (text: string) => string): string {
  if (!URL.canParse(url)) return redact(url);
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return redact(parsed.href);
}
