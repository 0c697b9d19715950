/**
 * OpenTelemetry for the `@shopclients` clients, built only on the `diagnostics_channel` events that
 * `@shopclients/core` publishes (see the README's "Diagnostics channels"): no patching, so it works
 * under ESM and CommonJS alike, with a custom `fetch`, and on every runtime that has
 * `node:diagnostics_channel`.
 * @packageDocumentation
 */
import {
  type Attributes,
  type Context,
  type Histogram,
  type MeterProvider,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapPropagator,
  type Tracer,
  type TracerProvider,
  ValueType,
  context,
  defaultTextMapSetter,
  metrics,
  propagation,
  trace,
} from '@opentelemetry/api';
// Types only: erased from the build, so the package's one peer dependency stays @opentelemetry/api.
import type { AttemptMessage, CallMessage } from '@shopclients/core';

/** What `instrumentShopclients` needs; every field is optional. */
export interface InstrumentShopclientsOptions {
  /** Where the spans go (default: the global tracer provider). */
  tracerProvider?: TracerProvider;
  /** Where `http.client.request.duration` goes (default: the global meter provider). */
  meterProvider?: MeterProvider;
  /** How the trace context is written into each attempt's headers (default: the global propagator, W3C `traceparent` with the SDK's defaults). */
  propagator?: TextMapPropagator;
  /**
   * Which layer owns the HTTP client conventions, so that nothing is counted twice:
   * - `'shopclients'` (the default): each attempt is a `CLIENT` span with the HTTP client attributes,
   *   records `http.client.request.duration` and injects `traceparent`. Right with a custom `fetch`,
   *   on Bun, Deno and workerd, and on Node without `@opentelemetry/instrumentation-undici`.
   * - `'undici'`: `@opentelemetry/instrumentation-undici` is on as well and owns them: its span of
   *   each request (a child of our attempt span) is the `CLIENT` span, records the histogram and
   *   injects `traceparent`; our attempt spans are `INTERNAL` and neither record nor inject (two
   *   `traceparent` headers would otherwise be sent).
   */
  httpSpans?: 'shopclients' | 'undici';
}

interface Store {
  run<T>(value: Context, fn: () => T): T;
}
interface Channel {
  subscribe(listener: (message: unknown) => void): void;
  unsubscribe(listener: (message: unknown) => void): void;
  bindStore?(store: Store, transform: (message: never) => Context): void;
  unbindStore?(store: Store): void;
}
interface TracingChannel {
  start: Channel;
  end: Channel;
  asyncStart: Channel;
  asyncEnd: Channel;
  error: Channel;
}
interface DiagnosticsChannel {
  tracingChannel(name: string): TracingChannel;
}

const SCOPE = '@shopclients/otel';
// The buckets the HTTP semantic conventions advise for http.client.request.duration (seconds).
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

/**
 * Subscribes to the clients' `diagnostics_channel` events and turns them into OpenTelemetry: a span
 * per client call named after its operation, a child span per HTTP attempt, the
 * `http.client.request.duration` histogram, and `traceparent` in each attempt's request. Returns a
 * function that unsubscribes again. Where `node:diagnostics_channel` is missing it does nothing.
 *
 * @example
 * ```ts
 * import { instrumentShopclients } from '@shopclients/otel';
 * const stop = instrumentShopclients({ tracerProvider, meterProvider });
 * // … later, e.g. in a test:
 * stop();
 * ```
 */
