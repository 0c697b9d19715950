import { OutcomeUnknownError } from '@shopclients/core';
import { describeReliability, firstAttempt, startKeyedStoreServer, uniqueKey } from '@shopclients/testkit';
import { describe, expect, it } from 'vitest';
import { ConnectionError, InvalidArgumentError, Komfortkasse } from '../../src/index.js';
import { API_KEY, examples, spec } from '../contract/mock-client.js';
import { BASE_PATH, komfortkasse, komfortkasseStore, refund } from './komfortkasse.js';

// The reliability suite both clients share (faults, reconciling lost answers, load, caller mistakes and
// hostile arguments), run for Komfortkasse; then the cases only Komfortkasse has.
const reconcile = describeReliability(komfortkasse);

describe('Komfortkasse: reconciling, beyond the shared suite', () => {
  it('an order read back without its refunds list cannot decide: OutcomeUnknownError, nothing re-sent', async () => {
    const plan = { createFault: () => undefined, unseenReads: () => 0, readFault: () => undefined };
    firstAttempt(plan, { fault: { after: 'reset' } });
    const silent = await startKeyedStoreServer({ api: komfortkasseStore(false), createFault: plan.createFault });
    try {
      const reference = uniqueKey('SILENT');
      const error = (await reconcile.client({ baseUrl: `${silent.url}${BASE_PATH}` }).refunds.create('10001', refund(reference)).catch((e: unknown) => e)) as OutcomeUnknownError;
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect(error.key).toEqual({ field: 'externalReference', value: reference });
      expect(error.tried).toEqual(['createRefund attempt 1: ConnectionError', 'getOrder: InvalidResponseError 200']);
      expect(silent.requests.filter((request) => request.kind === 'create')).toHaveLength(1);
      expect(silent.copies(reference)).toBe(1);
    } finally {
      await silent.close();
    }
  });
});

// Audit finding (issue 10, item 3): the API's paths overlap. `orders.cancel('remove')` sent
// `POST /order/remove/cancel`, which is also removeOrder of order `cancel`.

const ORDER = spec.responseExample('getOrder', 200);
const PDF = new Uint8Array([37, 80, 68, 70]);

type Call = (client: Komfortkasse, value: string) => Promise<unknown>;

/** Every method with a path parameter, and where the value goes. */
const methods: Record<string, Call> = {
  'orders.get': (c, v) => c.orders.get(v),
  'orders.submit': (c, v) => c.orders.submit(v, examples.order),
  'orders.cancel': (c, v) => c.orders.cancel(v),
  'orders.remove': (c, v) => c.orders.remove(v),
  'orders.setPaid': (c, v) => c.orders.setPaid(v),
  'orders.setUnpaid': (c, v) => c.orders.setUnpaid(v),
  'refunds.create': (c, v) => c.refunds.create(v, examples.refund),
  'invoices.upload (orderNumber)': (c, v) => c.invoices.upload(v, '100072533', PDF),
  'invoices.upload (invoiceNumber)': (c, v) => c.invoices.upload('10001', v, PDF),
};

/** Sends one call through a recording fetch: the refusal, or the method and path sent. */
async function send(call: Call, value: string): Promise<InvalidArgumentError | string> {
  const sent: string[] = [];
  const client = new Komfortkasse({
    apiKey: API_KEY,
    baseUrl: 'http://127.0.0.1:9/api/v2',
    fetch: async (url, init) => {
      sent.push(`${init.method} ${new URL(url).pathname.replace('/api/v2', '')}`);
      return new Response(JSON.stringify(ORDER), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  const error = await call(client, value).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof InvalidArgumentError) {
    expect(sent).toHaveLength(0);
    return error;
  }
  expect(error).toBeUndefined();
  expect(sent).toHaveLength(1);
  return sent[0] as string;
}

/** The spec's operations a sent `METHOD /path` matches, segment by segment. */
function operationsMatching(request: string): string[] {
  const [method, path] = request.split(' ') as [string, string];
  const segments = path.split('/').filter(Boolean);
  const matches: string[] = [];
  for (const [template, item] of Object.entries(spec.document.paths as Record<string, Record<string, { operationId?: string }>>)) {
    const parts = template.split('/').filter(Boolean);
    const operation = item[method.toLowerCase()]?.operationId;
    if (!operation || parts.length !== segments.length) continue;
    if (parts.every((part, i) => part.startsWith('{') || part === segments[i])) matches.push(operation);
  }
  return matches;
}

/** Every fixed word of the spec's paths, the values that could make a path another's. */
const words = [...new Set(Object.keys(spec.document.paths).flatMap((path) => path.split('/').filter((part) => part && !part.startsWith('{'))))];

describe('Komfortkasse: path aliases', () => {
  it.each([
    ['orders.cancel', 'remove'],
    ['orders.setPaid', 'remove'],
    ['orders.setUnpaid', 'remove'],
    ['refunds.create', 'remove'],
    ['invoices.upload (orderNumber)', 'remove'],
    ['orders.cancel', 'REMOVE'],
    ['orders.remove', 'cancel'],
    ['orders.remove', 'setpaid'],
    ['orders.remove', 'setunpaid'],
    ['orders.remove', 'refund'],
    ['orders.remove', 'SetPaid'],
  ])('%s refuses the order number %j, naming it and sending nothing', async (method, value) => {
    const outcome = await send(methods[method] as Call, value);
    expect(outcome).toBeInstanceOf(InvalidArgumentError);
    expect((outcome as InvalidArgumentError).argument).toBe('orderNumber');
    expect((outcome as InvalidArgumentError).message).toContain('another operation');
  });

  it('every other word of the spec\'s paths is sent to exactly one operation, by every method', async () => {
    let sent = 0;
    let refused = 0;
    for (const [name, call] of Object.entries(methods)) {
      for (const word of [...words, ...words.map((w) => w.toUpperCase())]) {
        const outcome = await send(call, word);
        if (outcome instanceof InvalidArgumentError) {
          refused++;
          continue;
        }
        expect(operationsMatching(outcome), `${name}(${JSON.stringify(word)}) sent ${outcome}`).toHaveLength(1);
        sent++;
      }
    }
    console.log(`path words tried: ${sent + refused} (refused as ambiguous: ${refused}, sent to one operation: ${sent})`);
    expect(refused).toBeGreaterThan(0);
  });

  it('keeps order numbers that only resemble the words', async () => {
    await expect(send(methods['orders.cancel'] as Call, 'removed')).resolves.toBe('POST /order/removed/cancel');
    await expect(send(methods['orders.remove'] as Call, 'cancelled')).resolves.toBe('POST /order/remove/cancelled');
    await expect(send(methods['orders.get'] as Call, 'remove')).resolves.toBe('GET /order/remove');
    await expect(send(methods['orders.remove'] as Call, 'invoice')).resolves.toBe('POST /order/remove/invoice');
  });
});
