// 3. Size: each wrapper's public entry bundled with everything it imports (core, openapi-fetch),
// minified (esbuild) and gzipped. What each dependency costs is measured by bundling again with that
// dependency left out. The types packages are bundled the same way to show they add nothing at run time.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const WRAPPERS = ['@shopclients/komfortkasse', '@shopclients/iom-order'];
const TYPES = ['@shopclients/komfortkasse-types', '@shopclients/iom-order-types'];
const DEPENDENCIES = ['openapi-fetch', '@shopclients/core'];

async function bundle(entry, external = []) {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
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
  for (const entry of WRAPPERS) {
    const whole = await bundle(entry);
    const gzipBytesOf = {};
    // Leaving core out also leaves out openapi-fetch, which only core imports.
    let rest = whole.gzipBytes;
    for (const [index, dependency] of DEPENDENCIES.entries()) {
      const without = await bundle(entry, DEPENDENCIES.slice(0, index + 1));
      gzipBytesOf[dependency] = rest - without.gzipBytes;
      rest = without.gzipBytes;
    }
    gzipBytesOf[entry] = rest;
    const typesInputs = whole.inputs.filter((path) => /-types\//.test(path));
    wrappers.push({ entry, minifiedBytes: whole.minifiedBytes, gzipBytes: whole.gzipBytes, gzipBytesOf, typesPackageFilesBundled: typesInputs.length });
  }
  const types = [];
  for (const entry of TYPES) {
    const { minifiedBytes, gzipBytes } = await bundle(entry);
    types.push({ entry, minifiedBytes, gzipBytes });
  }
  return { wrappers, types };
}
