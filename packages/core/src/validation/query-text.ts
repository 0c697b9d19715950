import { characterFault } from '../arguments.js';
import { RequestValidationError } from '../errors.js';
import type { ValidationIssue } from './issues.js';
import { type ArgumentNames, inCallerTerms } from './request-check.js';
import type { RequestParts } from './validators.js';

/**
 * Refuses a request whose query holds a string, or a string in a list, with a control character
 * or a lone surrogate, as a path segment with one is refused: whatever `validateRequests` says,
 * since a CR LF in a filter is corrupted input, never a vendor's relaxed rule. Nothing is sent.
 */
export function requireSendableQuery(operation: string, { request, names }: { request: RequestParts; names?: ArgumentNames | undefined }): void {
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (Array.isArray(value)) value.forEach((item, index) => addFault(issues, ['query', name, index], item));
    else addFault(issues, ['query', name], value);
  }
  if (issues.length > 0) throw new RequestValidationError(operation, inCallerTerms(issues, names));
}

function addFault(issues: ValidationIssue[], path: (string | number)[], value: unknown): void {
  const fault = typeof value === 'string' ? characterFault(value) : undefined;
  if (fault) issues.push({ path, message: fault, rule: 'characters' });
}
