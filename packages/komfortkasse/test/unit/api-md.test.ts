import { readFileSync } from 'node:fs';
import { operationTable } from '@shopclients/komfortkasse-types';
import { renderApiMd } from '@shopclients/testkit';
import { expect, it } from 'vitest';
import { policies } from '../../src/index.js';

it('api.md is what the operation table and the policies say (else run `pnpm api-md`)', () => {
  const committed = readFileSync(new URL('../../api.md', import.meta.url), 'utf8');
  expect(committed).toBe(renderApiMd({ packageName: '@shopclients/komfortkasse', api: 'Komfortkasse API v2', table: operationTable, policies }));
});
