// What a published tarball must contain beyond working entry points: the licence, a manifest without
// workspace-only fields, and every file its source maps point to (else stack traces and debuggers point
// into files the user does not have).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const WORKSPACE_ONLY_FIELDS = ['scripts', 'devDependencies'];

/**
 * The problems of an unpacked tarball at `dir` (the folder holding its package.json), each a sentence.
 * `license` is the text the tarball's LICENSE must equal.
 */
export function tarballProblems(dir, license) {
  const problems = [];
  const licensePath = join(dir, 'LICENSE');
  if (!existsSync(licensePath)) problems.push('no LICENSE file');
  else if (readFileSync(licensePath, 'utf8') !== license) problems.push('LICENSE differs from the repository root LICENSE');

  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.license !== 'MIT') problems.push(`package.json license is ${JSON.stringify(manifest.license)}, not "MIT"`);
  for (const field of WORKSPACE_ONLY_FIELDS) {
    if (manifest[field] !== undefined) problems.push(`package.json keeps the workspace-only "${field}": ${JSON.stringify(manifest[field])}`);
  }
  if (JSON.stringify(manifest).includes('workspace:')) problems.push('package.json keeps a workspace: protocol');

  for (const map of filesUnder(dir).filter((file) => file.endsWith('.map'))) {
    const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
    for (const source of sources) {
      const target = resolve(dirname(map), source);
      if (!target.startsWith(`${dir}/`) || !existsSync(target)) {
        problems.push(`${relative(dir, map)} points to ${source}, which the tarball does not contain`);
      }
    }
  }
  return problems;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
