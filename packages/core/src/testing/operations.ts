import type { ValidationIssue } from '../validation/issues.js';

/**
 * What a fake needs to know about each operation of a spec, in the shape the generated validators
 * export as `operations` (see the `*-types/validators` subpath).
 */
export interface FakeParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  readonly items?: 'string' | 'integer' | 'number' | 'boolean' | undefined;
  readonly explode: boolean;
}

export interface FakeOperation {
  readonly method: string;
  /** The path template, e.g. `/shops/{shopId}/orders`. */
  readonly path: string;
  readonly parameters: readonly FakeParameter[];
  readonly requestMediaType?: string | undefined;
}

/** One problem with a request or an answer, as the generated validators report it. */
export type SpecIssue = ValidationIssue;

export interface SpecRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: unknown;
}
