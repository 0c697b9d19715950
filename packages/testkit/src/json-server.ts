import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JsonReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface JsonServer {
  url: string;
  /** Requests answered so far. */
  readonly count: number;
  close(): Promise<void>;
}

/**
 * A keep-alive HTTP server on a free loopback port whose answers a function computes from each
 * request, for load tests, pagination walks and benchmarks.
 */
export async function startJsonServer(reply: (request: IncomingMessage, url: URL, body: string) => JsonReply): Promise<JsonServer> {
  let count = 0;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = reply(request, new URL(request.url ?? '/', 'http://localhost'), Buffer.concat(chunks).toString('utf8'));
    count++;
    const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
    response.writeHead(answer.status ?? 200, {
      ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}),
      ...answer.headers,
    });
    response.end(body);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get count() {
      return count;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
