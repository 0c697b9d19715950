// @shopclients/otel against the OpenTelemetry SDK's in-memory exporters: span names, attributes,
// parent and child across retries and a reconciled create, traceparent in each attempt, the
// duration histogram, and no secret anywhere.
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { AggregationTemporality, MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { IomOrders } from '@shopclients/iom-order';
import { createFakeIom } from '@shopclients/iom-order/testing';
import { Komfortkasse } from '@shopclients/komfortkasse';
import { createFakeKomfortkasse } from '@shopclients/komfortkasse/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { instrumentShopclients } from '../src/index.js';

class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

const API_KEY = 'kk-secret-api-key-4711';
const NOW = '2030-03-10T09:00:00Z';
const ORDER = {
  date: '10-03-2030',
  type: 'INVOICE' as const,
  amount: 80,
  currency: 'EUR',
  billing: { firstName: 'Max', lastName: 'Mustermann', countryCode: 'DE' },
};

const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const reader = new TestReader();
const meterProvider = new MeterProvider({ readers: [reader] });
const contextManager = new AsyncLocalStorageContextManager();
let stop: () => void;

beforeAll(() => {
  context.setGlobalContextManager(contextManager.enable());
  stop = instrumentShopclients({ tracerProvider, meterProvider, propagator: new W3CTraceContextPropagator() });
});
afterAll(() => {
  stop();
  context.disable();
});
afterEach(() => exporter.reset());

/** A Komfortkasse client on the fake, recording the traceparent of every request it sends. */
async function komfortkasse() {
  const fake = createFakeKomfortkasse({ now: NOW, apiKey: API_KEY });
  const traceparents: string[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    traceparents.push(new Headers(init?.headers).get('traceparent') ?? '');
    return fake.fetch(input as string, init as RequestInit);
  };
  const client = new Komfortkasse({ apiKey: API_KEY, baseUrl: fake.baseUrl, fetch, maxRetries: 3, retry: { initialDelayMs: 1, maxDelayMs: 1 } });
  await client.orders.submit('1001', ORDER);
  exporter.reset();
  traceparents.length = 0;
  return { fake, client, traceparents };
}

function children(parent: ReadableSpan): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((span) => span.parentSpanContext?.spanId === parent.spanContext().spanId);
}

function spanNamed(name: string): ReadableSpan {
  const found = exporter.getFinishedSpans().filter((span) => span.name === name);
  expect(found).toHaveLength(1);
  return found[0] as ReadableSpan;
}

/** Everything a span exports, as text: name, attributes, events, status. */
function exported(): string {
  return JSON.stringify(
    exporter.getFinishedSpans().map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, status: span.status })),
  );
}

