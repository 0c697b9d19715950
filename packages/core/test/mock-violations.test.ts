import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/index.js';
import { type ThingClient, thingsClient } from './things-api.js';

const SECRET = 'sk_violations_secret_42';

function clientAnswering(response: () => Response) {
  return thingsClient({
    credentialHeaders: { 'X-Api-Key': SECRET },
    secrets: [SECRET],
    maxRetries: 0,
    fetch: async () => response(),
    errorDetails: (body) => (typeof body === 'object' && body !== null && 'error' in body ? [{ message: String(body.error) }] : []),
  });
}

const listThings = (api: ThingClient) => api.send('listThings', {}, undefined);

function prismAnswer(violations: string) {
  return new Response(JSON.stringify({ error: 'Invalid request' }), {
    status: 400,
    headers: { 'content-type': 'application/json', 'sl-violations': violations },
  });
}

describe("Prism's sl-violations header", () => {
  it('comes first in the error message and in details, before the canned body', async () => {
    const header = JSON.stringify([
      { location: ['request', 'body', 'billing'], severity: 'Error', code: 'required', message: "must have required property 'countryCode'" },
      { location: ['request', 'query', 'limit'], severity: 'Error', code: 'minimum', message: `must be >= 1 (key ${SECRET})` },
    ]);
    const error = await listThings(clientAnswering(() => prismAnswer(header))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([
      { code: 'sl-violations', message: "request.body.billing: must have required property 'countryCode'" },
      { code: 'sl-violations', message: 'request.query.limit: must be >= 1 (key [REDACTED])' },
      { message: 'Invalid request' },
    ]);
    expect((error as Error).message).toBe(
      "listThings failed with 400: sl-violations request.body.billing: must have required property 'countryCode'; " +
        'sl-violations request.query.limit: must be >= 1 (key [REDACTED]); Invalid request',
    );
  });

  it('an unparsable (cut short) header is kept as one detail; no header adds nothing', async () => {
    const cut = await listThings(clientAnswering(() => prismAnswer('[{"location":["request"'))).catch((e: unknown) => e);
    expect((cut as ValidationError).details[0]).toEqual({ code: 'sl-violations', message: '[{"location":["request"' });
    const plain = await listThings(
      clientAnswering(() => new Response('{"error":"nope"}', { status: 400, headers: { 'content-type': 'application/json' } })),
    ).catch((e: unknown) => e);
    expect((plain as ValidationError).details).toEqual([{ message: 'nope' }]);
  });
});
