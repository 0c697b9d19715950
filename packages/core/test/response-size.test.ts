import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RESPONSE_BYTES, InvalidArgumentError, InvalidResponseError, type RequestOptions } from '../src/index.js';
import { type ThingClient, type ThingConfig, thingsClient } from './things-api.js';

// Audit finding (issue 10, item 3): no cap on a response's size; 300 kB of gzip decoded to ~300 MB.

const MIB = 1024 * 1024;

/** `[` + `decodedMiB` MiB of spaces + `]`: valid JSON, and gzip shrinks it about a thousandfold. */
async function jsonBomb(decodedMiB: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const spaces = Buffer.alloc(MIB, ' ');
  gzip.write('[');
  for (let i = 0; i < decodedMiB; i++) {
    if (!gzip.write(spaces)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end(']');
  await done;
  return Buffer.concat(chunks);
}

function client(baseUrl: string, extra: ThingConfig = {}) {
  return thingsClient({ baseUrl, maxRetries: 0, ...extra });
}

const listThings = (api: ThingClient, options?: RequestOptions) => api.send('listThings', {}, options);

let server: Server;
let baseUrl: string;
let bomb: Buffer;

beforeAll(async () => {
  bomb = await jsonBomb(300);
  server = createServer((request, response) => {
    if (request.url?.startsWith('/bomb/')) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      response.end(bomb);
    } else {
      const body = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ id: i })));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('maxResponseBytes', () => {
  it('the bomb is what the audit described: ~300 kB that inflates to 300 MiB', () => {
    expect(bomb.length).toBeLessThan(400_000);
    expect(bomb.length).toBeGreaterThan(200_000);
  });

  it('ends a gzip bomb quickly with an InvalidResponseError, in bounded memory', async () => {
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.arrayBuffers + now.heapUsed - before.arrayBuffers - before.heapUsed);
    }, 5);
    const started = Date.now();
    const error = await listThings(client(`${baseUrl}/bomb`, { maxResponseBytes: 4 * MIB })).catch((e: unknown) => e);
    clearInterval(sampler);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain('exceeds maxResponseBytes (4194304 bytes)');
    expect((error as InvalidResponseError).status).toBe(200);
    console.log(`gzip bomb, cap 4 MiB: InvalidResponseError after ${elapsed} ms, memory peak +${(peak / MIB).toFixed(1)} MiB`);
    expect(elapsed).toBeLessThan(5_000);
    expect(peak).toBeLessThan(64 * MIB);
  });

  it('stops the same bomb at the default cap', async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * MIB);
    const started = Date.now();
    const error = await listThings(client(`${baseUrl}/bomb`)).catch((e: unknown) => e);
    console.log(`gzip bomb, default cap: ${(error as Error).name} after ${Date.now() - started} ms`);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).message).toContain(`exceeds maxResponseBytes (${64 * MIB} bytes)`);
  }, 30_000);

  it('a call can lower or raise the client cap', async () => {
    const api = client(`${baseUrl}/small`, { maxResponseBytes: 100 });
    await expect(listThings(api)).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(listThings(api, { maxResponseBytes: MIB })).resolves.toMatchObject({ data: { length: 1000 } });
    await expect(listThings(client(`${baseUrl}/small`), { maxResponseBytes: 100 })).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it('counts decoded bytes from a custom fetch too, body exactly at the cap included', async () => {
    const body = JSON.stringify('x'.repeat(98)); // 100 bytes
    const fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    const api = thingsClient({ baseUrl, fetch });
    await expect(listThings(api, { maxResponseBytes: 100 })).resolves.toMatchObject({ data: 'x'.repeat(98) });
    await expect(listThings(api, { maxResponseBytes: 99 })).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 30])('refuses maxResponseBytes %s', (value) => {
    expect(() => client(baseUrl, { maxResponseBytes: value })).toThrow(InvalidArgumentError);
  });
});
