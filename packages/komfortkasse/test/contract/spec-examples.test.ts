import { validateRequest, validateResponse } from '@shopclients/komfortkasse-types/validators';
import { afterAll, describe, expect, it } from 'vitest';
import { spec } from './mock-client.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;
const bodies = spec.bodyExamples().filter((example) => JSON_MEDIA_TYPE.test(example.mediaType));
let checked = 0;

describe("every example in the spec passes the generated validators", () => {
  it.each(bodies.map((example) => [`${example.operationId} ${example.in} ${example.status ?? ''} ${example.name}`, example] as const))('%s', (_, example) => {
    const operationId = example.operationId as never;
    // A request example is a body: its issues are those under `body` (the parameters are checked below).
    const issues =
      example.in === 'request'
        ? validateRequest(operationId, { body: example.value }).filter((issue) => issue.path[0] === 'body')
        : validateResponse(operationId, example.status as number, example.mediaType, example.value);
    expect(issues).toEqual([]);
    checked++;
  });

  it.each(spec.operationIds())('%s: the parameter examples pass', (operationId) => {
    const examples = spec.parameterExamples(operationId);
    const exemplified = new Set([...Object.keys(examples.path), ...Object.keys(examples.query)]);
    const issues = validateRequest(operationId as never, examples).filter((issue) => exemplified.has(String(issue.path[1])));
    expect(issues).toEqual([]);
    checked++;
  });

  afterAll(() => console.log(`spec examples through the client's validators: ${checked} (${bodies.length} bodies, ${spec.operationIds().length} parameter sets)`));
});