export function instrumentShopclients(options: InstrumentShopclientsOptions = {}): () => void {
  const dc = diagnosticsChannel();
  if (!dc) return () => {};
  const tracer: Tracer = (options.tracerProvider ?? trace.getTracerProvider()).getTracer(SCOPE);
  const ownsHttp = (options.httpSpans ?? 'shopclients') === 'shopclients';
  const duration: Histogram | undefined = ownsHttp
    ? (options.meterProvider ?? metrics.getMeterProvider()).getMeter(SCOPE).createHistogram('http.client.request.duration', {
        description: 'Duration of HTTP client requests.',
        unit: 's',
        valueType: ValueType.DOUBLE,
        advice: { explicitBucketBoundaries: DURATION_BUCKETS },
      })
    : undefined;
  const inject = (active: Context, carrier: Record<string, string>) =>
    options.propagator ? options.propagator.inject(active, carrier, defaultTextMapSetter) : propagation.inject(active, carrier, defaultTextMapSetter);

  const spans = new WeakMap<object, Span>();
  // Runs each traced call and attempt inside its span's context, so that whatever it starts (an
  // attempt, a read-back, undici's own span) is its child. Any object with `run` can be a store.
  const store: Store = { run: (value, fn) => context.with(value, fn) };

  const startCall = (message: CallMessage): Context => {
    const parent = context.active();
    const span = tracer.startSpan(
      message.operation,
      {
        kind: SpanKind.INTERNAL,
        attributes: { 'shopclients.api': message.api, 'shopclients.operation': message.operation, 'http.request.method': message.method },
      },
      parent,
    );
    spans.set(message, span);
    return trace.setSpan(parent, span);
  };
  const endCall = (message: CallMessage) => {
    const span = spans.get(message);
    if (!span) return;
    spans.delete(message);
    span.setAttributes(httpAttributes(message.url, message.status, message.error));
    if (message.attempts !== undefined && message.attempts > 1) span.setAttribute('http.request.resend_count', message.attempts - 1);
    if (message.attempts !== undefined) span.setAttribute('shopclients.attempts', message.attempts);
    if (message.requestId !== undefined) span.setAttribute('shopclients.request_id', message.requestId);
    if (message.reconciled !== undefined) span.setAttribute('shopclients.reconciled', message.reconciled);
    failed(span, message.status, message.error);
    span.end();
  };

  const startAttempt = (message: AttemptMessage): Context => {
    const parent = context.active();
    const attributes: Attributes = {
      'shopclients.api': message.api,
      'shopclients.operation': message.operation,
      'shopclients.attempt': message.attempt,
      'http.request.method': message.method,
      ...httpAttributes(message.url, undefined, undefined),
    };
    if (message.attempt > 1) attributes['http.request.resend_count'] = message.attempt - 1;
    if (message.pausedBy429) attributes['shopclients.paused_by_429'] = true;
    const span = tracer.startSpan(message.method, { kind: ownsHttp ? SpanKind.CLIENT : SpanKind.INTERNAL, attributes }, parent);
    spans.set(message, span);
    const active = trace.setSpan(parent, span);
    if (ownsHttp) inject(active, message.headers);
    return active;
  };
  const endAttempt = (message: AttemptMessage) => {
    const span = spans.get(message);
    if (!span) return;
    spans.delete(message);
    const attributes = httpAttributes(message.url, message.status, message.error);
    span.setAttributes(attributes);
    if (message.queuedMs !== undefined) span.setAttribute('shopclients.queued_ms', message.queuedMs);
    if (message.retryDelayMs !== undefined) span.setAttribute('shopclients.retry.delay_ms', message.retryDelayMs);
    if (message.retryReason !== undefined) span.setAttribute('shopclients.retry.reason', message.retryReason);
    if (message.retryAfterMs !== undefined) span.setAttribute('shopclients.retry.retry_after_ms', message.retryAfterMs);
    if (message.sharedPauseMs !== undefined) span.setAttribute('shopclients.retry.shared_pause_ms', message.sharedPauseMs);
    failed(span, message.status, message.error);
    span.end();
    if (duration && message.durationMs !== undefined) {
      const { 'url.full': _url, ...metricAttributes } = attributes;
      duration.record(message.durationMs / 1000, { 'http.request.method': message.method, ...metricAttributes });
    }
  };

  const call = dc.tracingChannel('shopclients:call');
  const attempt = dc.tracingChannel('shopclients:attempt');
  const undo: (() => void)[] = [];
  const on = (channel: Channel, listener: (message: never) => void) => {
    const subscriber = listener as (message: unknown) => void;
    channel.subscribe(subscriber);
    undo.push(() => channel.unsubscribe(subscriber));
  };
  for (const [channel, start, end] of [
    [call, startCall, endCall],
    [attempt, startAttempt, endAttempt],
  ] as [TracingChannel, (message: never) => Context, (message: never) => void][]) {
    try {
      channel.start.bindStore?.(store, start);
      undo.push(() => channel.start.unbindStore?.(store));
    } catch {
      // workerd's bindStore takes only its own AsyncLocalStorage: spans start below, without parents of ours.
    }
    // Where no store can be bound, the span starts here (as a child of whatever context is active).
    on(channel.start, (message: object) => {
      if (!spans.has(message)) start(message as never);
    });
    on(channel.asyncEnd, end);
    // A traced function that throws at once ends without asyncEnd.
    on(channel.end, (message: { error?: unknown }) => {
      if (message.error !== undefined) end(message as never);
    });
  }
  return () => {
    for (const step of undo.splice(0)) step();
  };
}

/** The HTTP client attributes a redacted URL and an outcome give. */
function httpAttributes(url: string | undefined, status: number | undefined, error: unknown): Attributes {
  const attributes: Attributes = {};
  if (url) {
    attributes['url.full'] = url;
    try {
      const parsed = new URL(url);
      attributes['server.address'] = parsed.hostname;
      attributes['server.port'] = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
      attributes['url.scheme'] = parsed.protocol.slice(0, -1);
    } catch {
      // A URL that does not parse gives no server.
    }
  }
  if (status !== undefined) attributes['http.response.status_code'] = status;
  const type = errorType(status, error);
  if (type !== undefined) attributes['error.type'] = type;
  return attributes;
}

/** `error.type` as the conventions want it: the status code of a failed answer, else the error's class name. */
function errorType(status: number | undefined, error: unknown): string | undefined {
  if (status !== undefined && status >= 400) return String(status);
  if (error === undefined) return undefined;
  return error instanceof Error ? error.name : '_OTHER';
}

function failed(span: Span, status: number | undefined, error: unknown): void {
  if (error === undefined && (status === undefined || status < 400)) return;
  // Only the class name: messages are redacted by the clients, but a span's status needs no more.
  span.setStatus({ code: SpanStatusCode.ERROR, message: errorType(status, error) ?? 'error' });
}

function diagnosticsChannel(): DiagnosticsChannel | undefined {
  try {
    const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const dc = runtime?.getBuiltinModule?.('node:diagnostics_channel') as DiagnosticsChannel | undefined;
    return typeof dc?.tracingChannel === 'function' ? dc : undefined;
  } catch {
    return undefined;
  }
}
