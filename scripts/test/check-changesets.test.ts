import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packagesNamedIn } from '../lib/changesets.mjs';

const cli = join(import.meta.dirname, '../check-changesets.mjs');
const repos: string[] = [];
afterEach(() => repos.splice(0).forEach((repo) => rmSync(repo, { recursive: true, force: true })));

// Without the GIT_* variables a git hook sets, git would act on the hook's repository, not on ours.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
const manifest = (name: string, extra = {}) => JSON.stringify({ name, version: '1.0.0', ...extra }, null, 2);

/**
 * A throwaway repository like ours, one commit on main: a client package, its generated types
 * package and their spec, a private test-helper package, and the .changeset directory.
 */
function makeRepo() {
  const repo = mkdtempSync(join(tmpdir(), 'check-changesets-'));
  repos.push(repo);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8', stdio: 'pipe' }).trim();
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), content);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', message);
  };
  const changeset = (file: string, packages: string[]) =>
    write(`.changeset/${file}.md`, `---\n${packages.map((name) => `"${name}": minor`).join('\n')}\n---\n\nA change.\n`);
  const check = (...args: string[]) => {
    const result = spawnSync('node', [cli, ...args], { cwd: repo, env, encoding: 'utf8' });
    return { status: result.status, output: result.stdout + result.stderr };
  };

  git('init', '--quiet', '--initial-branch=main');
  write('package.json', manifest('shop-monorepo', { private: true }));
  write('packages/shop/package.json', manifest('@shopclients/shop'));
  write('packages/shop/src/index.ts', 'export const shop = 1;\n');
  write('packages/shop-types/package.json', manifest('@shopclients/shop-types'));
  write('packages/shop-types/src/index.ts', 'export type Order = { id: string };\n');
  write('packages/testkit/package.json', manifest('@shopclients/testkit', { private: true }));
  write('packages/testkit/src/index.ts', 'export const mock = 1;\n');
  write('specs/shop/openapi.yaml', 'openapi: 3.0.3\n');
  write('.changeset/README.md', '# Changesets\n');
  commit('initial');
  return { repo, git, write, commit, changeset, check };
}

describe('check-changesets.mjs', () => {
  it('fails when a publishable package changed without a changeset, naming that package', () => {
    const { write, commit, check, git } = makeRepo();
    git('switch', '--quiet', '-c', 'feature');
    write('packages/shop/src/index.ts', 'export const shop = 2;\n');
    commit('change the client');
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('Missing changesets since the merge-base with main');
    expect(output).toContain('@shopclients/shop: packages/shop/src/index.ts');
    expect(output).not.toContain('@shopclients/shop-types');
  });

  it('passes when a changeset added since the base names the package', () => {
    const { write, commit, check, changeset, git } = makeRepo();
    git('switch', '--quiet', '-c', 'feature');
    write('packages/shop/src/index.ts', 'export const shop = 2;\n');
    changeset('shop-change', ['@shopclients/shop']);
    commit('change the client, with a changeset');
    expect(check()).toEqual({ status: 0, output: expect.stringContaining('Changesets name every changed publishable package') });
  });

  it('counts uncommitted changes and untracked changeset files', () => {
    const { write, check, changeset } = makeRepo();
    write('packages/shop/src/index.ts', 'export const shop = 2;\n');
    expect(check('--base', 'HEAD').status).toBe(1);
    changeset('not-committed-yet', ['@shopclients/shop']);
    expect(check('--base', 'HEAD').status).toBe(0);
  });

  it('does not count a changeset that was already there at the base', () => {
    const { write, commit, check, changeset, git } = makeRepo();
    changeset('earlier', ['@shopclients/shop']);
    commit('an earlier change');
    git('switch', '--quiet', '-c', 'feature');
    write('packages/shop/src/index.ts', 'export const shop = 2;\n');
    commit('change the client');
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('@shopclients/shop:');
  });

  it('treats a spec change as a change of the generated types package', () => {
    const { write, commit, check, changeset, git } = makeRepo();
    git('switch', '--quiet', '-c', 'feature');
    write('specs/shop/openapi.yaml', 'openapi: 3.0.3\ninfo: { title: Shop, version: 2.0.0 }\n');
    changeset('client-only', ['@shopclients/shop']);
    commit('spec change, changeset for the client only');
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('@shopclients/shop-types: specs/shop/openapi.yaml');
    changeset('types', ['@shopclients/shop-types']);
    expect(check().status).toBe(0);
  });

  it('ignores private packages, tests, and the version-only edits of a release commit', () => {
    const { write, commit, check, git } = makeRepo();
    git('switch', '--quiet', '-c', 'feature');
    write('packages/testkit/src/index.ts', 'export const mock = 2;\n');
    write('packages/shop/test/shop.test.ts', 'test("shop", () => {});\n');
    write('packages/shop/package.json', JSON.stringify({ name: '@shopclients/shop', version: '1.1.0' }, null, 2));
    write('packages/shop/CHANGELOG.md', '# @shopclients/shop\n\n## 1.1.0\n');
    commit('helpers, tests, release');
    expect(check()).toEqual({ status: 0, output: expect.stringContaining('No publishable package changed since the merge-base with main') });
  });

  it('on main without a remote, checks the last commit; with origin/main, what HEAD added to it', () => {
    const { write, commit, check, git, changeset } = makeRepo();
    write('packages/shop/src/index.ts', 'export const shop = 2;\n');
    changeset('shop', ['@shopclients/shop']);
    commit('a change with its changeset');
    const mainHead = git('rev-parse', 'HEAD');
    write('packages/shop-types/src/index.ts', 'export type Order = { id: number };\n');
    commit('a change without one');
    expect(check().output).toContain('since HEAD~1');
    expect(check().status).toBe(1);

    git('update-ref', 'refs/remotes/origin/main', mainHead);
    const { status, output } = check();
    expect(output).toContain(`since the merge-base with origin/main (${mainHead.slice(0, 12)})`);
    expect(output).toContain('@shopclients/shop-types: packages/shop-types/src/index.ts');
    expect(status).toBe(1);

    git('update-ref', 'refs/remotes/origin/main', 'HEAD'); // pushed: HEAD is on origin/main again
    expect(check().output).toContain('since HEAD~1');
  });

  it('refuses a base that is not a commit', () => {
    const { check } = makeRepo();
    expect(check('--base', 'no-such-branch')).toEqual({ status: 2, output: expect.stringContaining('no-such-branch is not a commit') });
  });
});

describe('packagesNamedIn', () => {
  it('reads quoted and unquoted names from the front matter, and nothing from an empty changeset', () => {
    expect(packagesNamedIn('---\n"@shopclients/core": minor\n\'@shopclients/komfortkasse\': patch\n---\n\nText\n')).toEqual([
      '@shopclients/core',
      '@shopclients/komfortkasse',
    ]);
    expect(packagesNamedIn('---\n---\n')).toEqual([]);
    expect(packagesNamedIn('No front matter\n')).toEqual([]);
  });
});
