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
export function startPrismMock(spec: string): Promise<PrismMock> {
  return startPrism(spec, { isProxy: false });
}

/**
 * Starts an in-process Prism proxy that forwards to `upstream` and validates both ways. A request
 * that breaks the spec is answered 422 without being forwarded; a response that breaks it is
 * passed on with the problems in its `sl-violations` header.
 */
export function startPrismProxy(spec: string, upstream: string): Promise<PrismMock> {
  return startPrism(spec, { isProxy: true, upstream: new URL(upstream) });
}

async function startPrism(spec: string, mode: { isProxy: false } | { isProxy: true; upstream: URL }): Promise<PrismMock> {
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
      ...mode,
    },
    components: { logger },
  });
  const address = await server.listen(0, '127.0.0.1');
  return { url: address, close: () => server.close() };
}
