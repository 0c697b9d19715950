// Where a call's CPU goes: runs one operation of the overhead section with the in-memory fetch in a
// loop, for `node --cpu-prof`. Prints µs of CPU per call.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof profile-request.mjs 'Komfortkasse orders.get' wrapper [calls]
import { inMemoryFetch, operations } from './overhead.mjs';

const [name = 'Komfortkasse orders.get', variant = 'wrapper', calls = '20000'] = process.argv.slice(2);
const op = operations('http://in-memory.test', { fetch: inMemoryFetch() }).find((o) => o.name === name);
if (!op?.variants[variant]) throw new Error(`no ${variant} of ${name}`);
const send = op.variants[variant];
for (let i = 0; i < 2000; i++) await send();
const cpu = process.cpuUsage();
for (let i = 0; i < Number(calls); i++) await send();
const { user, system } = process.cpuUsage(cpu);
console.log(`${name} / ${variant}: ${((user + system) / Number(calls)).toFixed(1)} µs CPU per call`);
