import type { ErrorDetail } from '@shopclients/core';

/** Komfortkasse answers every error with `{ "error": "…" }`. */
export function komfortkasseErrorDetails(body: unknown): ErrorDetail[] {
  const message = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return typeof message === 'string' ? [{ message }] : [];
}
