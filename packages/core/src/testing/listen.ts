import type { Outcome } from './fake-server.js';

export interface ListeningFake {
  /** The base URL to give a client in another process, e.g. `http://127.0.0.1:41234/api/v2`. */
  url: string;
  /** Stops serving and drops every open connection (stalled ones included). */
  close(): Promise<void>;
}

/**
 * Serves `process` over HTTP on 127.0.0.1. `node:http` is loaded only here, so the in-process
 * `fetch` of a fake also works where there is no Node (a browser test, a worker).
 */
export async function listenOnLoopback(process: (request: Request) => Promise<Outcome>, basePath: string, port = 0): Promise<ListeningFake> {
  // A specifier held in a variable: bundlers for workers and browsers leave it alone, so a test
  // bundle that only uses the in-process `fetch` builds there too.
  const httpModule = 'node:http';
  const { createServer } = (await import(httpModule)) as typeof import('node:http');
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((incoming, outgoing) => {
    const chunks: Uint8Array[] = [];
    incoming.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    incoming.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = chunks.length === 0 ? null : Buffer.concat(chunks);
      const request = new Request(`http://${incoming.headers.host ?? '127.0.0.1'}${incoming.url ?? '/'}`, {
        method: incoming.method ?? 'GET',
        headers,
        body,
      });
      process(request).then(
        async (outcome) => {
          if (outcome.kind === 'reset') return void incoming.socket.destroy();
          if (outcome.kind === 'stall') return; // the connection stays open until the client or close() ends it
          const { response } = outcome;
          const bytes = Buffer.from(await response.arrayBuffer());
          outgoing.writeHead(response.status, Object.fromEntries(response.headers));
          outgoing.end(bytes);
        },
        (error: unknown) => {
          outgoing.writeHead(500, { 'content-type': 'text/plain' });
          outgoing.end(`shopclients fake: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}${basePath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
