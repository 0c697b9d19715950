import { type PrismMock, specPath, startPrismMock } from '@shopclients/testkit';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    iomMockUrl: string;
  }
}

let mock: PrismMock | undefined;

export async function setup(project: TestProject): Promise<void> {
  mock = await startPrismMock(specPath('iom-order'));
  project.provide('iomMockUrl', mock.url);
}

export async function teardown(): Promise<void> {
  await mock?.close();
}
