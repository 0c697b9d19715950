// The client reference's checks must be able to fail: a fixture with an undocumented export, a broken
// {@link} and a broken page link is refused (under the name of a client package, as the real build sees it); the same fixture, documented, builds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildClientReference, pageProblems } from '../lib/build-client-reference.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixture(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'client-reference-test-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.ts'), source);
  const compilerOptions = { strict: true, types: [], lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['index.ts'] }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@shopclients/komfortkasse', version: '1.0.0' }));
  const build = () =>
    buildClientReference({ entryPoints: [join(dir, 'index.ts')], tsconfig: join(dir, 'tsconfig.json'), out: join(dir, 'out'), intentionallyNotDocumented: [] });
  return { dir, build };
}

const strip = (problems: string[]) => problems.map((problem) => problem.replace(/\x1b\[[0-9;]*m/g, ''));

describe('buildClientReference', () => {
  it('refuses an undocumented export and a link to nothing', async () => {
    const { build } = fixture(['/** Documented. */', 'export const documented = 1;', 'export function undocumented(): number {', '  return 2;', '}', '/** See {@link Nowhere}. */', 'export const linked = 3;'].join('\n'));
    const problems = strip(await build());
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/undocumented .* does not have any documentation/);
    expect(problems[1]).toMatch(/Failed to resolve link to "Nowhere" in comment for linked/);
  });

  it('builds the pages of a documented API, whose links all resolve', async () => {
    const { dir, build } = fixture(['/** Documented. */', 'export const documented = 1;', '/** Twice {@link documented}. */', 'export function twice(): number {', '  return 2;', '}'].join('\n'));
    expect(await build()).toEqual([]);
    expect(pageProblems(join(dir, 'out'))).toEqual([]);
    writeFileSync(join(dir, 'out', 'broken.html'), '<a href="missing/page.html#x">x</a><script src="https://cdn.example/x.js"></script>');
    expect(pageProblems(join(dir, 'out'))).toEqual([
      'broken.html would load <script src> https://cdn.example/x.js',
      expect.stringMatching(/^broken\.html links to missing\/page\.html, which is not in /),
    ]);
  });
});
