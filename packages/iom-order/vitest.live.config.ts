import { defineConfig } from 'vitest/config';

// `pnpm contract:live`: the read-only contract checks against a real IOM installation through Prism's proxy.
export default defineConfig({ test: { include: ['test/live/*.live.ts'] } });
