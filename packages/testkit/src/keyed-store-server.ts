import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** An answer of the store: status, headers and a JSON body (none when `body` is undefined). */
export interface StoreAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface StoreRequest {
  method: string;
  url: URL;
  body: unknown;
}

/** What a create request makes: its natural key, the scope reads find it by, and the success answer. */
export interface Creation {
  key: string;
  scope: string;
  record: unknown;
  answer: StoreAnswer;
}

/** The API the store plays: which requests create, which read back, and how each is answered. */
export interface StoreApi {
  /** The creation a request asks for, or `undefined` if it is not a create. */
  create(request: StoreRequest): Creation | undefined;
  /** The answer to a create whose key is taken (with `unique`). */
  taken(creation: Creation): StoreAnswer;
  /** The scope a read-back addresses and how to answer it from the records visible in that scope. */
  read(request: StoreRequest): { scope: string; answer(records: unknown[]): StoreAnswer } | undefined;
}

/** How the answer of a committed create is lost. */
export type LostAnswer =
  | 'reset'
  /** No answer at all: the client times out. */
  | 'stall'
  /** A proxy answers in the server's place with an HTML error page. */
  | 'proxy-502'
  | 'proxy-503'
  | 'proxy-504'
  /** The success's status and headers arrive, half its body, then the connection is cut. */
  | 'cut-body'
  /** The success status alone: no headers of the API, no body. */
  | 'bare-success';

export type CreateFault =
  | { kind: 'none' }
  /** The create is committed, then its answer is lost. `hiddenReads`: reads of its scope that do not see it yet. */
  | { kind: 'after-commit'; lost: LostAnswer; hiddenReads?: number }
  /** The request fails before anything is committed. */
  | { kind: 'before-commit'; lost: Exclude<LostAnswer, 'cut-body' | 'bare-success'> }
  /** The request is held, committed `delayMs` later (after the client gave up), and never answered. */
  | { kind: 'late-commit'; delayMs: number };

export type ReadFault = 'none' | 'proxy-503' | 'reset';

export interface KeyedStoreOptions {
  api: StoreApi;
  /** Refuse a create whose key exists (default true), as the real APIs do. Without it, duplicates are stored. */
  unique?: boolean;
  /** The fault for the `attempt`-th create request (1-based) carrying `key`. Default: none. */
  createFault?: (key: string, attempt: number) => CreateFault;
  /** The fault for a read-back of `scope`. Default: none. */
  readFault?: (scope: string) => ReadFault;
}

export interface KeyedStoreServer {
  url: string;
  /** How many times a create with this key was committed. */
  copies(key: string): number;
  /** Creates refused because their key was taken. */
  readonly takenAnswers: number;
  /** Every request, in order of arrival. */
  readonly requests: { method: string; path: string; kind: 'create' | 'read' | 'other' }[];
  /** Forgets every record and request. */
  reset(): void;
  close(): Promise<void>;
}

const HTML = { 'content-type': 'text/html' };
const PROXY_PAGE = (status: number) => `<html><body><h1>${status} from the proxy</h1></body></html>`;

/**
 * A stateful server on a free loopback port that stores what creates make, keyed by their natural
 * key, and can lose the answer of a create after committing it, or fail before committing, in every
 * way a network or proxy can. Reads find what was committed. Used to prove that clients reconcile
 * lost answers without losing or doubling anything.
 */
export async function startKeyedStoreServer(options: KeyedStoreOptions): Promise<KeyedStoreServer> {
  const { api } = options;
  const unique = options.unique ?? true;
  const records: { key: string; scope: string; record: unknown; hiddenReads: number }[] = [];
  const attempts = new Map<string, number>();
  const requests: KeyedStoreServer['requests'] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let takenAnswers = 0;

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  const commit = (creation: Creation, hiddenReads = 0) =>
    records.push({ key: creation.key, scope: creation.scope, record: creation.record, hiddenReads });
  const exists = (key: string) => records.some((entry) => entry.key === key);

  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const parsed: StoreRequest = { method: request.method ?? '', url: new URL(request.url ?? '/', 'http://store'), body: text ? JSON.parse(text) : undefined };
    const creation = api.create(parsed);
    if (creation) {
      requests.push({ method: parsed.method, path: request.url ?? '', kind: 'create' });
      const attempt = (attempts.get(creation.key) ?? 0) + 1;
      attempts.set(creation.key, attempt);
      onCreate(creation, options.createFault?.(creation.key, attempt) ?? { kind: 'none' }, response);
      return;
    }
    const read = api.read(parsed);
    if (read) {
      requests.push({ method: parsed.method, path: request.url ?? '', kind: 'read' });
      const fault = options.readFault?.(read.scope) ?? 'none';
      if (fault === 'reset') return void response.socket?.destroy();
      if (fault === 'proxy-503') return send(response, { status: 503, headers: HTML }, PROXY_PAGE(503));
      const visible = records.filter((entry) => entry.scope === read.scope && entry.hiddenReads-- <= 0).map((entry) => entry.record);
      return send(response, read.answer(visible));
    }
    requests.push({ method: parsed.method, path: request.url ?? '', kind: 'other' });
    send(response, { status: 404 });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function onCreate(creation: Creation, fault: CreateFault, response: ServerResponse): void {
    if (fault.kind === 'late-commit') {
      later(fault.delayMs, () => {
        if (!unique || !exists(creation.key)) commit(creation);
        response.socket?.destroy();
      });
      return;
    }
    if (fault.kind === 'before-commit') return lose(fault.lost, creation, response);
    if (unique && exists(creation.key)) {
      takenAnswers++;
      return send(response, api.taken(creation));
    }
    commit(creation, fault.kind === 'after-commit' ? fault.hiddenReads : 0);
    if (fault.kind === 'none') return send(response, creation.answer);
    lose(fault.lost, creation, response);
  }

  function lose(lost: LostAnswer, creation: Creation, response: ServerResponse): void {
    switch (lost) {
      case 'reset':
        response.socket?.destroy();
        return;
      case 'stall':
        return; // the client's timeout ends it
      case 'proxy-502':
      case 'proxy-503':
      case 'proxy-504':
        send(response, { status: Number(lost.slice(-3)), headers: HTML }, PROXY_PAGE(Number(lost.slice(-3))));
        return;
      case 'cut-body': {
        const bytes = Buffer.from(JSON.stringify(creation.answer.body ?? { created: creation.key }));
        response.writeHead(creation.answer.status, { 'content-type': 'application/json', ...creation.answer.headers, 'content-length': String(bytes.length) });
        response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        later(10, () => response.socket?.destroy());
        return;
      }
      case 'bare-success':
        response.writeHead(creation.answer.status);
        response.end();
        return;
    }
  }

  function send(response: ServerResponse, answer: StoreAnswer, raw?: string): void {
    const body = raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    response.writeHead(answer.status, { ...(raw === undefined && body ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    response.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    copies: (key) => records.filter((entry) => entry.key === key).length,
    get takenAnswers() {
      return takenAnswers;
    },
    requests,
    reset() {
      records.length = 0;
      requests.length = 0;
      attempts.clear();
      takenAnswers = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
