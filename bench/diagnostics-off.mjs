// What the diagnostics_channel events cost when nobody subscribes: ab-core.mjs with core as it is (B)
// against the same core with diagnostics.ts replaced by lib/diagnostics-off.ts (A), interleaved in
// one process. B/A CPU near 1 means the channels cost nothing measurable without a subscriber.
//   node --expose-gc bench/diagnostics-off.mjs [--rounds=N] [--in-memory-only]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const coreSrc = join(here, '../packages/core/src');
const off = mkdtempSync(join(tmpdir(), 'core-diagnostics-off-'));
try {
  cpSync(coreSrc, off, { recursive: true });
  cpSync(join(here, 'lib/diagnostics-off.ts'), join(off, 'diagnostics.ts'));
  const run = spawnSync(process.execPath, ['--expose-gc', join(here, 'ab-core.mjs'), off, coreSrc, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(off, { recursive: true, force: true });
}
