import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../lib/specs.mjs';

const cli = join(import.meta.dirname, '../release-plan.mjs');
const workspaces: string[] = [];
afterEach(() => workspaces.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway pnpm workspace with our changesets config: core 0.1.0, and a client that depends on it. */
function makeWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'release-plan-test-'));
  workspaces.push(root);
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  write('package.json', JSON.stringify({ name: 'workspace', private: true }));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  cpSync(join(repoRoot, '.changeset/config.json'), join(root, '.changeset/config.json'));
  write('packages/core/package.json', JSON.stringify({ name: '@shopclients/core', version: '0.1.0' }));
  write(
    'packages/client/package.json',
    JSON.stringify({ name: '@shopclients/client', version: '0.1.0', dependencies: { '@shopclients/core': 'workspace:^' } }),
  );
  const snapshot = () =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((path) => [path, tryRead(join(root, path))]);
  const run = () => spawnSync('node', [cli], { cwd: join(root, 'packages/core'), encoding: 'utf8' });
  return { write, snapshot, run };
}

function tryRead(path: string) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return 'directory';
  }
}

describe('release-plan.mjs', () => {
  it('lists the versions `changeset version` would set, dependents included, and changes no file', () => {
    const { write, snapshot, run } = makeWorkspace();
    write('.changeset/new-option.md', '---\n"@shopclients/core": minor\n---\n\nA new option.\n');
    const before = snapshot();
    const { status, stdout, stderr } = run();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')).toEqual([
      '`changeset version` would apply 1 changeset(s): .changeset/new-option.md',
      '  @shopclients/client  0.1.0 → 0.1.1     patch',
      '  @shopclients/core    0.1.0 → 0.2.0     minor',
      '',
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('says so when there is nothing to release', () => {
    const { run } = makeWorkspace();
    expect(run()).toMatchObject({ status: 0, stdout: 'No changesets in .changeset/: `changeset version` would release nothing.\n' });
  });

  it('fails with changesets’ message when a changeset names an unknown package', () => {
    const { write, run } = makeWorkspace();
    write('.changeset/typo.md', '---\n"@shopclients/cor": minor\n---\n\nTypo.\n');
    const { status, stderr } = run();
    expect(status).toBe(1);
    expect(stderr).toContain('@shopclients/cor which is not in the workspace');
  });
});
