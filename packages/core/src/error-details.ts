/** One problem an API reported in an error body. */
export interface ErrorDetail {
  readonly code?: string;
  readonly message?: string;
  readonly value?: unknown;
}

const MAX_SUMMARY_LENGTH = 300;

/** Reads the problems out of an API's error body; each wrapper knows its API's shape. */
export type ErrorDetailsReader = (body: unknown) => ErrorDetail[];

/** A one-line summary of an error body for an error message. */
export function summarizeErrorBody(body: unknown, details: readonly ErrorDetail[]): string {
  const fromDetails = details
    .map((detail) => [detail.code, detail.message].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  const summary = fromDetails || (typeof body === 'string' ? body.replace(/\s+/g, ' ').trim() : '');
  return summary.length > MAX_SUMMARY_LENGTH ? `${summary.slice(0, MAX_SUMMARY_LENGTH)}…` : summary;
}
