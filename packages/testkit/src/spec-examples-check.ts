import { afterAll, describe, expect, it } from 'vitest';
import type { SpecExamples } from './spec-examples.js';

/** The part of a types package's generated validators that the examples go through. */
export interface ExampleValidators {
  validateRequest(
    operationId: never,
    request: { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown },
  ): readonly { path: readonly unknown[] }[];
  validateResponse(operationId: never, status: number, mediaType: string | undefined, body: unknown): readonly unknown[];
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** Declares tests that run every JSON body example and every parameter example of a spec through its validators. */
export function describeSpecExamples(spec: SpecExamples, validators: ExampleValidators): void {
  const bodies = spec.bodyExamples().filter((example) => JSON_MEDIA_TYPE.test(example.mediaType));
  let checked = 0;

  describe('every example in the spec passes the generated validators', () => {
    it.each(bodies.map((example) => [`${example.operationId} ${example.in} ${example.status ?? ''} ${example.name}`, example] as const))('%s', (_, example) => {
      const operationId = example.operationId as never;
      // A request example is a body: its issues are those under `body` (the parameters are checked below).
      const issues =
        example.in === 'request'
          ? validators.validateRequest(operationId, { body: example.value }).filter((issue) => issue.path[0] === 'body')
          : validators.validateResponse(operationId, example.status as number, example.mediaType, example.value);
      expect(issues).toEqual([]);
      checked++;
    });

    it.each(spec.operationIds())('%s: the parameter examples pass', (operationId) => {
      const examples = spec.parameterExamples(operationId);
      const exemplified = new Set([...Object.keys(examples.path), ...Object.keys(examples.query)]);
      const issues = validators.validateRequest(operationId as never, examples).filter((issue) => exemplified.has(String(issue.path[1])));
      expect(issues).toEqual([]);
      checked++;
    });

    afterAll(() =>
      console.log(`spec examples through the client's validators: ${checked} (${bodies.length} bodies, ${spec.operationIds().length} parameter sets)`),
    );
  });
}
