// With @opentelemetry/instrumentation-undici on as well (`httpSpans: 'undici'`): undici's span of
// each request is a child of our attempt span, under our call span, and it alone is the CLIENT span,
// records the histogram and sends traceparent (once).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { propagation } from '@opentelemetry/api';
import { Komfortkasse } from '@shopclients/komfortkasse';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { instrumentShopclients } from '../src/index.js';

const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const undici = new UndiciInstrumentation();
let stop: () => void;

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  undici.setTracerProvider(tracerProvider);
  stop = instrumentShopclients({ tracerProvider, httpSpans: 'undici' });
});
afterAll(() => {
  stop();
  undici.disable();
  context.disable();
  propagation.disable();
});

it('our call span is the ancestor of undici HTTP spans, one per attempt, each sending one traceparent', async () => {
  // A bare server: 503, then 404, recording every traceparent each request carried.
  const seen: string[][] = [];
  const server = createServer((request, response) => {
    seen.push(request.headersDistinct.traceparent ?? []);
    const status = seen.length === 1 ? 503 : 404;
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Order not found: 404404' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    // The global fetch: undici's, which the instrumentation sees.
    const client = new Komfortkasse({
      apiKey: 'undici-test-api-key',
      baseUrl: `http://127.0.0.1:${port}/api/v2`,
      maxRetries: 2,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(client.orders.get('404404')).rejects.toThrow();
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  const spans = exporter.getFinishedSpans();
  const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
  const call = spans.find((span) => span.name === 'getOrder') as ReadableSpan;
  expect(call).toBeDefined();
  const attempts = spans.filter((span) => span.parentSpanContext?.spanId === call.spanContext().spanId);
  expect(attempts.map((span) => [span.name, span.kind])).toEqual([
    ['GET', 0],
    ['GET', 0],
  ]);
  const http = spans.filter((span) => span.instrumentationScope.name.includes('undici'));
  expect(http).toHaveLength(2);
  for (const [index, span] of http.entries()) {
    expect(span.kind).toBe(2);
    const parent = byId.get(span.parentSpanContext?.spanId ?? '');
    expect(parent).toBe(attempts[index]);
    expect(span.spanContext().traceId).toBe(call.spanContext().traceId);
  }
  expect(http.map((span) => span.attributes['http.response.status_code'])).toEqual([503, 404]);
  // The server saw exactly one traceparent per request: undici's.
  expect(seen).toEqual(http.map((span) => [`00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`]));
});
