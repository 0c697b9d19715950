import { describe, expect, it } from 'vitest';
import { measureLoad } from '../load.js';
import { startTestServer } from '../test-server.js';
import type { ApiUnderTest } from './api.js';

const CONCURRENT = 1_000;

/** One client, 1,000 concurrent reads of a server that echoes each read's key: all served, none crossed, heap back to baseline. */
export function describeLoad<C>(api: ApiUnderTest<C>): void {
  describe(`${api.name}: load`, () => {
    it(`one client, ${CONCURRENT} concurrent reads: all succeed, none crossed, heap back to baseline`, async () => {
      // Echoes the key of the path, so a response delivered to the wrong caller shows.
      const server = await startTestServer(({ url }) => api.load.answer(url), { keepHits: false, keepAliveTimeoutMs: 5_000 });
      try {
        const client = api.client({ baseUrl: `${server.url}${api.basePath}` });
        const keys = Array.from({ length: CONCURRENT }, (_, index) => api.load.key(index));
        const round = async () => {
          const results = await Promise.all(keys.map((key) => api.load.read(client, key)));
          return results.filter((result, index) => api.load.keyOf(result) !== keys[index]).length;
        };
        const load = await measureLoad(server, CONCURRENT, round);
        console.log(`${api.name} ${load.summary}`);
        expect(load.served).toBe(CONCURRENT);
        expect(load.crossed).toBe(0);
        expect(load.growthMb).toBeLessThan(5);
      } finally {
        await server.close();
      }
    }, 60_000);
  });
}
