// @shopclients/otel as installed from its tarball, with a recording tracer on @opentelemetry/api alone
// (the SDK reads the environment, which Deno refuses without --allow-env, and imports node:os and
// node:util, which workerd's bundle cannot; the packages' own tests use the SDK):
// a call retried after a 503 (on the in-process fake, so through a custom fetch) is one span named
// after the operation with a child span per attempt, each attempt sends its own W3C traceparent,
// and no secret is in any span. Where the runtime has no `node:diagnostics_channel` (workerd
// without `nodejs_compat`), nothing is traced and the call still works.
import {
  type Attributes,
  type Context,
  type ContextManager,
  ROOT_CONTEXT,
  type Span,
  type SpanContext,
  type TextMapPropagator,
  type TracerProvider,
  context,
  trace,
} from '@opentelemetry/api';
import { Komfortkasse } from '@shopclients/komfortkasse';
import { createFakeKomfortkasse } from '@shopclients/komfortkasse/testing';
import { instrumentShopclients } from '@shopclients/otel';

const API_KEY = 'otel-consumer-secret-key';
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`otel consumer: ${what}`);
};

interface Storage {
  getStore(): Context | undefined;
  run<T>(value: Context, fn: () => T): T;
}

/** A context manager on the runtime's AsyncLocalStorage, looked up as core looks up diagnostics_channel. */
function asyncContextManager(): ContextManager | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const hooks = runtime?.getBuiltinModule?.('node:async_hooks') as { AsyncLocalStorage?: new () => Storage } | undefined;
  if (!hooks?.AsyncLocalStorage) return undefined;
  const storage = new hooks.AsyncLocalStorage();
  return {
    active: () => storage.getStore() ?? ROOT_CONTEXT,
    with: (value, fn, thisArg, ...args) => storage.run(value, () => fn.call(thisArg, ...args)),
    bind: (_value, target) => target,
    enable() {
      return this;
    },
    disable() {
      return this;
    },
  };
}

interface Recorded {
  name: string;
  attributes: Attributes;
  context: SpanContext;
  parent: string | undefined;
}

const hex = (length: number) => Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join('');

/** A tracer provider that records every ended span (name, attributes, own and parent ids). */
function recordingProvider(finished: Recorded[]): TracerProvider {
  const tracer = {
    startSpan(name: string, options: { attributes?: Attributes } = {}, parentContext: Context = context.active()): Span {
      const parent = trace.getSpanContext(parentContext);
      const own: SpanContext = { traceId: parent?.traceId ?? hex(32), spanId: hex(16), traceFlags: 1 };
      const attributes: Attributes = { ...options.attributes };
      const span = {
        spanContext: () => own,
        setAttribute: (key: string, value: unknown) => ((attributes[key] = value as never), span),
        setAttributes: (more: Attributes) => (Object.assign(attributes, more), span),
        setStatus: () => span,
        end: () => void finished.push({ name, attributes, context: own, parent: parent?.spanId }),
        isRecording: () => true,
      };
      return span as unknown as Span;
    },
  };
  return { getTracer: () => tracer as never };
}

/** W3C traceparent, as the SDK's W3CTraceContextPropagator writes it. */
const traceparent: TextMapPropagator = {
  inject(active, carrier, setter) {
    const span = trace.getSpanContext(active);
    if (span) setter.set(carrier, 'traceparent', `00-${span.traceId}-${span.spanId}-0${span.traceFlags}`);
  },
  extract: (active) => active,
  fields: () => ['traceparent'],
};

export default async function consume(_targets: ConsumerTargets): Promise<void> {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const hasChannels = typeof runtime?.getBuiltinModule?.('node:diagnostics_channel') === 'object';
  const manager = asyncContextManager();
  if (manager) context.setGlobalContextManager(manager);
  const spans: Recorded[] = [];
  const stop = instrumentShopclients({ tracerProvider: recordingProvider(spans), propagator: traceparent });
  try {
    const fake = createFakeKomfortkasse({ apiKey: API_KEY });
    const traceparents: string[] = [];
    const fetch = (input: string, init: RequestInit) => {
      traceparents.push(new Headers(init.headers).get('traceparent') ?? '');
      return fake.fetch(input, init);
    };
    const client = new Komfortkasse({ apiKey: API_KEY, baseUrl: fake.baseUrl, fetch, maxRetries: 2, retry: { initialDelayMs: 1, maxDelayMs: 1 } });
    await client.orders.submit('1001', {
      date: new Date(),
      type: 'INVOICE',
      amount: 80,
      currency: 'EUR',
      billing: { lastName: 'Mustermann', countryCode: 'DE' },
    });
    spans.length = 0;
    traceparents.length = 0;
    fake.failNext({ status: 503 }, { operation: 'getOrder' });
    const order = await client.orders.get('1001');
    check(order.number === '1001', 'the call resolves');
    if (!hasChannels) {
      check(spans.length === 0, 'without diagnostics_channel nothing is traced');
      return;
    }
    const call = spans.find((span) => span.name === 'getOrder');
    check(call !== undefined && call.attributes['http.response.status_code'] === 200 && call.attributes['http.request.resend_count'] === 1, 'one call span');
    const attempts = spans.filter((span) => span.name === 'GET');
    check(attempts.map((span) => span.attributes['http.response.status_code']).join() === '503,200', 'a span per attempt');
    check(
      traceparents.join() === attempts.map((span) => `00-${span.context.traceId}-${span.context.spanId}-01`).join(),
      `each attempt sends its span as traceparent (${traceparents.join()})`,
    );
    // workerd's bindStore accepts only its own AsyncLocalStorage, so there the spans are not linked.
    if (manager && globalThis.navigator?.userAgent !== 'Cloudflare-Workers') {
      check(
        attempts.every((span) => span.parent === call?.context.spanId),
        'the attempts are children of the call span',
      );
    }
    check(!JSON.stringify(spans.map((span) => span.attributes)).includes(API_KEY), 'no API key in any attribute');
  } finally {
    stop();
    if (manager) context.disable();
  }
}
