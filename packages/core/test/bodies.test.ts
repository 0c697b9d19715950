// How request and response bodies pass through the retrying fetch: the JSON text openapi-fetch
// serialised is sent without reading the Request's stream back, and the response's bytes are handed
// to openapi-fetch without a decode and re-encode. Both must be invisible to callers and middleware.
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../src/index.js';
import { type ThingClient, type ThingConfig, thingsClient } from './things-api.js';

const NAME = 'Müller & Söhne € 🚲';

function recordingFetch(reply: () => Response) {
  const sent: { body: unknown; headers: Headers }[] = [];
  const fetch = async (_url: string, init: RequestInit) => {
    sent.push({ body: init.body, headers: new Headers(init.headers) });
    return reply();
  };
  return { fetch, sent };
}

function client(fetch: ThingConfig['fetch'], middleware?: Middleware[]) {
  return thingsClient({
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
    fetch,
    middleware,
  });
}

const save = (api: ThingClient, name = NAME) => api.send('saveThing', { body: { name } }, undefined);

const decode = (body: unknown) => new TextDecoder().decode(body as ArrayBuffer);

describe('request bodies', () => {
  it('sends the JSON text as UTF-8 bytes in an ArrayBuffer, with its Content-Type, on every attempt', async () => {
    let attempt = 0;
    const { fetch, sent } = recordingFetch(() => (++attempt < 3 ? new Response(null, { status: 503 }) : Response.json({ name: NAME })));
    await save(client(fetch));
    expect(sent).toHaveLength(3);
    for (const { body, headers } of sent) {
      expect(body).toBeInstanceOf(ArrayBuffer);
      expect(decode(body)).toBe(JSON.stringify({ name: NAME }));
      expect(headers.get('content-type')).toBe('application/json');
    }
  });

  it('sends the body of a request that middleware replaced, not the one openapi-fetch built', async () => {
    const replace: Middleware = {
      onRequest: async ({ request }) => new Request(request, { body: JSON.stringify({ name: 'from middleware' }) }),
    };
    const { fetch, sent } = recordingFetch(() => Response.json({ name: 'x' }));
    await save(client(fetch, [replace]));
    expect(decode(sent[0]?.body)).toBe('{"name":"from middleware"}');
  });

  it('still sends a body middleware read from a clone', async () => {
    const seen: string[] = [];
    const peek: Middleware = {
      onRequest: async ({ request }) => {
        seen.push(await request.clone().text());
        return undefined;
      },
    };
    const { fetch, sent } = recordingFetch(() => Response.json({ name: 'x' }));
    await save(client(fetch, [peek]));
    expect(seen).toEqual([JSON.stringify({ name: NAME })]);
    expect(decode(sent[0]?.body)).toBe(JSON.stringify({ name: NAME }));
  });

  it('refuses a body that middleware consumed, as before', async () => {
    const consume: Middleware = {
      onRequest: async ({ request }) => {
        await request.text();
        return undefined;
      },
    };
    const { fetch, sent } = recordingFetch(() => Response.json({ name: 'x' }));
    await expect(save(client(fetch, [consume]))).rejects.toThrow(TypeError);
    expect(sent).toHaveLength(0);
  });

  it('sends a FormData body as multipart with the boundary its Content-Type names', async () => {
    const { fetch, sent } = recordingFetch(() => Response.json({ name: 'x' }));
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'a.pdf');
    await client(fetch).send('saveThing', { body: form }, undefined);
    const boundary = /boundary=(.+)$/.exec(sent[0]?.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    expect(decode(sent[0]?.body)).toContain(`--${boundary}`);
    expect(decode(sent[0]?.body)).toContain('%PDF-1.4');
  });
});

describe('response bodies', () => {
  it('parses the body and lets middleware read the same bytes, without the wire Content-Length', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ name: NAME }));
    const seen: { text: string; length: string | null }[] = [];
    const peek: Middleware = {
      onResponse: async ({ response }) => {
        seen.push({ text: await response.clone().text(), length: response.headers.get('content-length') });
        return undefined;
      },
    };
    const { fetch } = recordingFetch(
      () => new Response(bytes, { headers: { 'content-type': 'application/json', 'content-length': String(bytes.byteLength) } }),
    );
    const { data } = await save(client(fetch, [peek]));
    expect(data).toEqual({ name: NAME });
    expect(seen).toEqual([{ text: JSON.stringify({ name: NAME }), length: null }]);
  });

  it('reads a body that starts with a byte order mark as Response.text() does', async () => {
    const { fetch } = recordingFetch(() => new Response(`\uFEFF${JSON.stringify({ name: NAME })}`, { headers: { 'content-type': 'application/json' } }));
    await expect(save(client(fetch))).resolves.toMatchObject({ data: { name: NAME } });
  });

  it('shows a non-JSON success body as decoded text in the error', async () => {
    const { fetch } = recordingFetch(() => new Response(`<p>${NAME}</p>`, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const error = await save(client(fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ body: `<p>${NAME}</p>` });
  });

  it('shows an unparsable JSON body as decoded text in the error', async () => {
    const { fetch } = recordingFetch(() => new Response(`{"name": "${NAME}"`, { headers: { 'content-type': 'application/json' } }));
    const error = await save(client(fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ body: `{"name": "${NAME}"` });
  });
});
