import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/mocks.ts'],
    // Against a real server, follow-change-requests polls for up to ~30 s.
    testTimeout: 60_000,
  },
});
