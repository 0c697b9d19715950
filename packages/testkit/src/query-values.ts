import { InvalidArgumentError } from '@shopclients/core';
import type { OperationTable } from '@shopclients/core/internal';
import { describe, expect, it } from 'vitest';

/** How a caller reaches one string query parameter. */
export interface QueryCall<C> {
  /** The argument a refusal must name. */
  argument: string;
  /** Calls the method that sends the parameter, with `text` in it. */
  call: (client: C, text: string, validateRequests: boolean) => Promise<unknown>;
}

/** `operationId name` of every query parameter of the table that carries text (a string, or a list of strings). */
export function stringQueryParameters(table: OperationTable): string[] {
  return Object.entries(table).flatMap(([operationId, operation]) =>
    operation.parameters
      .filter((parameter) => parameter.in === 'query' && (parameter.type === 'string' || (parameter.type === 'array' && parameter.items === 'string')))
      .map((parameter) => `${operationId} ${parameter.name}`),
  );
}

/**
 * Every string query parameter of the operation table, reached through the client with a CR LF in
 * it, is refused before anything is sent and the refusal names the argument, whether the spec's
 * request checks are on or off; and `calls` covers every such parameter of the table.
 */
export function describeQueryValueRefusals<C>(options: {
  table: OperationTable;
  calls: Readonly<Record<string, QueryCall<C>>>;
  /** A client whose fetch records each URL it is asked for (and answers anything). */
  recordingClient: () => { client: C; sent: string[] };
}): void {
  const parameters = stringQueryParameters(options.table);
  it('every string query parameter of the operation table is tried here', () => {
    expect(Object.keys(options.calls).sort()).toEqual([...parameters].sort());
  });

  describe.each([true, false])('validateRequests: %s', (validateRequests) => {
    it.each(parameters)('%s: refused with the argument named, nothing sent', async (parameter) => {
      const { argument, call } = options.calls[parameter] as QueryCall<C>;
      const { client, sent } = options.recordingClient();
      const error = await call(client, '\r\n', validateRequests).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
      expect(sent).toEqual([]);
    });
  });
}
