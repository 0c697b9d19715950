// Size: each wrapper's public entry bundled with everything it imports (its types package's
// validators, core, openapi-fetch), minified (esbuild) and gzipped: what a user's browser bundle would
// contain. What each dependency costs is measured by bundling again with that dependency left out. The
// types packages' main entries are bundled the same way to show they add nothing at run time; bare
// openapi-fetch and the peers (peers.mjs) are bundled from the import a user would write.
// Then an app that imports one client and calls one operation, bundled with code splitting: its first
// chunk (the entry and what it imports statically, loaded before any call), the chunks of the one
// operation's checks (loaded on its first call), and every chunk (the checks of all operations); and
// what Node itself loads for the same app, ESM and CommonJS, from the packages as built.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { PEERS } from './peers.mjs';

const WRAPPERS = [
  {
    entry: '@shopclients/komfortkasse',
    types: '@shopclients/komfortkasse-types',
    operation: 'getOrder',
    app: `import { Komfortkasse } from '@shopclients/komfortkasse';
const client = new Komfortkasse({ apiKey: 'api-key' });
export const answer = () => client.orders.get('10001');`,
  },
  {
    entry: '@shopclients/iom-order',
    types: '@shopclients/iom-order-types',
    operation: 'getOrder',
    app: `import { IomOrders } from '@shopclients/iom-order';
const client = new IomOrders({ baseUrl: 'https://iom.example.test/rest/order-service', shopId: 1001, auth: { username: 'u', password: 'p' } });
export const answer = () => client.orders.get('B2B-2024-000731');`,
  },
];

/** An app calling one operation, bundled with splitting: bytes of its first chunk, of the operation's checks, and of every chunk. */
async function splitApp({ app, types, operation }) {
  const result = await build({
    entryPoints: ['app:entry'],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: '/virtual-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'app',
        setup(b) {
          b.onResolve({ filter: /^app:entry$/ }, () => ({ path: 'entry', namespace: 'app' }));
          b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({ contents: app, resolveDir: import.meta.dirname, loader: 'js' }));
        },
      },
    ],
  });
  const outputs = result.metafile.outputs;
  const base = (path) => path.slice(path.lastIndexOf('/') + 1);
  const gzipOfName = new Map(result.outputFiles.map((file) => [base(file.path), gzipSync(file.contents, { level: 9 }).byteLength]));
  const gzipOf = { get: (file) => gzipOfName.get(base(file)) };
  const closure = (starts) => {
    const seen = new Set();
    const stack = [...starts];
    while (stack.length > 0) {
      const file = stack.pop();
      if (seen.has(file)) continue;
      seen.add(file);
      for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') stack.push(imported.path);
    }
    return seen;
  };
  const sum = (files) => [...files].reduce((total, file) => total + gzipOf.get(file), 0);
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'app:entry');
  const first = closure([entryFile]);
  // The modules the operation's loader imports, read from the generated index.
  const { operationModules } = await import(new URL(`../packages/${types.slice('@shopclients/'.length)}/src/generated/validators.js`, import.meta.url).href);
  // (A build without lazy checks has none: they are all in the first chunk.)
  const loaded = [...(operationModules?.[operation]?.toString() ?? '').matchAll(/import\('\.\/(checks\/[\w.]+\.js)'\)/g)].map((match) => match[1]);
  // In the types package's dist, each module of checks is a chunk named after it (`operation.getOrder-<hash>.js`).
  const stems = loaded.map((module) => `${module.slice('checks/'.length, -'.js'.length)}-`);
  const holders = Object.keys(outputs).filter((file) =>
    Object.keys(outputs[file].inputs).some((input) => stems.some((stem) => input.slice(input.lastIndexOf('/') + 1).startsWith(stem))),
  );
  const call = closure(holders);
  for (const file of first) call.delete(file);
  // What the first chunk holds, by package: minified bytes of each in it.
  const byPackage = {};
  for (const file of first) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
      const name = /packages\/([\w-]+)\//.exec(input)?.[1] ?? /node_modules\/((?:@[\w-]+\/)?[\w.-]+)\/(?!.*node_modules)/.exec(input)?.[1] ?? input;
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  return {
    operation,
    firstChunkMinifiedBytesByPackage: byPackage,
    firstChunkGzipBytes: sum(first),
    firstChunkFiles: first.size,
    operationChecksGzipBytes: sum(call),
    operationChecksFiles: call.size,
    allChunksGzipBytes: sum(Object.keys(outputs)),
    files: Object.keys(outputs).length,
  };
}
/**
 * Node's own loading of an app that imports one client, builds it and makes one call, then loads every
 * operation's checks: for ESM and CommonJS, the files of ours and of openapi-fetch that Node reads
 * by each stage (lib/node-loading-probe.mjs in a fresh process), and their bytes as shipped.
 */
