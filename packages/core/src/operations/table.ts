/**
 * The operation table a types package generates from its spec (`operations` in
 * `@shopclients/<api>-types`): what the spec says of each operation, so no client restates it.
 */

/** What the spec says of one parameter. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  readonly items?: 'string' | 'integer' | 'number' | 'boolean';
  readonly explode: boolean;
}

/** What the spec says of one operation. */
export interface OperationSpec {
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';
  /** The path template, e.g. `/things/{id}`. */
  readonly path: string;
  readonly parameters: readonly ParameterSpec[];
  /** The media type of the request body, if the operation takes one. */
  readonly requestMediaType?: string;
  readonly bodyRequired?: boolean;
  /** Each documented status (`200`, `4XX`, `default`) with the media types of its body (none: no body). */
  readonly responses: { readonly [status: string]: readonly string[] };
}

/** A spec's operations by operationId. */
export type OperationTable = { readonly [operationId: string]: OperationSpec };

/** The documented media types of `status` (exact, then `4XX`, then `default`); `undefined` if undocumented. */
export function documentedMediaTypes(operation: OperationSpec, status: number): readonly string[] | undefined {
  const { responses } = operation;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/** Every media type the operations' answers come in, for an `Accept` header. */
export function acceptedMediaTypes(table: OperationTable): string[] {
  const mediaTypes = new Set<string>();
  for (const operation of Object.values(table)) for (const types of Object.values(operation.responses)) for (const type of types) mediaTypes.add(type);
  return [...mediaTypes];
}
