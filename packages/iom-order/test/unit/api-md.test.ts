import { readFileSync } from 'node:fs';
import { operationTable } from '@shopclients/iom-order-types';
import { renderApiMd } from '@shopclients/testkit';
import { expect, it } from 'vitest';
import { policies } from '../../src/index.js';

it('api.md is what the operation table and the policies say (else run `pnpm api-md`)', () => {
  const committed = readFileSync(new URL('../../api.md', import.meta.url), 'utf8');
  expect(committed).toBe(renderApiMd({ packageName: '@shopclients/iom-order', api: 'IOM Order API', table: operationTable, policies }));
});
