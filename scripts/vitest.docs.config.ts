import { defineConfig } from 'vitest/config';

// The browser test of the HTML API reference. It needs Chromium (apt-get install chromium).
export default defineConfig({ test: { include: ['test/docs.test.ts'], testTimeout: 120_000 } });
