import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  type BulkOrderSubmission,
  InvalidArgumentError,
  Komfortkasse,
  RequestValidationError,
  type SubmitAllProgress,
  SyncRefusedError,
  ValidationError,
} from '../../src/index.js';

const MAX_REQUESTS = 200;

interface BulkServerOptions {
  delayMs?: number;
  /** A batch holding one of these order numbers is answered 400. */
  failNumbers?: string[];
}

/** A local Komfortkasse stand-in for POST /orders and POST /ordersync that records every call. */
async function startBulkServer(options: BulkServerOptions = {}) {
  const batches: string[][] = [];
  const syncs: string[][] = [];
  const concurrency = { now: 0, max: 0 };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
    const answer = (status: number, value: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (batches.length + syncs.length >= MAX_REQUESTS) {
      answer(429, { error: 'test server: too many requests' });
      return;
    }
    if (request.url === '/ordersync') {
      syncs.push(body);
      answer(200, 3);
      return;
    }
    const numbers = (body as { number: string }[]).map((order) => order.number);
    batches.push(numbers);
    concurrency.now++;
    concurrency.max = Math.max(concurrency.max, concurrency.now);
    setTimeout(() => {
      concurrency.now--;
      if (numbers.some((number) => options.failNumbers?.includes(number))) answer(400, { error: 'Invalid request' });
      else answer(200, (body as object[]).map((order) => ({ ...order, paymentStatus: 'UNPAID' })));
    }, options.delayMs ?? 5);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    batches,
    syncs,
    concurrency,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let server: Awaited<ReturnType<typeof startBulkServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options?: BulkServerOptions) {
  server = await startBulkServer(options);
  return { client: new Komfortkasse({ apiKey: 'test-api-key-123', baseUrl: server.url, maxRetries: 0 }), server };
}

const number = (index: number) => `K-${String(index).padStart(5, '0')}`;
const order = (index: number): BulkOrderSubmission => ({
  number: number(index),
  date: '01-11-2026',
  type: 'INVOICE',
  amount: 10 + index / 100,
  currency: 'EUR',
  billing: { lastName: 'Mustermann', countryCode: 'DE' },
});
const orders = (count: number) => Array.from({ length: count }, (_, index) => order(index));
const numbers = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => number(from + index));

async function* slowly(items: BulkOrderSubmission[], read: { count: number }) {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    read.count++;
    yield item;
  }
}

