import { defineConfig } from 'tsup';

// Both builds split shared code into chunks, so each class exists once however many entries a
// program loads (an error thrown from `internal` is `instanceof` the class `index` exports). tsup's
// CommonJS splitting writes source maps that point at its own output, not at src/: the CommonJS
// build ships without maps rather than with broken ones.
const shared = {
  entry: ['src/index.ts', 'src/internal.ts', 'src/testing/index.ts'],
  splitting: true,
  dts: true,
  target: 'es2022',
} as const;

export default defineConfig([
  { ...shared, format: 'esm', sourcemap: true },
  { ...shared, format: 'cjs', sourcemap: false },
]);
