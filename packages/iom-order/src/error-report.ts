import type { ErrorDetail } from '@shopclients/core';

/** IOM answers a 400 with an `ErrorReport`: `{ status, errors: [{ code, message, value }] }`. */
export function errorReportDetails(body: unknown): ErrorDetail[] {
  const errors = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    .map((entry) => ({
      ...(typeof entry.code === 'string' ? { code: entry.code } : {}),
      ...(typeof entry.message === 'string' ? { message: entry.message } : {}),
      ...('value' in entry ? { value: entry.value } : {}),
    }));
}
