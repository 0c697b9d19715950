/** One problem an API reported in an error body. */
export interface ErrorDetail {
  readonly code?: string;
  readonly message?: string;
  readonly value?: unknown;
}

const MAX_SUMMARY_LENGTH = 300;

/**
 * The problems an error body lists, read from the two common shapes:
 * `{ "errors": [{ code, message, value }, …] }` and `{ "error": "text" }` (or `message`).
 */
export function errorDetailsOf(body: unknown): ErrorDetail[] {
  if (!isRecord(body)) return [];
  if (Array.isArray(body.errors)) {
    return body.errors.filter(isRecord).map((entry) => ({
      ...(typeof entry.code === 'string' ? { code: entry.code } : {}),
      ...(typeof entry.message === 'string' ? { message: entry.message } : {}),
      ...('value' in entry ? { value: entry.value } : {}),
    }));
  }
  const text = body.error ?? body.message;
  return typeof text === 'string' ? [{ message: text }] : [];
}

/** A one-line summary of an error body for an error message. */
export function summarizeErrorBody(body: unknown, details: readonly ErrorDetail[]): string {
  const fromDetails = details
    .map((detail) => [detail.code, detail.message].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  const summary = fromDetails || (typeof body === 'string' ? body.replace(/\s+/g, ' ').trim() : '');
  return summary.length > MAX_SUMMARY_LENGTH ? `${summary.slice(0, MAX_SUMMARY_LENGTH)}…` : summary;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
