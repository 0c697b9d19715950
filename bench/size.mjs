// Size: each wrapper's public entry bundled with everything it imports (its types package's
// validators, core, openapi-fetch), minified (esbuild) and gzipped: what a user's browser bundle would
// contain. What each dependency costs is measured by bundling again with that dependency left out. The
// types packages' main entries are bundled the same way to show they add nothing at run time; bare
// openapi-fetch and the peers (peers.mjs) are bundled from the import a user would write.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { PEERS } from './peers.mjs';

const WRAPPERS = [
  { entry: '@shopclients/komfortkasse', types: '@shopclients/komfortkasse-types' },
  { entry: '@shopclients/iom-order', types: '@shopclients/iom-order-types' },
];
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
  return { wrappers, types: typesEntries, others };
}
