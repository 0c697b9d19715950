#!/usr/bin/env node
// Serves a mock of one of our APIs for trying a client by hand, or for code in another process.
//   pnpm mock <api> [--port N]           a Prism mock of the spec (stateless, answers with the spec's examples)
//   pnpm mock <api> --fake [--port N]    the stateful fake of @shopclients/<api>/testing (run `pnpm build` first)
// A free port unless --port is given. Everything runs in this one process, so however it is stopped
// (Ctrl-C, SIGTERM, SIGHUP, or its parent killed outright) nothing is left listening.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FAKES = {
  komfortkasse: { module: 'packages/komfortkasse/dist/testing/index.js', create: 'createFakeKomfortkasse' },
  'iom-order': { module: 'packages/iom-order/dist/testing/index.js', create: 'createFakeIom' },
};

const args = process.argv.slice(2);
const api = args.shift();
let port = 0;
let fake = false;
for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
  if (arg === '--fake') fake = true;
  else if (arg === '--port' && /^\d+$/.test(args[0] ?? '')) port = Number(args.shift());
  else usage();
}
if (!api || !FAKES[api]) usage();

const server = fake ? await serveFake(api) : await servePrism(api);
stopWithParent(server);

function usage() {
  console.error('usage: pnpm mock <komfortkasse|iom-order> [--fake] [--port N]');
  process.exit(2);
}

async function serveFake(name) {
  const { module, create } = FAKES[name];
  const path = `${root}${module}`;
  if (!existsSync(path)) {
    console.error(`${module} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
  const fakeApi = (await import(pathToFileURL(path).href))[create]();
  const listening = await fakeApi.listen(port);
  const credentials = 'apiKey' in fakeApi ? `API key ${fakeApi.apiKey}` : `auth ${JSON.stringify(fakeApi.auth)}, shops ${fakeApi.shopIds.join(', ')}`;
  console.log(`Fake ${name} is listening on ${listening.url} (${credentials})`);
  return listening;
}

async function servePrism(name) {
  // The Prism libraries the CLI uses, resolved from the CLI so their versions are the CLI's.
  const fromCli = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json'));
  const { createLogger } = fromCli('@stoplight/prism-core');
  const { getHttpOperationsFromSpec } = fromCli('@stoplight/prism-http');
  const { createServer } = fromCli('@stoplight/prism-http-server');
  const operations = await getHttpOperationsFromSpec(`${root}specs/${name}/openapi.yaml`);
  const prism = createServer(operations, {
    cors: true,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      mock: { dynamic: false },
      isProxy: false,
      upstreamProxy: undefined,
    },
    components: { logger: createLogger('prism', { level: 'silent' }) },
  });
  const url = await prism.listen(port, '127.0.0.1');
  console.log(`Prism mock of ${name} is listening on ${url}`);
  return prism;
}

/** Closes the server on a stop signal, and when the parent that started this process goes away. */
function stopWithParent(running) {
  const stop = () => {
    Promise.resolve(running.close()).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);
  // A parent killed outright (SIGKILL) sends no signal: its child is handed to another process, which the parent id shows.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500).unref();
}
