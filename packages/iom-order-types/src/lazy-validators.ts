// The spec's checks, each operation's loaded on demand: `validators.load(operationId)` (or
// `loadSchema(name)`) before the synchronous checks of it. Importing this entry parses no check.
import { type Validators, createValidators } from '@shopclients/core/internal';
import { type OperationId, operationTable } from './generated/operations.js';
import { operationChecks, operationModules, schemaChecks, schemaModules } from './generated/validators.js';

export type { OperationId } from './generated/operations.js';
/** The named request body schemas. */
export type SchemaName = keyof typeof schemaChecks;

/** The validators of every operation and named schema, each loaded on first use. */
export const validators: Validators<OperationId, SchemaName> = createValidators({
  operations: operationTable,
  operationChecks,
  schemaChecks,
  operationModules,
  schemaModules,
});
