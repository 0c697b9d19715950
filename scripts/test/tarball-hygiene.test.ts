import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tarballProblems } from '../lib/tarball-hygiene.mjs';

const LICENSE = 'MIT License\n\nCopyright (c) the authors\n';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An unpacked tarball: a clean one, with `files` written over it. */
function tarball(files: Record<string, string | object> = {}) {
  const dir = join(mkdtempSync(join(tmpdir(), 'tarball-hygiene-test-')), 'package');
  dirs.push(dirname(dir));
  const clean = {
    'package.json': { name: '@shopclients/example', version: '1.0.0', license: 'MIT', dependencies: { '@shopclients/core': '^0.1.0' } },
    LICENSE,
    'dist/index.js': 'export {};\n//# sourceMappingURL=index.js.map\n',
    'dist/index.js.map': { version: 3, sources: ['../src/index.ts'], mappings: '' },
    'src/index.ts': 'export {};\n',
  };
  for (const [path, content] of Object.entries({ ...clean, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('tarballProblems', () => {
  it('finds nothing wrong with a clean tarball', () => {
    expect(tarballProblems(tarball(), LICENSE)).toEqual([]);
  });

  it('reports a missing or different LICENSE', () => {
    const dir = tarball();
    rmSync(join(dir, 'LICENSE'));
    expect(tarballProblems(dir, LICENSE)).toEqual(['no LICENSE file']);
    expect(tarballProblems(tarball({ LICENSE: 'ISC' }), LICENSE)).toEqual(['LICENSE differs from the repository root LICENSE']);
  });

  it('reports workspace-only manifest fields', () => {
    const manifest = {
      name: '@shopclients/example',
      version: '1.0.0',
      license: 'MIT',
      scripts: { 'lint:specs': '../../scripts/lint-spec.sh example' },
      devDependencies: { '@shopclients/testkit': 'workspace:*' },
    };
    expect(tarballProblems(tarball({ 'package.json': manifest }), LICENSE)).toEqual([
      'package.json keeps the workspace-only "scripts": {"lint:specs":"../../scripts/lint-spec.sh example"}',
      'package.json keeps the workspace-only "devDependencies": {"@shopclients/testkit":"workspace:*"}',
      'package.json keeps a workspace: protocol',
    ]);
  });

  it('reports source maps that point to files the tarball lacks, or outside it', () => {
    const map = { version: 3, sources: ['../src/index.ts', '../src/missing.ts', '../../../outside.ts'], mappings: '' };
    expect(tarballProblems(tarball({ 'dist/index.js.map': map }), LICENSE)).toEqual([
      'dist/index.js.map points to ../src/missing.ts, which the tarball does not contain',
      'dist/index.js.map points to ../../../outside.ts, which the tarball does not contain',
    ]);
  });
});
