// Runs one section of the bench in a process of its own (so one section's heap and JIT state never
// colour another's) and prints its result as JSON on stdout. Progress goes to stderr.
//   node --expose-gc lib/section.mjs <overhead|pagination|validators|bulk|prefetch|throttle|drift|feed> '<settings JSON>'
const [name, settings] = process.argv.slice(2);
const progress = (line) => process.stderr.write(`  ${name}: ${line}\n`);

let result;
if (name === 'overhead') {
  const { measureOverhead } = await import('../overhead.mjs');
  result = await measureOverhead(JSON.parse(settings), progress);
} else if (name === 'pagination') {
  const { measurePagination } = await import('../pagination.mjs');
  result = await measurePagination();
} else if (name === 'validators') {
  const { measureValidators } = await import('../validators.mjs');
  result = await measureValidators(JSON.parse(settings));
} else if (name === 'drift') {
  const { measureDrift } = await import('../drift.mjs');
  result = await measureDrift(JSON.parse(settings), progress);
} else if (['bulk', 'prefetch', 'throttle', 'feed'].includes(name)) {
  const scale = await import(`../${name}.mjs`);
  result = await scale[`measure${name[0].toUpperCase()}${name.slice(1)}`]();
} else {
  throw new Error(`unknown section ${name}`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
