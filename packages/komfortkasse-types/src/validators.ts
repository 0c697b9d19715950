// The spec's request and response checks, every one loaded at import. Hand-written entry; the checks
// are generated into src/generated/checks (Ajv standalone code, no eval). The clients use
// `./validators/lazy`, which loads an operation's checks on its first call.
import { createValidators } from '@shopclients/core/internal';
import type { ValidationIssue } from '@shopclients/core';
import { checks } from './generated/all-checks.js';
import { operationTable } from './generated/operations.js';
import { operationChecks, schemaChecks } from './generated/validators.js';

export type { ValidationIssue };
export type { OperationId } from './generated/operations.js';
/** The named request body schemas. */
export type SchemaName = keyof typeof schemaChecks;
/** The spec's operation table (also exported by the package's main entry). */
export const operations = operationTable;
export const { validateRequest, validateResponse, summarizeResponse, validateSchema } = createValidators({
  operations: operationTable,
  operationChecks,
  schemaChecks,
  checks,
});
