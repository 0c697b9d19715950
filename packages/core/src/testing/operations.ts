import type { ValidationIssue } from '../validation/issues.js';

/** What a fake knows of each parameter and operation: the spec's operation table (the types package's `operations`). */
export type { ParameterSpec as FakeParameter, OperationSpec as FakeOperation } from '../operations/table.js';

/** One problem with a request or an answer, as the generated validators report it. */
export type SpecIssue = ValidationIssue;

export interface SpecRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
}
