// Which publishable packages changed since a base revision without a changeset that names them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { isCommit } from './git.mjs';
import { workspacePackages } from './workspace.mjs';

// Files that never reach a user of the package, so changing them needs no release.
const UNPUBLISHED = [/^test\//, /\.test\.[cm]?[jt]sx?$/, /^vitest\.config\.[cm]?[jt]s$/, /^CHANGELOG\.md$/];

/**
 * The revision to compare with when none is given:
 *   1. origin/main exists and HEAD is not on it: where HEAD branched from it (what a pull request adds);
 *   2. else main exists and HEAD is not on it: where HEAD branched from main (a local branch);
 *   3. else (HEAD is on main): HEAD~1, so the last commit is checked;
 *   4. a repository with a single commit: the empty tree, so every file counts as added.
 * Uncommitted changes in the working tree always count as well.
 */
export function defaultBase(git) {
  const head = git('rev-parse', 'HEAD');
  for (const branch of ['origin/main', 'main']) {
    if (!isCommit(git, branch)) continue;
    const mergeBase = git('merge-base', 'HEAD', branch);
    if (mergeBase !== head) return { rev: mergeBase, label: `the merge-base with ${branch}` };
  }
  if (isCommit(git, 'HEAD~1')) return { rev: git('rev-parse', 'HEAD~1'), label: 'HEAD~1' };
  return { rev: git('hash-object', '-t', 'tree', '/dev/null'), label: 'the empty tree' };
}

/** Paths changed between `base` and the working tree, untracked files included. */
function changedPaths(git, base) {
  const tracked = git('diff', '--name-only', '--no-renames', base).split('\n');
  const untracked = git('ls-files', '--others', '--exclude-standard').split('\n');
  return [...new Set([...tracked, ...untracked])].filter(Boolean);
}

/** A release commit (`changeset version`) changes only the version in package.json; that is no change of its own. */
function onlyVersionChanged(git, root, base, path) {
  let before;
  try {
    before = JSON.parse(git('show', `${base}:${path}`));
  } catch {
    return false;
  }
  const after = existsSync(join(root, path)) ? JSON.parse(readFileSync(join(root, path), 'utf8')) : {};
  const { version: _before, ...restBefore } = before;
  const { version: _after, ...restAfter } = after;
  return isDeepStrictEqual(restBefore, restAfter);
}

/** The package names in the front matter of a changeset file. */
export function packagesNamedIn(markdown) {
  const frontMatter = /^---\r?\n([\s\S]*?)^---\s*$/m.exec(markdown);
  return frontMatter ? Object.keys(parse(frontMatter[1]) ?? {}) : [];
}

/**
 * @returns {{ changed: Map<string, string[]>, missing: string[] }} the changed publishable packages
 *   with the files that make them changed, and those of them no new or edited changeset names.
 */
export function checkChangesets(git, root, base) {
  const paths = changedPaths(git, base);
  const packages = workspacePackages(root).filter((pkg) => pkg.publishable);
  const changed = new Map();
  const add = (name, path) => changed.set(name, [...(changed.get(name) ?? []), path]);

  for (const path of paths) {
    const spec = /^specs\/([^/]+)\//.exec(path);
    const typesPackage = spec && packages.find((pkg) => pkg.name === `@shopclients/${spec[1]}-types`);
    if (typesPackage) add(typesPackage.name, path);
    const owner = packages.find((pkg) => path.startsWith(`${pkg.dir}/`));
    if (!owner) continue;
    const inPackage = path.slice(owner.dir.length + 1);
    if (UNPUBLISHED.some((pattern) => pattern.test(inPackage))) continue;
    if (inPackage === 'package.json' && onlyVersionChanged(git, root, base, path)) continue;
    add(owner.name, path);
  }

  const named = new Set(
    paths
      .filter((path) => /^\.changeset\/[^/]+\.md$/.test(path) && path !== '.changeset/README.md' && existsSync(join(root, path)))
      .flatMap((path) => packagesNamedIn(readFileSync(join(root, path), 'utf8'))),
  );
  return { changed, missing: [...changed.keys()].filter((name) => !named.has(name)).sort() };
}
