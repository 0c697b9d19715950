import { type Fault, type FaultAnswer, FaultPlan, type LoopbackConnection, type Outcome, applyFault, listenOnLoopback } from '@shopclients/core/testing';

/** An answer of a test server: a status (default 200), headers, and a body sent as JSON (none when undefined). */
export interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request as a test server's handler sees it. */
export interface TestRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text (`''` when there is none). */
  text: string;
}

/** What a handler returns: an answer (meeting the planned fault, if any), or its own fault and the work behind the answer. */
export type Reply = Answer | { fault: Fault | undefined; work: () => Answer };

export interface Hit {
  method: string;
  /** Path and query, e.g. `/order/10001?includeRefunds=true`. */
  path: string;
  headers: Headers;
  body: string;
  /** `performance.now()` when the request arrived. */
  at: number;
}

export interface TestServer {
  url: string;
  /** Every request received, in order (unless `keepHits: false`). */
  readonly hits: Hit[];
  /** Requests received so far. */
  readonly count: number;
  /**
   * The next requests meet `faults` in turn, then every one meets `every` (default: none). Until the
   * next plan, the work behind each answer is `answer` (default: the handler's).
   */
  plan(faults: Fault[], options?: { every?: Fault | undefined; answer?: Answer | undefined }): void;
  /** Resolves when every connection the server saw has closed (fails after 5 s). */
  idle(): Promise<void>;
  openConnections(): number;
  /** Every connection accepted, with the requests it carried and when it closed. */
  connections(): readonly LoopbackConnection[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** How long an idle keep-alive connection stays open (default 1 s, so `idle()` is quick). */
  keepAliveTimeoutMs?: number;
  /** Keep every request in `hits` (default true; a load test turns it off). */
  keepHits?: boolean;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** The response for an answer: its body as JSON, labelled so unless the headers say otherwise. */
export function answerResponse(answer: Answer): Response {
  const body = answer.body === undefined ? null : JSON.stringify(answer.body);
  return new Response(body, { status: answer.status ?? 200, headers: { ...(body === null ? {} : JSON_TYPE), ...answer.headers } });
}

/** A fault's answer whose body is JSON, e.g. `jsonFault(429, { error: 'slow down' }, { 'retry-after': '0' })`. */
export function jsonFault(status: number, body: unknown, headers: Record<string, string> = {}): FaultAnswer {
  return { status, body: JSON.stringify(body), headers: { ...JSON_TYPE, ...headers } };
}

/** The HTML error page a proxy answers in the server's place. */
export function proxyPage(status: number): FaultAnswer {
  return { status, body: `<html><body><h1>${status} from the proxy</h1></body></html>`, headers: { 'content-type': 'text/html' } };
}

/**
 * An HTTP server on a free loopback port (served by `@shopclients/core/testing`, so with every fault
 * a fake can play) whose answers `handler` computes from each request. It records every request and
 * can be told to meet the next ones with faults: for load tests, fault tests, stateful stores.
 */
export async function startTestServer(
  handler: (request: TestRequest) => Reply | Promise<Reply> = () => ({ body: {} }),
  options: TestServerOptions = {},
): Promise<TestServer> {
  const hits: Hit[] = [];
  let count = 0;
  let faults = new FaultPlan();
  let every: Fault | undefined;
  let fixed: Answer | undefined;

  async function process(request: Request): Promise<Outcome> {
    const url = new URL(request.url);
    const text = await request.text();
    count++;
    if (options.keepHits !== false)
      hits.push({ method: request.method, path: `${url.pathname}${url.search}`, headers: request.headers, body: text, at: performance.now() });
    const reply = fixed ?? (await handler({ method: request.method, url, headers: request.headers, text }));
    const own = 'work' in reply && typeof reply.work === 'function' ? (reply as { fault: Fault | undefined; work: () => Answer }) : undefined;
    const fault = own ? own.fault : (faults.take() ?? every);
    return applyFault(fault, async () => answerResponse(own ? own.work() : (reply as Answer)));
  }

  const server = await listenOnLoopback(process, { keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? 1_000 });
  return {
    url: server.url,
    hits,
    get count() {
      return count;
    },
    plan(planned, next = {}) {
      faults = new FaultPlan();
      for (const fault of planned) faults.add(fault);
      if (next.every) new FaultPlan().add(next.every); // refuses a fault that is no fault
      every = next.every;
      fixed = next.answer;
    },
    async idle() {
      for (let waited = 0; server.openConnections() > 0 && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      if (server.openConnections() > 0) throw new Error(`${server.openConnections()} connection(s) still open after 5 s`);
    },
    openConnections: () => server.openConnections(),
    connections: () => server.connections(),
    close: () => server.close(),
  };
}