function nodeLoading(api) {
  const byFormat = {};
  for (const format of ['esm', 'cjs']) {
    const args = [
      ...(format === 'esm' ? ['--import', new URL('./lib/record-loads.mjs', import.meta.url).href] : []),
      fileURLToPath(new URL('./lib/node-loading-probe.mjs', import.meta.url)),
      format,
      api,
    ];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`node-loading-probe ${format} ${api}: ${child.stderr}`);
    const loaded = new Set();
    const stages = {};
    for (const line of child.stderr.split('\n')) {
      if (line.startsWith('LOADED ')) {
        const file = line.slice('LOADED '.length);
        if (/\/packages\/[\w-]+\/dist\/|\/node_modules\/openapi-fetch\//.test(file)) loaded.add(file);
      } else if (line.startsWith('STAGE ')) {
        const files = [...loaded];
        stages[line.slice('STAGE '.length)] = { files: files.length, bytes: files.reduce((total, file) => total + statSync(file).size, 0) };
      }
    }
    byFormat[format] = stages;
  }
  return byFormat;
}

const OTHERS = [{ name: 'openapi-fetch', label: 'bare openapi-fetch', bundle: "export { default } from 'openapi-fetch';" }, ...PEERS];

async function bundle(entry, external = [], contents = `export * from '${entry}';`) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    // The same as 'neutral' for ours; axios resolves its browser build only with this.
    platform: 'browser',
    target: 'es2022',
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs).filter((path) => path !== '<stdin>');
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, inputs };
}

export async function measureSize() {
  const wrappers = [];
  for (const { entry, types } of WRAPPERS) {
    const whole = await bundle(entry);
    // Left out one after the other: leaving core out also leaves out openapi-fetch, which only core imports.
    const dependencies = [
      ['validators', [types, `${types}/*`]],
      ['openapi-fetch', ['openapi-fetch']],
      ['@shopclients/core', ['@shopclients/core']],
    ];
    const gzipBytesOf = {};
    const external = [];
    let rest = whole.gzipBytes;
    for (const [name, modules] of dependencies) {
      external.push(...modules);
      const without = await bundle(entry, external);
      gzipBytesOf[name] = rest - without.gzipBytes;
      rest = without.gzipBytes;
    }
    gzipBytesOf[entry] = rest;
    const typesInputs = whole.inputs.filter((path) => /-types\//.test(path));
    wrappers.push({ entry, minifiedBytes: whole.minifiedBytes, gzipBytes: whole.gzipBytes, gzipBytesOf, typesPackageFilesBundled: typesInputs.length });
  }
  const apps = [];
  for (const wrapper of WRAPPERS) {
    apps.push({ entry: wrapper.entry, ...(await splitApp(wrapper)), nodeLoading: nodeLoading(wrapper.entry.slice('@shopclients/'.length)) });
  }
  const typesEntries = [];
  for (const { types } of WRAPPERS) {
    const { minifiedBytes, gzipBytes } = await bundle(types);
    typesEntries.push({ entry: types, minifiedBytes, gzipBytes });
  }
  const others = [];
  for (const other of OTHERS) {
    const { minifiedBytes, gzipBytes, inputs } = await bundle(other.name, [], other.bundle);
    others.push({ name: other.name, label: other.label, minifiedBytes, gzipBytes, files: inputs.length });
  }
  return { wrappers, apps, types: typesEntries, others };
}
