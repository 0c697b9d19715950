// Each entry of core's CommonJS build must share one copy of each class with the others: an error
// thrown by code from `@shopclients/core/internal` must be `instanceof` the class a caller imports
// from `@shopclients/core` (without code splitting, each CommonJS entry bundled its own copy).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { root } from '../lib/workspace.mjs';

const require = createRequire(import.meta.url);

describe.each(['cjs', 'js'])('core’s %s build', (extension) => {
  const load = (entry: string) => (extension === 'cjs' ? require(`${root}packages/core/dist/${entry}.cjs`) : import(`${root}packages/core/dist/${entry}.js`));

  it('throws, from the internal entry, the error classes the main entry exports', async () => {
    const [core, internal] = await Promise.all([load('index'), load('internal')]);
    let thrown: unknown;
    try {
      internal.requireText('name', '');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(core.InvalidArgumentError);
    expect(thrown).toBeInstanceOf(core.ShopclientsError);
    expect(internal.errorClassForStatus(400)).toBe(core.BadRequestError);
  });
});
