import { describe, expect, it } from 'vitest';
import { type CheckError, appendErrors } from '../src/internal.js';

describe('appendErrors', () => {
  it('gathers into one list without copying it, prefixing each site with the call site', () => {
    const first: CheckError[] = [{ instancePath: '/0', keyword: 'required', params: {}, site: '1' }];
    let list = appendErrors(null, first, '6');
    for (let index = 1; index < 10_000; index++) {
      const grown = appendErrors(list, [{ instancePath: `/${index}`, keyword: 'required', params: {}, site: '1' }], '6');
      expect(grown).toBe(list);
      list = grown;
    }
    expect(list).toBe(first);
    expect(list).toHaveLength(10_000);
    expect(new Set(list.map((error) => error.site))).toEqual(new Set(['6.1']));
  });
});
