import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { iomServer, komfortkasseServer } from '../../clients.js';
import { type EmbeddedTarget, startEmbeddedTarget } from '../../embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the embedded Komfortkasse mock, or null when the examples run against a real server. */
    komfortkasseMockUrl: string | null;
    iomMockUrl: string | null;
  }
}

const mocks: EmbeddedTarget[] = [];

/** Starts the embedded target (see embedded.ts) of each API that has no real server in the environment. */
export async function setup(project: TestProject): Promise<void> {
  // These throw, naming the variables, when a server is only half configured.
  const servers = { komfortkasse: komfortkasseServer(process.env), iom: iomServer(process.env) };
  project.provide('komfortkasseMockUrl', servers.komfortkasse ? null : await start('komfortkasse'));
  project.provide('iomMockUrl', servers.iom ? null : await start('iom-order'));
}

export async function teardown(): Promise<void> {
  await Promise.all(mocks.splice(0).map((mock) => mock.close()));
}

async function start(api: 'komfortkasse' | 'iom-order'): Promise<string> {
  const mock = await startEmbeddedTarget(api);
  mocks.push(mock);
  return mock.url;
}
