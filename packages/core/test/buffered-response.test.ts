// BufferedResponse must be indistinguishable from a standard Response of the same bytes, whatever a
// middleware does with it.
import { describe, expect, it } from 'vitest';
import { bufferedResponse } from '../src/buffered-response.js';

const BYTES = [
  ['JSON with non-ASCII text', new TextEncoder().encode(JSON.stringify({ name: 'Müller & Söhne € 🚲' }))],
  ['a byte order mark first', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":1}')])],
  ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
] as const;
const INIT = { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json', 'x-request-id': 'r-1' } };

type Read = (response: Response) => Promise<unknown>;
const READS: [string, Read][] = [
  ['text()', (r) => r.text()],
  ['json()', (r) => r.json().catch((e: unknown) => `rejects with ${(e as Error).name}`)],
  ['arrayBuffer()', async (r) => [...new Uint8Array(await r.arrayBuffer())]],
  ['bytes()', async (r) => [...(await r.bytes())]],
  ['blob()', async (r) => [...new Uint8Array(await (await r.blob()).arrayBuffer())]],
  ['body', async (r) => [...new Uint8Array(await new Response(r.body).arrayBuffer())]],
  ['clone().text() then text()', async (r) => [await r.clone().text(), await r.text()]],
];

/** Everything a reader can observe: the result, then whether the body counts as used and what a second read does. */
async function observe(response: Response, read: Read) {
  const result = await read(response);
  const second = await response.text().then(
    (text) => `reads ${JSON.stringify(text)}`,
    (e: unknown) => `rejects with ${(e as Error).name}`,
  );
  return { result, bodyUsed: response.bodyUsed, second, status: response.status, statusText: response.statusText, headers: [...response.headers] };
}

describe('BufferedResponse', () => {
  for (const [label, bytes] of BYTES) {
    it.each(READS)(`reads %s like a standard Response (${label})`, async (_, read) => {
      const buffer = bytes.slice().buffer;
      const ours = bufferedResponse(buffer, INIT);
      expect(ours).toBeInstanceOf(Response);
      expect(await observe(ours, read)).toEqual(await observe(new Response(bytes.slice(), INIT), read));
    });
  }

  it('hands out a copy, so a reader cannot change the bytes it was built from', async () => {
    const buffer = new TextEncoder().encode('{"a":1}').buffer;
    const view = new Uint8Array(await bufferedResponse(buffer, INIT).arrayBuffer());
    view[5] = 0x32;
    expect(new TextDecoder().decode(buffer)).toBe('{"a":1}');
  });
});
