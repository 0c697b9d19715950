import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One way for the server to answer (or fail to answer) a request. */
export type Fault =
  | { kind: 'respond'; status: number; body?: string; headers?: Record<string, string> }
  /** Headers and body only after `delayMs`. */
  | { kind: 'slow'; delayMs: number; status?: number; body?: string; headers?: Record<string, string> }
  /** The connection is destroyed before any response byte. */
  | { kind: 'reset' }
  /** Headers announce the full body, half of it is sent, then the connection is destroyed. */
  | { kind: 'truncated'; body: string; headers?: Record<string, string> }
  /** Headers are sent, then nothing more until the client gives up. */
  | { kind: 'stall-body'; headers?: Record<string, string> };

export interface Hit {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** `performance.now()` when the request arrived. */
  at: number;
}

export interface FaultServer {
  url: string;
  /** Every request received, in order. */
  readonly hits: Hit[];
  /** Answers the next requests with these faults in turn; after them, with `fallback`. */
  plan(faults: Fault[], fallback?: Fault): void;
  /** Resolves when every connection the server saw has closed. */
  idle(): Promise<void>;
  /** Connections currently open. */
  openConnections(): number;
  close(): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * An HTTP server on a free loopback port that answers with scripted faults, for tests that show
 * how a client behaves when servers and networks misbehave. It counts every request it receives.
 */
export async function startFaultServer(): Promise<FaultServer> {
  const hits: Hit[] = [];
  const sockets = new Set<Socket>();
  let queue: Fault[] = [];
  let fallback: Fault = { kind: 'respond', status: 200, body: '{}', headers: JSON_HEADERS };
  const pendingTimers = new Set<NodeJS.Timeout>();

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    hits.push({
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: performance.now(),
    });
    answer(queue.shift() ?? fallback, response);
  });
  server.keepAliveTimeout = 1_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      run();
    }, ms);
    pendingTimers.add(timer);
  }

  function answer(fault: Fault, response: ServerResponse): void {
    switch (fault.kind) {
      case 'respond':
        response.writeHead(fault.status, { ...fault.headers });
        response.end(fault.body ?? '');
        return;
      case 'slow':
        later(fault.delayMs, () => {
          if (response.destroyed) return;
          response.writeHead(fault.status ?? 200, { ...JSON_HEADERS, ...fault.headers });
          response.end(fault.body ?? '{}');
        });
        return;
      case 'reset':
        response.socket?.destroy();
        return;
      case 'truncated': {
        const bytes = Buffer.from(fault.body);
        response.writeHead(200, { ...JSON_HEADERS, ...fault.headers, 'content-length': String(bytes.length) });
        response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        later(20, () => response.socket?.destroy());
        return;
      }
      case 'stall-body':
        response.writeHead(200, { ...JSON_HEADERS, ...fault.headers });
        response.write('{"partial":');
        return;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    plan(faults, nextFallback) {
      queue = [...faults];
      if (nextFallback) fallback = nextFallback;
    },
    async idle() {
      for (let waited = 0; sockets.size > 0 && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      if (sockets.size > 0) throw new Error(`${sockets.size} connection(s) still open after 5 s`);
    },
    openConnections: () => sockets.size,
    async close() {
      for (const timer of pendingTimers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A JSON response fault. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Fault {
  return { kind: 'respond', status, body: JSON.stringify(body), headers: { ...JSON_HEADERS, ...headers } };
}
