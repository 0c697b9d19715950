// Summarises a `node --cpu-prof` profile (e.g. of profile-request.mjs): self time by layer (our
// packages, openapi-fetch, undici, the rest of Node, GC) and the functions with the most self time.
//   node profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [top]
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (deltas[index] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const layerOf = ({ url, functionName }) => {
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(idle)' || functionName === '(program)') return functionName;
  if (/packages\/core\//.test(url)) return '@shopclients/core';
  if (/packages\/(komfortkasse|iom-order)(-types)?\//.test(url)) return 'client and validators';
  if (/openapi-fetch/.test(url)) return 'openapi-fetch';
  if (/undici/.test(url)) return 'undici (fetch, Request, Response, Headers)';
  if (/bench\//.test(url)) return 'bench (in-memory fetch, loop)';
  return 'Node internals and builtins';
};
const layers = new Map();
const functions = new Map();
for (const [id, time] of self) {
  const { callFrame } = byId.get(id);
  const layer = layerOf(callFrame);
  layers.set(layer, (layers.get(layer) ?? 0) + time);
  const where = callFrame.url ? `${callFrame.url.replace(/^.*\/(packages|node_modules|bench)\//, '$1/')}:${callFrame.lineNumber + 1}` : '';
  const key = `${callFrame.functionName || '(anonymous)'} ${where}`;
  functions.set(key, (functions.get(key) ?? 0) + time);
}
const pct = (time) => `${((100 * time) / total).toFixed(1).padStart(5)} %`;
console.log('self time by layer:');
for (const [layer, time] of [...layers].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(time)}  ${layer}`);
console.log(`\ntop ${top} functions by self time:`);
for (const [name, time] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`  ${pct(time)}  ${name}`);
