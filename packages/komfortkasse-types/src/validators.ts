// The spec's request and response checks. Hand-written entry; the checks are generated into
// src/generated/validators.js (Ajv standalone code, no eval).
import { createValidators } from '@shopclients/core/internal';
import type { ValidationIssue } from '@shopclients/core';
import { operationTable } from './generated/operations.js';
import * as generated from './generated/validators.js';

export type { ValidationIssue };
export type { OperationId } from './generated/operations.js';
/** The named request body schemas. */
export type SchemaName = keyof typeof generated.schemaChecks;
/** The spec's operation table (also exported by the package's main entry). */
export const operations = operationTable;
export const { validateRequest, validateResponse, summarizeResponse, validateSchema } = createValidators({ ...generated, operations: operationTable });
