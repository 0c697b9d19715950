// What the diagnostics_channel events cost per request: each measured operation of overhead.mjs (our
// wrapper, the in-memory fetch, so only CPU counts), with nobody subscribed, with a bare subscriber
// on every channel, and with @shopclients/otel on the API's no-op providers. The three are
// interleaved round by round (subscribing and unsubscribing between them); the figure is the median
// over rounds of µs per request. A script that prints figures, never a timed test.
//
//   node --expose-gc bench/diagnostics.mjs [--rounds=N] [--calls=N]
import dc from 'node:diagnostics_channel';
import { instrumentShopclients } from '@shopclients/otel';
import { inMemoryFetch, operations } from './overhead.mjs';
import { collectGarbage, median, round } from './lib/stats.mjs';

const argument = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROUNDS = argument('rounds', 15);
const CALLS = argument('calls', 400);

function bareSubscriber() {
  const noop = () => {};
  const handlers = { start: noop, end: noop, asyncStart: noop, asyncEnd: noop, error: noop };
  const call = dc.tracingChannel('shopclients:call');
  const attempt = dc.tracingChannel('shopclients:attempt');
  call.subscribe(handlers);
  attempt.subscribe(handlers);
  dc.subscribe('shopclients:validation', noop);
  dc.subscribe('shopclients:reconcile', noop);
  return () => {
    call.unsubscribe(handlers);
    attempt.unsubscribe(handlers);
    dc.unsubscribe('shopclients:validation', noop);
    dc.unsubscribe('shopclients:reconcile', noop);
  };
}

const STATES = {
  'no subscriber': () => () => {},
  'bare subscriber': bareSubscriber,
  '@shopclients/otel (no-op providers)': () => instrumentShopclients(),
};

const ops = operations('http://bench.invalid', { fetch: inMemoryFetch() });
const results = {};
for (const op of ops) {
  const send = op.variants.wrapper;
  for (let warm = 0; warm < 200; warm++) await send();
  const samples = Object.fromEntries(Object.keys(STATES).map((state) => [state, []]));
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate the order each round, so no state always runs first after a collection.
    const order = Object.keys(STATES);
    for (let shift = 0; shift < r % order.length; shift++) order.push(order.shift());
    for (const state of order) {
      const stop = STATES[state]();
      collectGarbage();
      const started = process.hrtime.bigint();
      for (let i = 0; i < CALLS; i++) await send();
      samples[state].push(Number(process.hrtime.bigint() - started) / 1000 / CALLS);
      stop();
    }
  }
  results[op.name] = Object.fromEntries(Object.entries(samples).map(([state, values]) => [state, round(median(values), 2)]));
}

console.log(
  `diagnostics_channel cost per request (µs, median of ${ROUNDS} interleaved rounds of ${CALLS} sequential calls, in-memory fetch; node ${process.version})`,
);
const states = Object.keys(STATES);
console.log(['operation', ...states, 'bare − none', 'otel − none'].join(' | '));
for (const [name, figures] of Object.entries(results)) {
  const none = figures['no subscriber'];
  console.log([name, ...states.map((state) => figures[state]), round(figures['bare subscriber'] - none, 2), round(figures[states[2]] - none, 2)].join(' | '));
}
