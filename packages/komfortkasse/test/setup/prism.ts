import { type PrismMock, specPath, startPrismMock } from '@shopclients/testkit';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    komfortkasseMockUrl: string;
  }
}

let mock: PrismMock | undefined;

export async function setup(project: TestProject): Promise<void> {
  mock = await startPrismMock(specPath('komfortkasse'));
  project.provide('komfortkasseMockUrl', mock.url);
}

export async function teardown(): Promise<void> {
  await mock?.close();
}
