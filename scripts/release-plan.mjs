#!/usr/bin/env node
// Shows the version each package would get from `changeset version`, without changing anything:
// it runs `changeset version` on a scratch copy of the workspace manifests and .changeset/, and
// compares the versions. Uncommitted changesets count. Works on the pnpm workspace around the
// current directory.
//   pnpm release:plan
// Why not `changeset status`: it exits with an error when the base branch `main` is missing (a
// detached CI checkout) and when packages changed but no changeset exists yet; this needs no git.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './lib/specs.mjs';

function workspaceRoot(dir) {
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    if (dirname(dir) === dir) return undefined;
    dir = dirname(dir);
  }
  return dir;
}

/** Workspace package directories from pnpm-workspace.yaml; supports `dir` and `dir/*` entries. */
function workspaceDirs(root) {
  const { packages = [] } = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8'));
  return packages
    .flatMap((pattern) => {
      if (!pattern.endsWith('/*')) return [pattern];
      const parent = pattern.slice(0, -2);
      return readdirSync(join(root, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${parent}/${entry.name}`);
    })
    .filter((dir) => existsSync(join(root, dir, 'package.json')));
}

const readManifest = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

function bumpBetween(from, to) {
  const [a, b] = [from, to].map((version) => version.split(/[.-]/).map(Number));
  return a[0] !== b[0] ? 'major' : a[1] !== b[1] ? 'minor' : 'patch';
}

const root = workspaceRoot(process.cwd());
if (!root) {
  console.error('release-plan: run it inside a pnpm workspace');
  process.exit(2);
}
const changesets = readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');
if (changesets.length === 0) {
  console.log('No changesets in .changeset/: `changeset version` would release nothing.');
  process.exit(0);
}

/** [name, old version, new version] of each package whose version `changeset version` changes. */
function versionChanges(root) {
  const dirs = workspaceDirs(root);
  const scratch = mkdtempSync(join(tmpdir(), 'release-plan-'));
  try {
    for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(scratch, file));
    cpSync(join(root, '.changeset'), join(scratch, '.changeset'), { recursive: true });
    for (const dir of dirs) {
      mkdirSync(join(scratch, dir), { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md']) {
        if (existsSync(join(root, dir, file))) cpSync(join(root, dir, file), join(scratch, dir, file));
      }
    }
    // The changelog generator named in .changeset/config.json is resolved from here.
    symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    try {
      execFileSync(join(repoRoot, 'node_modules/.bin/changeset'), ['version'], { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw new Error(`\`changeset version\` failed:\n${error.stderr?.toString().trim() || error.message}`);
    }
    return dirs
      .map((dir) => [readManifest(join(root, dir)), readManifest(join(scratch, dir))])
      .filter(([before, after]) => before.version !== after.version)
      .map(([before, after]) => [before.name, before.version, after.version]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

let changes;
try {
  changes = versionChanges(root);
} catch (error) {
  console.error(`release-plan: ${error.message}`);
  process.exit(1);
}
console.log(`\`changeset version\` would apply ${changesets.length} changeset(s): ${changesets.map((file) => `.changeset/${file}`).join(', ')}`);
const width = Math.max(0, ...changes.map(([name]) => name.length));
for (const [name, from, to] of changes) console.log(`  ${name.padEnd(width)}  ${`${from} → ${to}`.padEnd(16)}  ${bumpBetween(from, to)}`);
if (changes.length === 0) console.log('  (no version changes)');
