// 4. Type-check cost: `tsc --extendedDiagnostics` on typecheck/consumer.ts (every public method of both
// clients), on typecheck/openapi-fetch.ts (the same calls with bare openapi-fetch and the generated
// types) and on typecheck/empty.ts, with the same strict options. Each with skipLibCheck true (what
// most consumers use) and false (which also checks the packages' declaration files).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { median, round } from './lib/stats.mjs';

const here = fileURLToPath(new URL('./typecheck/', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
export const FILES = ['empty', 'consumer', 'openapi-fetch'];

function diagnostics(file, skipLibCheck) {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    [tsc, '--extendedDiagnostics', '-p', `tsconfig.${file}.json`, '--skipLibCheck', String(skipLibCheck)],
    { cwd: here, encoding: 'utf8' },
  );
  if (status !== 0) throw new Error(`tsc ${file}.ts (skipLibCheck ${skipLibCheck}) failed:\n${stdout}${stderr}`);
  const field = (name) => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(stdout);
    if (!match) throw new Error(`no "${name}" in the output of tsc`);
    return Number(match[1]);
  };
  return { checkSeconds: field('Check time'), totalSeconds: field('Total time'), instantiations: field('Instantiations'), types: field('Types') };
}

export function measureTypecheck({ runs }) {
  const { version } = createRequire(import.meta.url)('typescript/package.json');
  const rows = [];
  for (const skipLibCheck of [true, false]) {
    for (const file of FILES) {
      const results = Array.from({ length: runs }, () => diagnostics(file, skipLibCheck));
      rows.push({
        file: `${file}.ts`,
        skipLibCheck,
        checkSeconds: round(median(results.map((result) => result.checkSeconds)), 2),
        totalSeconds: round(median(results.map((result) => result.totalSeconds)), 2),
        instantiations: results[0].instantiations,
        types: results[0].types,
      });
    }
  }
  return { typescript: version, runs, rows };
}
