import type { Outcome } from './faults.js';

export interface ListeningFake {
  /** The base URL to give a client in another process, e.g. `http://127.0.0.1:41234/api/v2`. */
  url: string;
  /** Stops serving and drops every open connection (stalled ones included). */
  close(): Promise<void>;
}

export interface LoopbackOptions {
  /** The port (default: a free one). */
  port?: number | undefined;
  /** The path the URL ends in, e.g. `/api/v2` (default none). */
  basePath?: string | undefined;
  /** How long an idle keep-alive connection stays open (default Node's, 5 s). */
  keepAliveTimeoutMs?: number | undefined;
}

/** One connection a loopback server accepted. */
export interface LoopbackConnection {
  /** Requests it carried. */
  requests: number;
  /** `performance.now()` when it closed, or undefined while open. */
  closedAt: number | undefined;
}

export interface LoopbackServer extends ListeningFake {
  /** Connections open right now. */
  openConnections(): number;
  /** Every connection accepted so far, in order. */
  connections(): readonly LoopbackConnection[];
}

/**
 * Serves `process` over HTTP on 127.0.0.1, playing every {@link Outcome}. `node:http` is loaded only
 * here, so the in-process `fetch` of a fake also works where there is no Node (a browser test, a worker).
 */
export async function listenOnLoopback(process: (request: Request) => Promise<Outcome>, options: LoopbackOptions = {}): Promise<LoopbackServer> {
  // A specifier held in a variable: bundlers for workers and browsers leave it alone, so a test
  // bundle that only uses the in-process `fetch` builds there too.
  const httpModule = 'node:http';
  const { createServer } = (await import(httpModule)) as typeof import('node:http');
  const sockets = new Set<import('node:net').Socket>();
  const connections: LoopbackConnection[] = [];
  const bySocket = new WeakMap<object, LoopbackConnection>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => (timers.delete(timer), run()), ms);
    timers.add(timer);
  };

  const server = createServer((incoming, outgoing) => {
    const connection = bySocket.get(incoming.socket);
    if (connection) connection.requests++;
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
      const play = async (outcome: Outcome) => {
        if (outcome.kind === 'reset') return void incoming.socket.destroy();
        if (outcome.kind === 'stall') return; // the connection stays open until the client or close() ends it
        const { response } = outcome;
        const bytes = Buffer.from(await response.arrayBuffer());
        const head = Object.fromEntries(response.headers);
        if (outcome.kind === 'response') {
          const send = () => {
            if (outgoing.destroyed) return;
            outgoing.writeHead(response.status, head);
            outgoing.end(bytes);
          };
          return outcome.delayMs ? later(outcome.delayMs, send) : send();
        }
        // The headers announce the whole body; half of it follows, then the connection is cut or stalls.
        outgoing.writeHead(response.status, { ...head, 'content-length': String(bytes.length) });
        outgoing.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        if (outcome.kind === 'cut-body') later(10, () => incoming.socket.destroy());
      };
      process(request)
        .then(play)
        .catch((error: unknown) => {
          if (outgoing.headersSent) return void incoming.socket.destroy();
          outgoing.writeHead(500, { 'content-type': 'text/plain' });
          outgoing.end(`shopclients fake: ${error instanceof Error ? error.message : String(error)}`);
        });
    });
  });
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs;
  server.on('connection', (socket) => {
    const connection: LoopbackConnection = { requests: 0, closedAt: undefined };
    connections.push(connection);
    bySocket.set(socket, connection);
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      connection.closedAt = performance.now();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${bound}${options.basePath ?? ''}`,
    openConnections: () => sockets.size,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
