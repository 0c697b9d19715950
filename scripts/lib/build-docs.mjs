// Builds one self-contained HTML API reference per spec with Redocly (Redoc 3), for reading offline.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { externalResources } from './offline-html.mjs';
import { repoRoot, specPath } from './specs.mjs';

const run = promisify(execFile);
export const docsDir = `${repoRoot}docs`;
export const docsPath = (api) => `${docsDir}/${api}.html`;

// Redoc 3's sidebar footer ("API docs by <logo>") loads the Redocly logo from cdn.redoc.ly once the
// page runs, and no option turns that footer off. Swap the two logo addresses in the inlined bundle
// for an inline SVG so that opening the page makes no request.
const REDOC_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

/** Builds `docs/<api>.html` and returns its path. Throws if the page would load anything remote. */
export async function buildDocs(api) {
  mkdirSync(docsDir, { recursive: true });
  const output = docsPath(api);
  await run(
    `${repoRoot}node_modules/.bin/redocly`,
    // --inlineBundle embeds Redoc's scripts (otherwise they come from Redocly's CDN).
    // disableTelemetry: without it the page reports usage to otel.cloud.redocly.com unless
    // REDOCLY_TELEMETRY=off happened to be set at build time.
    ['build-docs', specPath(api), '--inlineBundle', '--openapi.disableTelemetry=true', '-o', output],
    {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const html = readFileSync(output, 'utf8').replace(REDOC_LOGO, INLINE_LOGO);
  writeFileSync(output, html);

  const remote = externalResources(html);
  if (remote.length > 0) throw new Error(`${output} would load remote resources:\n  ${remote.join('\n  ')}`);
  if (!html.includes('"disableTelemetry":true')) throw new Error(`${output}: Redoc telemetry is not disabled`);
  return output;
}
