// Prints the trace @shopclients/otel exports for one Komfortkasse `orders.get` that the fake answers
// 429 (Retry-After: 1), then 503, then 200: the call span and a child span per attempt, with their
// attributes, as the OpenTelemetry SDK's in-memory exporter holds them. Needs `pnpm build`.
//   node packages/otel/scripts/retried-call-trace.mjs
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Komfortkasse } from '@shopclients/komfortkasse';
import { createFakeKomfortkasse } from '@shopclients/komfortkasse/testing';
import { instrumentShopclients } from '../dist/index.js';

const API_KEY = 'kk-secret-api-key-4711';
const exporter = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
const stop = instrumentShopclients({ tracerProvider, propagator: new W3CTraceContextPropagator() });

const fake = createFakeKomfortkasse({ now: '2030-03-10T09:00:00Z', apiKey: API_KEY });
const sent = [];
const fetch = (input, init) => {
  sent.push(new Headers(init?.headers).get('traceparent'));
  return fake.fetch(input, init);
};
const client = new Komfortkasse({ apiKey: API_KEY, baseUrl: fake.baseUrl, fetch, maxRetries: 3 });
await client.orders.submit('1001', {
  date: '10-03-2030',
  type: 'INVOICE',
  amount: 80,
  currency: 'EUR',
  billing: { firstName: 'Max', lastName: 'Mustermann', countryCode: 'DE' },
});
exporter.reset();
sent.length = 0;
fake.failNext({ status: 429, retryAfter: 1 }, { operation: 'getOrder' });
fake.failNext({ status: 503 }, { operation: 'getOrder' });
await client.orders.get('1001');
stop();

const spans = exporter.getFinishedSpans();
const [call] = spans.filter((span) => !span.parentSpanContext);
const attributes = (span) =>
  Object.entries(span.attributes)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join('  ');
const kind = ['INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
console.log(
  `${call.name}  ${kind[call.kind]}  trace ${call.spanContext().traceId}  span ${call.spanContext().spanId}  parent: none  ${(call.duration[0] * 1000 + call.duration[1] / 1e6).toFixed(1)} ms`,
);
console.log(`  ${attributes(call)}`);
const attempts = spans.filter((span) => span.parentSpanContext?.spanId === call.spanContext().spanId);
for (const [index, attempt] of attempts.entries()) {
  console.log(
    `  ${index === attempts.length - 1 ? '└' : '├'} ${attempt.name}  ${kind[attempt.kind]}  span ${attempt.spanContext().spanId}  parent ${attempt.parentSpanContext.spanId}`,
  );
  console.log(`  ${index === attempts.length - 1 ? ' ' : '│'}   ${attributes(attempt)}`);
}
console.log(`traceparent sent with each attempt: ${sent.join(', ')}`);
console.log(`API key anywhere in the exported spans: ${JSON.stringify(spans.map((span) => span.attributes)).includes(API_KEY)}`);
