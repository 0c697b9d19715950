#!/usr/bin/env node
// Fails when a publishable package changed without a changeset that names it.
//   node scripts/check-changesets.mjs [--base <git-rev>]
// A package is publishable when its packages/*/package.json is not `"private": true`. It changed
// when a file in its directory differs between the base and the working tree (committed or not),
// except tests, vitest config, CHANGELOG.md and a package.json whose only change is its version.
// A change under specs/<api>/ counts as a change of @shopclients/<api>-types. Only changesets
// (.changeset/*.md but README.md) added or edited since the base count.
// Without --base, the base is where HEAD branched from origin/main (or, without a remote, from
// main); when HEAD is on main itself, it is HEAD~1 (see defaultBase in lib/changesets.mjs).
import { checkChangesets, defaultBase } from './lib/changesets.mjs';
import { gitIn, isCommit } from './lib/git.mjs';

const args = process.argv.slice(2);
if (!(args.length === 0 || (args.length === 2 && args[0] === '--base'))) {
  console.error('usage: node scripts/check-changesets.mjs [--base <git-rev>]');
  process.exit(2);
}
const root = gitIn(process.cwd())('rev-parse', '--show-toplevel');
const git = gitIn(root);
if (args[1] && !isCommit(git, args[1])) {
  console.error(`check-changesets: ${args[1]} is not a commit`);
  process.exit(2);
}
const base = args[1] ? { rev: git('rev-parse', `${args[1]}^{commit}`), label: args[1] } : defaultBase(git);
const since = `since ${base.label} (${base.rev.slice(0, 12)})`;

const { changed, missing } = checkChangesets(git, root, base.rev);
if (missing.length > 0) {
  console.error(`Missing changesets ${since} for:`);
  for (const name of missing) {
    const files = changed.get(name);
    console.error(`  ${name}: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`);
  }
  console.error('Run `pnpm changeset`, pick these packages and the bump, and commit the new .changeset/*.md file.');
  process.exit(1);
}
if (changed.size === 0) console.log(`No publishable package changed ${since}.`);
else console.log(`Changesets name every changed publishable package ${since}: ${[...changed.keys()].sort().join(', ')}`);
