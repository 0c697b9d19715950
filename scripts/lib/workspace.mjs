import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every package under packages/ of the repository at `repo`: its name, version, whether it is
 * published to npm (not `"private": true`), its folder relative to `repo` and its absolute path.
 */
export function workspacePackages(repo = root) {
  const packagesDir = join(repo, 'packages');
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const path = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
      return { name: manifest.name, version: manifest.version, publishable: manifest.private !== true, dir: `packages/${entry.name}`, path };
    });
}

/** The packages that are published to npm. */
export function publishablePackages(repo = root) {
  return workspacePackages(repo).filter((pkg) => pkg.publishable);
}
