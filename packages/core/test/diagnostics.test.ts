// The diagnostics channels are a documented interface: what subscribers get, and that nothing in it
// is secret. (@shopclients/otel's tests cover what a tracer builds from them.)
import diagnostics from 'node:diagnostics_channel';
import { afterEach, describe, expect, it } from 'vitest';
import { type ThingConfig, thingsClient } from './things-api.js';

const SECRET = 'sk_diagnostics_secret_91';
const unsubscribes: (() => void)[] = [];
afterEach(() => unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe()));

function record() {
  const seen: { channel: string; phase: string; message: Record<string, unknown> }[] = [];
  for (const name of ['shopclients:call', 'shopclients:attempt']) {
    const channel = diagnostics.tracingChannel(name);
    const handlers = Object.fromEntries(
      (['start', 'asyncEnd', 'error'] as const).map((phase) => [
        phase,
        (message: unknown) => seen.push({ channel: name, phase, message: { ...(message as object) } }),
      ]),
    );
    channel.subscribe(handlers as never);
    unsubscribes.push(() => channel.unsubscribe(handlers as never));
  }
  const reconcile = (message: unknown) => seen.push({ channel: 'shopclients:reconcile', phase: 'publish', message: { ...(message as object) } });
  diagnostics.subscribe('shopclients:reconcile', reconcile);
  unsubscribes.push(() => diagnostics.unsubscribe('shopclients:reconcile', reconcile));
  return seen;
}

const client = (answers: (() => Response)[], config: ThingConfig = {}) =>
  thingsClient({
    api: 'things',
    secrets: [SECRET],
    credentialHeaders: { 'X-Api-Key': SECRET },
    retry: { initialDelayMs: 1, maxDelayMs: 1 },
    fetch: async () => (answers.shift() ?? (() => new Response(null, { status: 500 })))(),
    ...config,
  });

describe('diagnostics channels', () => {
  it('a call retried after a 503: one call with its settled facts, an attempt per request with the delay and why, nothing secret', async () => {
    const seen = record();
    const answers = [() => new Response(null, { status: 503 }), () => Response.json({ id: '1' }, { headers: { 'x-request-id': 'req-7' } })];
    await client(answers).send('getThing', { path: { id: `a-${SECRET}` } }, undefined);
    const calls = seen.filter((entry) => entry.channel === 'shopclients:call');
    expect(calls.map((entry) => entry.phase)).toEqual(['start', 'asyncEnd']);
    expect(calls[1]?.message).toMatchObject({ api: 'things', operation: 'getThing', method: 'GET', status: 200, attempts: 2, requestId: 'req-7' });
    const attempts = seen.filter((entry) => entry.channel === 'shopclients:attempt' && entry.phase === 'asyncEnd').map((entry) => entry.message);
    expect(attempts).toMatchObject([
      { api: 'things', operation: 'getThing', attempt: 1, method: 'GET', status: 503, retryReason: 'status', retryDelayMs: expect.any(Number) },
      { attempt: 2, status: 200 },
    ]);
    expect(attempts[0]?.durationMs).toEqual(expect.any(Number));
    expect(String(attempts[0]?.url)).toContain('[REDACTED]');
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it('a create whose answer is lost: its reconciliation steps, key redacted like every value', async () => {
    const seen = record();
    const reset = (): Response => {
      throw new TypeError('fetch failed');
    };
    const http = client([reset, () => Response.json({ id: 't1', ref: SECRET, name: 'x' })], {
      policies: {
        createThing: { methods: [], safeToRepeat: false, naturalKey: { field: 'ref', readBack: 'getThing', takenStatuses: [409], sameResource: ['name'] } },
      },
    });
    await http.create(
      'createThing',
      {
        request: { path: { id: 'new' }, body: { name: 'x', ref: SECRET } },
        argument: 'thing',
        created: (result) => result.data as object,
        readBack: (key) => ({ request: { path: { id: key } }, resource: (result) => result.data as object, reconciled: (resource) => resource }),
      },
      undefined,
      {},
    );
    const steps = seen.filter((entry) => entry.channel === 'shopclients:reconcile').map((entry) => entry.message);
    expect(steps.at(-1)).toMatchObject({
      api: 'things',
      operation: 'createThing',
      readBack: 'getThing',
      step: 'found',
      outcome: 'reconciled',
      key: { field: 'ref' },
    });
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it('without a subscriber, a call publishes nothing and behaves the same', async () => {
    expect(diagnostics.tracingChannel('shopclients:call').hasSubscribers).toBe(false);
    await expect(client([() => Response.json({ id: '1' })]).send('getThing', { path: { id: '1' } }, undefined)).resolves.toMatchObject({ data: { id: '1' } });
  });
});

describe('review findings', () => {
  it('a reconciled create reports the requests the create itself sent, not its read-back’s', async () => {
    const seen = record();
    const reset = (): Response => {
      throw new TypeError('fetch failed');
    };
    const http = client([reset, () => new Response(null, { status: 503 }), () => Response.json({ id: 't1', ref: 'R-9', name: 'x' })], {
      policies: {
        createThing: { methods: [], safeToRepeat: false, naturalKey: { field: 'ref', readBack: 'getThing', takenStatuses: [409], sameResource: ['name'] } },
      },
    });
    await http.create(
      'createThing',
      {
        request: { path: { id: 'new' }, body: { name: 'x', ref: 'R-9' } },
        argument: 'thing',
        created: (result) => result.data as object,
        readBack: (key) => ({ request: { path: { id: key } }, resource: (result) => result.data as object, reconciled: (resource) => resource }),
      },
      undefined,
      {},
    );
    const settled = seen.filter((entry) => entry.channel === 'shopclients:call' && entry.phase === 'asyncEnd').at(-1)?.message;
    expect(settled).toMatchObject({ operation: 'createThing', reconciled: true, attempts: 1, status: 200 });
  });

  it('a call on client.openapi with a secret in its path keeps it out of errors and attempt messages', async () => {
    const seen = record();
    const http = client([], { timeout: 30, maxRetries: 0, fetch: () => new Promise<Response>(() => {}) });
    const error = await http.openapi.GET('/things/{id}', { params: { path: { id: SECRET } } }).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain(SECRET);
    expect((error as { operation: string }).operation).toBe('GET /v1/things/[REDACTED]');
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it('a custom fetch that returns the Response itself, not a promise, is sent once and answered', async () => {
    let calls = 0;
    const http = client([], {
      fetch: (() => {
        calls++;
        return Response.json({ id: '1' });
      }) as never,
    });
    await expect(http.send('getThing', { path: { id: '1' } }, undefined)).resolves.toMatchObject({ data: { id: '1' } });
    expect(calls).toBe(1);
  });
});
