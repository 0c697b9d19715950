/** How failed attempts of an operation that is safe to repeat are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Delay before the first retry; each further retry doubles it. */
  initialDelayMs: number;
  /** Cap on the computed backoff delay. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the call fails at once instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** Statuses after which a repeat of a safe operation may succeed. */
const RETRYABLE_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or HTTP-date),
 * or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = parseHttpDate(trimmed, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three forms RFC 9110 (section 5.6.7) makes recipients accept.
const IMF_FIXDATE = new RegExp(`^${WEEKDAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`, 'i');
const RFC_850 = new RegExp(`^${WEEKDAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`, 'i');
const ASCTIME = new RegExp(`^${WEEKDAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, 'i');

/**
 * Epoch milliseconds of an HTTP-date, or `undefined` for anything else. Strict on purpose:
 * `Date.parse` reads almost any text with a year in it (`abc 2030` is a date to it), and a header
 * misread as a far-off date makes the call give up instead of backing off.
 */
function parseHttpDate(text: string, now: number): number | undefined {
  let parts: [day: string, month: string, year: number, hours: string, minutes: string, seconds: string] | undefined;
  let match = IMF_FIXDATE.exec(text);
  if (match) parts = [match[1]!, match[2]!, Number(match[3]), match[4]!, match[5]!, match[6]!];
  else if ((match = RFC_850.exec(text))) parts = [match[1]!, match[2]!, twoDigitYear(Number(match[3]), now), match[4]!, match[5]!, match[6]!];
  else if ((match = ASCTIME.exec(text))) parts = [match[2]!, match[1]!, Number(match[6]), match[3]!, match[4]!, match[5]!];
  if (!parts) return undefined;
  const [day, month, year, hours, minutes, seconds] = parts;
  const time = Date.UTC(year, MONTHS.indexOf(month.toLowerCase()), Number(day), Number(hours), Number(minutes), Number(seconds));
  // Date.UTC rolls 31 Feb over into March: such a date is not one.
  return new Date(time).getUTCDate() === Number(day) && Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 61 ? time : undefined;
}

/** RFC 9110: a two-digit year more than 50 years ahead is in the past century. */
function twoDigitYear(year: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  const candidate = current - (current % 100) + year;
  return candidate > current + 50 ? candidate - 100 : candidate;
}

/**
 * Backoff before retry number `retry` (0-based): exponential, capped, with jitter that takes
 * off up to a quarter so clients that failed together do not retry together. Delays still grow,
 * because doubling outweighs the jitter.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.initialDelayMs * 2 ** retry, policy.maxDelayMs);
  return Math.round(exponential * (1 - 0.25 * random()));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. Leaves no timer behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