describe('instrumentShopclients', () => {
  it('a call retried after a 503 is one span named after the operation, with one child per attempt', async () => {
    const { fake, client, traceparents } = await komfortkasse();
    fake.failNext({ status: 503 }, { operation: 'getOrder' });
    await client.orders.get('1001');

    const call = spanNamed('getOrder');
    expect(call.parentSpanContext).toBeUndefined();
    expect(call.attributes).toMatchObject({
      'shopclients.api': 'komfortkasse',
      'shopclients.operation': 'getOrder',
      'http.request.method': 'GET',
      'url.full': `${fake.baseUrl}/order/1001`,
      'server.address': new URL(fake.baseUrl).hostname,
      'http.response.status_code': 200,
      'http.request.resend_count': 1,
      'shopclients.attempts': 2,
    });
    expect(call.attributes['error.type']).toBeUndefined();
    const attempts = children(call);
    expect(attempts.map((span) => [span.name, span.kind, span.attributes['http.response.status_code'], span.attributes['http.request.resend_count']])).toEqual([
      ['GET', 2, 503, undefined],
      ['GET', 2, 200, 1],
    ]);
    expect(attempts[0]?.attributes).toMatchObject({ 'error.type': '503', 'shopclients.retry.reason': 'status', 'shopclients.retry.delay_ms': 1 });
    expect(attempts.every((span) => span.spanContext().traceId === call.spanContext().traceId)).toBe(true);
    // Each attempt carried its own span as the W3C parent.
    expect(traceparents).toEqual(attempts.map((span) => `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`));
  });

  it('a lost create reconciled by its key: the create span holds the create and the read-back, each with its attempts', async () => {
    const { fake, client } = await komfortkasse();
    fake.failNext('lose-answer', { operation: 'createRefund' });
    const refund = await client.refunds.create('1001', { externalReference: 'R-1', amount: 50, currency: 'EUR', plannedDate: '20-03-2030' });
    expect(refund.reconciled).toBe(true);

    const spans = exporter.getFinishedSpans();
    const roots = spans.filter((span) => span.parentSpanContext === undefined);
    expect(roots.map((span) => span.name)).toEqual(['createRefund']);
    const root = roots[0] as ReadableSpan;
    expect(root.attributes).toMatchObject({ 'shopclients.reconciled': true, 'shopclients.operation': 'createRefund', 'http.request.method': 'POST' });
    const calls = children(root);
    expect(calls.map((span) => [span.name, span.attributes['error.type'] ?? span.attributes['http.response.status_code']])).toEqual([
      ['createRefund', 'ConnectionError'],
      ['getOrder', 200],
    ]);
    expect(calls.map((span) => children(span).map((attempt) => attempt.name))).toEqual([['POST'], ['GET']]);
  });

  it('records http.client.request.duration per attempt, in seconds, without the URL', async () => {
    const { fake, client } = await komfortkasse();
    fake.failNext({ status: 503 }, { operation: 'getOrder' });
    await client.orders.get('1001');
    const { resourceMetrics } = await reader.collect();
    const metric = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics).find((m) => m.descriptor.name === 'http.client.request.duration');
    expect(metric?.descriptor.unit).toBe('s');
    const points = (metric?.dataPoints ?? []) as { attributes: Record<string, unknown>; value: { count: number } }[];
    const gets = points.filter((point) => point.attributes['http.request.method'] === 'GET');
    expect(gets.map((point) => point.attributes['http.response.status_code']).sort()).toEqual([200, 503]);
    for (const point of points) expect(point.attributes['url.full']).toBeUndefined();
  });

  it('puts no API key, password or Authorization value in any span', async () => {
    const { fake, client } = await komfortkasse();
    fake.failNext({ status: 401 }, { operation: 'getOrder' });
    await expect(client.orders.get('1001')).rejects.toThrow();
    // A secret in the path is redacted in url.full too.
    await expect(client.orders.get(API_KEY)).rejects.toThrow();

    const iomFake = createFakeIom({ auth: { username: 'otel-user', password: 'iom-secret-password-0815' } });
    const iom = new IomOrders({
      baseUrl: iomFake.baseUrl,
      shopId: 1000,
      auth: { username: 'otel-user', password: 'iom-secret-password-0815' },
      fetch: iomFake.fetch,
      maxRetries: 1,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
    });
    iomFake.failNext('reset');
    await iom.orders.get('B2B-1').catch(() => undefined);

    const text = exported();
    expect(text).toContain('"shopclients.api":"iom-order"');
    for (const secret of [API_KEY, 'iom-secret-password-0815', btoa('otel-user:iom-secret-password-0815'), encodeURIComponent(API_KEY)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('a call refused before sending is a failed span with no attempt', async () => {
    const { client } = await komfortkasse();
    await expect(client.orders.submit('1002', { ...ORDER, type: 'BARTER' as 'INVOICE' })).rejects.toThrow();
    const call = spanNamed('submitOrder');
    expect(call.attributes['error.type']).toBe('RequestValidationError');
    expect(call.status.code).toBe(2);
    expect(children(call)).toEqual([]);
  });

  it('stops when its function is called', async () => {
    const { client } = await komfortkasse();
    const again = instrumentShopclients({ tracerProvider, meterProvider });
    again();
    await client.orders.get('1001');
    // Only the first instrumentation's spans: one call, one attempt.
    expect(exporter.getFinishedSpans()).toHaveLength(2);
  });
});
