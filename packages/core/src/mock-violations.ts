import type { ErrorDetail } from './error-details.js';

interface PrismViolation {
  location?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * The problems a Prism mock or proxy lists in its `sl-violations` header (only Prism sends it). A
 * Prism mock answers a bad request with the spec's canned error example, so this header is where
 * the real problem is: `request.body.billing: must have required property 'countryCode'`.
 */
export function mockViolationDetails(headers: Headers): ErrorDetail[] {
  const header = headers.get('sl-violations');
  if (!header) return [];
  let violations: unknown;
  try {
    violations = JSON.parse(header);
  } catch {
    // Prism cuts an over-long list short, which leaves it unparsable: keep it as one message.
    return [{ code: 'sl-violations', message: header }];
  }
  if (!Array.isArray(violations)) return [];
  return violations
    .filter((violation): violation is PrismViolation => typeof violation === 'object' && violation !== null)
    .map((violation) => {
      const location = Array.isArray(violation.location) ? violation.location.join('.') : '';
      const message = typeof violation.message === 'string' ? violation.message : 'violates the spec';
      return { code: 'sl-violations', message: location ? `${location}: ${message}` : message };
    });
}
