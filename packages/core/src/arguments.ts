import { InvalidArgumentError } from './errors.js';

// C0 controls and DEL: never meaningful in an identifier, and a sign of corrupted input.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
// Half of a UTF-16 surrogate pair on its own: no character, and encodeURIComponent throws on it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A non-blank string without control characters. */
export function requireText(argument: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, `must be a string, got ${describeValue(value)}`);
  if (value.trim() === '') throw new InvalidArgumentError(argument, 'must not be empty or only whitespace');
  const fault = characterFault(value);
  if (fault) throw new InvalidArgumentError(argument, fault);
  return value;
}

/** What makes a text unfit to send, as an error message: a control character or a lone surrogate; else `undefined`. */
export function characterFault(text: string): string | undefined {
  if (CONTROL_CHARACTER.test(text)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it holds a lone surrogate)';
  return undefined;
}

/**
 * A credential for an HTTP header: like `requireText`, but an error never shows the value. Refuses
 * what a header cannot carry as it is: characters beyond Latin-1, and spaces at either end (fetch
 * trims them, so the value sent would differ from the one redacted).
 */
export function requireSecret(argument: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, `must be a string, got ${value === null ? 'null' : typeof value}`);
  const text = requireText(argument, value);
  if (text.trim() !== text) throw new InvalidArgumentError(argument, 'must not start or end with white space');
  if (/[^\u0000-\u00ff]/.test(text)) throw new InvalidArgumentError(argument, 'must hold only Latin-1 characters, as HTTP headers do');
  return text;
}

/**
 * A value for one URL path segment. openapi-fetch percent-encodes it, so a correct server reads the
 * value back exactly; what this guards against is a server, or a proxy in front of it, that
 * decodes the path more than once and so treats our escapes as path syntax. The rule: however
 * many times the value is percent-decoded (none, once, twice…), no `/`-separated part of it may be
 * `.` or `..`. That refuses `..`, `%2e%2e`, `../x`, `..%2fx` and `%2e%2e%2fx` alike: each is, or
 * becomes, a step up the path, which reaches outside the API's base path wherever it is read. A
 * `/` alone is allowed: `eBay/123` is a real order number, sent as `eBay%2F123`, which a server
 * routing on the path as sent keeps as one segment.
 */
export function requirePathSegment(argument: string, value: unknown): string {
  const text = requireText(argument, value);
  for (const form of decodings(text)) {
    if (form.split('/').some((part) => part === '.' || part === '..')) {
      throw new InvalidArgumentError(argument, `must not be ${describeValue(text)}, which a server decoding it would read as a relative path`);
    }
  }
  return text;
}

/** `text` and each further percent-decoding of it, until one changes nothing. */
function decodings(text: string): string[] {
  const forms = [text];
  // Each round shortens a text that changes, so this ends; only the escapes of ASCII matter here.
  for (let form = text; ; ) {
    const next = form.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    if (next === form) return forms;
    forms.push((form = next));
  }
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** A finite number, optionally an integer and at least `min`. */
export function requireNumber(argument: string, value: unknown, rule: NumberRule = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(argument, `must be a finite number, got ${describeValue(value)}`);
  }
  if (rule.integer && !Number.isInteger(value)) throw new InvalidArgumentError(argument, `must be a whole number, got ${value}`);
  if (rule.min !== undefined && value < rule.min) throw new InvalidArgumentError(argument, `must be ≥ ${rule.min}, got ${value}`);
  if (rule.max !== undefined && value > rule.max) throw new InvalidArgumentError(argument, `must be ≤ ${rule.max}, got ${value}`);
  return value;
}

/** A plain object (not null, not an array). */
export function requireObject(argument: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(argument, `must be an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

/** An array. */
export function requireArray(argument: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new InvalidArgumentError(argument, `must be an array, got ${describeValue(value)}`);
  return value;
}

/** A `Date` that holds a real time. */
export function requireDate(argument: string, value: unknown): Date {
  if (!(value instanceof Date)) throw new InvalidArgumentError(argument, `must be a Date, got ${describeValue(value)}`);
  if (Number.isNaN(value.getTime())) throw new InvalidArgumentError(argument, 'is an invalid Date');
  return value;
}

/**
 * A request body JSON can carry as it is. `JSON.stringify` would quietly send `NaN`, `Infinity` and
 * invalid Dates as `null`, and throw a bare TypeError on a BigInt or a cycle: refuse those here,
 * naming the place, e.g. `order.sales.total.gross.amount`.
 */
export function requireJson<T>(argument: string, value: T): T {
  checkJson(argument, value, new Set());
  return value;
}

function checkJson(at: string, value: unknown, ancestors: Set<object>): void {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidArgumentError(at, `must be a finite number, got ${value}`);
      return;
    case 'bigint':
    case 'function':
    case 'symbol':
      throw new InvalidArgumentError(at, `cannot be sent as JSON (a ${typeof value})`);
    case 'object': {
      if (value === null) return;
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new InvalidArgumentError(at, 'is an invalid Date');
        return;
      }
      if (ancestors.has(value)) throw new InvalidArgumentError(at, 'refers back to itself (a cycle), which JSON cannot carry');
      ancestors.add(value);
      if (Array.isArray(value)) value.forEach((item, index) => checkJson(`${at}[${index}]`, item, ancestors));
      else for (const [key, item] of Object.entries(value)) checkJson(`${at}.${key}`, item, ancestors);
      ancestors.delete(value);
      return;
    }
    default:
      return;
  }
}

/** A short, safe description of a value for an error message (no contents of long strings). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
