// 5. Codegen: wall time of the strict spec lint and of type generation for each spec, median of RUNS.
// Generation runs with --check, which generates in memory and compares with the committed file, so
// nothing in the repository is written.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, round } from './lib/stats.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
export const APIS = ['komfortkasse', 'iom-order'];

function timed(command, args) {
  const start = process.hrtime.bigint();
  const { status, stdout, stderr } = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, failure: status === 0 ? null : `${stdout}${stderr}`.trim().slice(-500) };
}

function medianOf(runs) {
  return {
    seconds: round(median(runs.map((run) => run.seconds)), 2),
    ok: runs.every((run) => run.failure === null),
    failure: runs.find((run) => run.failure)?.failure ?? null,
  };
}

export function measureCodegen({ runs }) {
  return APIS.map((api) => {
    const lints = [];
    const generations = [];
    for (let run = 0; run < runs; run++) {
      lints.push(timed('bash', ['scripts/lint-spec.sh', api]));
      generations.push(timed(process.execPath, ['scripts/generate-types.mjs', api, '--check']));
    }
    const [lint, generate] = [medianOf(lints), medianOf(generations)];
    return { api, lint, generate, totalSeconds: round(lint.seconds + generate.seconds, 2) };
  });
}