describe('orders.submitAll', () => {
  it('sends calls of at most 100 orders, two at a time, and reports every batch with the stored orders', async () => {
    const { client, server } = await serve({ delayMs: 30 });
    const result = await client.orders.submitAll(orders(450));
    expect(server.batches.map((batch) => batch.length)).toEqual([100, 100, 100, 100, 50]);
    expect(server.batches.flat().sort()).toEqual(numbers(0, 450));
    expect(server.concurrency.max).toBe(2);
    expect(result.submittedCount).toBe(450);
    expect(result.failed).toEqual([]);
    expect(result.orderNumbers).toEqual(numbers(0, 450));
    expect(result.batches.map((batch) => batch.index)).toEqual([0, 1, 2, 3, 4]);
    const last = result.batches[4];
    expect(last?.ok && last.orders.map((stored) => stored.number)).toEqual(numbers(400, 450));
    expect(last?.ok && last.orders[0]?.paymentStatus).toBe('UNPAID');
  });

  it('follows batchSize and concurrency', async () => {
    const { client, server } = await serve({ delayMs: 30 });
    await client.orders.submitAll(orders(40), { batchSize: 5, concurrency: 4 });
    expect(server.batches).toHaveLength(8);
    expect(server.batches.every((batch) => batch.length === 5)).toBe(true);
    expect(server.concurrency.max).toBe(4);
  });

  it('reports a failed batch with its error and orders, and goes on with the others', async () => {
    const { client, server } = await serve({ failNumbers: [number(150)] });
    const progress: SubmitAllProgress[] = [];
    const result = await client.orders.submitAll(orders(300), { onProgress: (report) => progress.push(report) });
    expect(server.batches).toHaveLength(3);
    expect(result.submittedCount).toBe(200);
    expect(result.failedCount).toBe(100);
    expect(result.failed).toHaveLength(1);
    const [failed] = result.failed;
    expect(failed?.index).toBe(1);
    expect(failed?.error).toBeInstanceOf(ValidationError);
    expect(failed?.orderNumbers).toEqual(numbers(100, 200));
    expect(failed?.submissions.map((submission) => submission.number)).toEqual(numbers(100, 200));
    expect(progress.map((report) => report.batchesDone)).toEqual([1, 2, 3]);
    expect(progress.at(-1)).toMatchObject({ submittedCount: 200, failedCount: 100 });
  });

  it('checks a whole list before sending anything', async () => {
    const { client, server } = await serve();
    const bad = orders(250);
    bad[170] = { ...order(170), amount: Number.NaN };
    await expect(client.orders.submitAll(bad)).rejects.toMatchObject({ name: 'InvalidArgumentError', argument: 'orders[170].amount' });
    const repeated = [...orders(120), order(7)];
    await expect(client.orders.submitAll(repeated)).rejects.toMatchObject({ argument: 'orders[120].number' });
    expect(server.batches).toHaveLength(0);
  });

  it('refuses batches above the documented 100, and bad options, before sending anything', async () => {
    const { client, server } = await serve();
    for (const options of [{ batchSize: 101 }, { batchSize: 0 }, { concurrency: 0 }, { concurrency: 1.5 }]) {
      await expect(client.orders.submitAll(orders(3), options)).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    await expect(client.orders.submitAll('orders' as never)).rejects.toMatchObject({ argument: 'orders' });
    expect(server.batches).toHaveLength(0);
  });

  it('reads an async iterable as batches are needed, not all at once', async () => {
    const { client, server } = await serve({ delayMs: 40 });
    const read = { count: 0 };
    const readWhenFirstArrived: number[] = [];
    const result = await client.orders.submitAll(slowly(orders(100), read), {
      batchSize: 10,
      concurrency: 1,
      onProgress: () => readWhenFirstArrived.push(read.count),
    });
    expect(result.submittedCount).toBe(100);
    expect(server.batches.flat()).toEqual(numbers(0, 100));
    // When the first batch settled, at most the next batch had been read.
    expect(readWhenFirstArrived[0]).toBeLessThanOrEqual(20);
  });

  it('fails only the batch of a bad order from an iterable, without sending it', async () => {
    const { client, server } = await serve();
    const items = orders(30);
    items[14] = { ...order(14), currency: undefined as never, number: 42 as never };
    const result = await client.orders.submitAll(items.values(), { batchSize: 10 });
    expect(server.batches.flat()).toEqual([...numbers(0, 10), ...numbers(20, 30)].sort());
    expect(result.failed.map((batch) => batch.index)).toEqual([1]);
    // The spec's check of the batch's body refuses it before sending.
    expect(result.failed[0]?.error).toBeInstanceOf(RequestValidationError);
    expect(result.failed[0]?.submissions).toHaveLength(10);
  });

  it('stops starting batches when aborted, aborts those in flight, and throws AbortError', async () => {
    const { client, server } = await serve({ delayMs: 50 });
    const controller = new AbortController();
    const run = client.orders.submitAll(orders(1_000), { batchSize: 10, signal: controller.signal, onProgress: ({ batchesDone }) => batchesDone === 3 && controller.abort() });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    expect(server.batches.length).toBeLessThanOrEqual(5);
    const sent = server.batches.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.batches).toHaveLength(sent);
  });
});

describe('orders.submitAllAndSync', () => {
  it('submits every open order, then syncs with the complete list of their numbers', async () => {
    const { client, server } = await serve();
    const result = await client.orders.submitAllAndSync(orders(230), { isCompleteList: true });
    expect(server.batches.flat().sort()).toEqual(numbers(0, 230));
    expect(server.syncs).toEqual([numbers(0, 230)]);
    expect(result.legacyCount).toBe(3);
    expect(result.submittedCount).toBe(230);
  });

  it('refuses to sync when a batch failed, and says which', async () => {
    const { client, server } = await serve({ failNumbers: [number(205)] });
    const error = await client.orders.submitAllAndSync(orders(230), { isCompleteList: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncRefusedError);
    expect((error as SyncRefusedError).message).toMatch(/30 orders in 1 batch failed to submit, so the sync was not sent/);
    expect((error as SyncRefusedError).result.failed[0]?.orderNumbers).toEqual(numbers(200, 230));
    expect(server.batches).toHaveLength(3);
    expect(server.syncs).toEqual([]);
  });

  it('requires isCompleteList: true before sending anything', async () => {
    const { client, server } = await serve();
    await expect(client.orders.submitAllAndSync(orders(3), {} as never)).rejects.toMatchObject({ argument: 'options.isCompleteList' });
    expect(server.batches).toHaveLength(0);
  });
});
