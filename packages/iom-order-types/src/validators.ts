// The spec's request and response checks. Hand-written entry; the checks are generated into
// src/generated/validators.js (Ajv standalone code, no eval).
import { type ValidationIssue, createValidators } from '@shopclients/core';
import * as generated from './generated/validators.js';

export type { ValidationIssue };
/** The spec's operationIds. */
export type OperationId = keyof typeof generated.operations;
/** The named request body schemas. */
export type SchemaName = keyof typeof generated.schemaChecks;
/** What the spec declares of each operation: method, path, parameters, request media type. */
export const operations = generated.operations;
export const { validateRequest, validateResponse, summarizeResponse, validateSchema } = createValidators(generated);
