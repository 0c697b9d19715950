// Runs one compiled ESM consumer on Node, Bun or Deno: run.mjs <consumer module> <targets as JSON>.
const [file, targets] = globalThis.Deno?.args ?? process.argv.slice(2);
const { default: consume } = await import(`./${file}`);
await consume(JSON.parse(targets));
console.log('ok');
