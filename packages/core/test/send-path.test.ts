// Without middleware, `send` builds the request itself (as openapi-fetch would) and parses the body
// it read once; with middleware, configured or added later on `openapi`, it goes through openapi-fetch.
// Both must send the same request and resolve alike.
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../src/index.js';
import { thingsClient } from './things-api.js';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

function recordingFetch(reply: () => Response = () => Response.json({ id: '7' })) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const request = new Request(url, init);
    sent.push({
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body === null ? undefined : await request.text(),
    });
    return reply();
  };
  return { fetch, sent };
}

const noop: Middleware = { onRequest: () => undefined };

describe('send, with and without middleware', () => {
  it('sends the same URL, method, headers and body either way', async () => {
    const direct = recordingFetch();
    const viaOpenapi = recordingFetch();
    const call = (client: ReturnType<typeof thingsClient>) =>
      client.send('createThing', { path: { id: 'a/b c' }, body: { name: 'Müller' } }, { headers: { 'X-Trace': 't-1', accept: 'application/json' } });
    await call(thingsClient({ fetch: direct.fetch, headers: { 'X-Tenant': 'acme' }, credentialHeaders: { Authorization: 'Bearer secret-token-1' } }));
    await call(
      thingsClient({
        fetch: viaOpenapi.fetch,
        headers: { 'X-Tenant': 'acme' },
        credentialHeaders: { Authorization: 'Bearer secret-token-1' },
        middleware: [noop],
      }),
    );
    expect(direct.sent).toEqual(viaOpenapi.sent);
    expect(direct.sent[0]).toMatchObject({
      url: 'https://api.test/v1/things/a%2Fb%20c',
      method: 'POST',
      body: '{"name":"Müller"}',
      headers: { 'content-type': 'application/json', 'x-trace': 't-1', 'x-tenant': 'acme', 'user-agent': '@shopclients/test/1.2.3' },
    });
  });

  it('resolves with the parsed body and the response fetch returned, its body read', async () => {
    const answer = Response.json({ id: '7' });
    const { fetch } = recordingFetch(() => answer);
    const result = await thingsClient({ fetch }).send('getThing', { path: { id: '7' } }, undefined);
    expect(result.data).toEqual({ id: '7' });
    expect(result.response).toBe(answer);
    expect(result.response.bodyUsed).toBe(true);
    expect(result.url).toBe('https://api.test/v1/things/7');
  });

  it('reads a failure body as JSON, or as text when it is not JSON', async () => {
    const json = recordingFetch(() => Response.json({ error: 'bad id' }, { status: 400 }));
    await expect(thingsClient({ fetch: json.fetch }).send('getThing', { path: { id: '7' } }, undefined)).rejects.toMatchObject({
      body: { error: 'bad id' },
    });
    const text = recordingFetch(() => new Response('no such thing', { status: 400 }));
    const error = await thingsClient({ fetch: text.fetch })
      .send('getThing', { path: { id: '7' } }, undefined)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toBe('no such thing');
  });

  it('runs middleware added later on openapi', async () => {
    const { fetch, sent } = recordingFetch();
    const client = thingsClient({ fetch });
    await client.send('getThing', { path: { id: '1' } }, undefined);
    client.openapi.use({
      onRequest: ({ request }) => {
        request.headers.set('x-added', 'later');
        return request;
      },
    });
    await client.send('getThing', { path: { id: '2' } }, undefined);
    expect(sent.map((request) => request.headers['x-added'])).toEqual([undefined, 'later']);
  });
});
