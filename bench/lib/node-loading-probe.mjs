// Child of size.mjs's "Node's own loading": imports (or requires) one client as an app would, builds
// it, makes one call (in-memory fetch), then loads the checks of every operation, marking each stage
// on stderr. ESM loads are written by lib/record-loads-hooks.mjs; CommonJS ones are read from
// require.cache at each mark.
import { createRequire } from 'node:module';
import { inMemoryFetch } from './in-memory-fetch.mjs';

const [format, api] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const CLIENTS = {
  komfortkasse: {
    build: (m, fetch) => new m.Komfortkasse({ apiKey: 'api-key', baseUrl: 'http://in-memory.test/kk', fetch }),
    call: (c) => c.orders.get('10001'),
  },
  'iom-order': {
    build: (m, fetch) => new m.IomOrders({ baseUrl: 'http://in-memory.test/iom', shopId: 1000, auth: { username: 'u', password: 'p' }, fetch }),
    call: (c) => c.orders.get('B2B-2024-000731'),
  },
};
const fetch = inMemoryFetch();
const load = (specifier) => (format === 'cjs' ? require(specifier) : import(specifier));
const mark = (stage) => {
  if (format === 'cjs') for (const file of Object.keys(require.cache)) process._rawDebug(`LOADED ${file}`);
  process._rawDebug(`STAGE ${stage}`);
};

mark('before');
const client = CLIENTS[api].build(await load(`@shopclients/${api}`), fetch);
mark('import');
await CLIENTS[api].call(client);
mark('first call');
const { validators } = await load(`@shopclients/${api}-types/validators/lazy`);
const { operationTable } = await load(`@shopclients/${api}-types`);
await Promise.all(Object.keys(operationTable).map((operationId) => validators.load(operationId)));
mark('every check');
