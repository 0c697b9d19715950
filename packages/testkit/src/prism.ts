import { fileURLToPath } from 'node:url';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';

export interface PrismMock {
  /** Base URL of the mock, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/** Absolute path of one of the repository's specs, e.g. `specPath('komfortkasse')`. */
export function specPath(api: string): string {
  return fileURLToPath(new URL(`../../../specs/${api}/openapi.yaml`, import.meta.url));
}

/**
 * Starts an in-process Prism mock of a spec on a free loopback port, with request validation,
 * security checks and example responses (not generated ones), as the contract tests need.
 */
export async function startPrismMock(spec: string): Promise<PrismMock> {
  const operations = await getHttpOperationsFromSpec(spec);
  const logger = createLogger('prism', { level: 'silent' });
  const server = createServer(operations, {
    cors: false,
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      mock: { dynamic: false },
      upstreamProxy: undefined,
      isProxy: false,
    },
    components: { logger },
  });
  const address = await server.listen(0, '127.0.0.1');
  return { url: address, close: () => server.close() };
}
