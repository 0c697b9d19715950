import { configDefaults, defineConfig } from 'vitest/config';

// test/docs.test.ts needs Chromium, which a fresh machine lacks: it runs only with `pnpm test:docs`
// (vitest.docs.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,mjs}'],
    exclude: [...configDefaults.exclude, 'test/docs.test.ts'],
    testTimeout: 120_000,
  },
});
