import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { repoRoot } from '../lib/specs.mjs';

// The scheduled workflow's script, run offline: the "vendor's current documents" are local files.
describe('vendor-drift.mjs', () => {
  const work = mkdtempSync(join(tmpdir(), 'vendor-drift-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const cli = join(import.meta.dirname, '../vendor-drift.mjs');
  const committed = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

  /** Runs the script on a fresh copy of the specs with the given upstream documents; returns exit status and output. */
  function drift(iomUpstream: string, komfortkasseUpstream: string) {
    const root = mkdtempSync(join(work, 'repo-'));
    cpSync(join(repoRoot, 'specs'), join(root, 'specs'), { recursive: true });
    const upstream = (name: string, text: string) => {
      const file = join(work, `${name}-${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(file, text);
      return pathToFileURL(file).href;
    };
    const args = [
      cli,
      '--root',
      root,
      '--upstream',
      `iom-order=${upstream('iom', iomUpstream)}`,
      '--upstream',
      `komfortkasse=${upstream('kk', komfortkasseUpstream)}`,
    ];
    try {
      return { status: 0, output: execFileSync('node', args, { encoding: 'utf8' }), root };
    } catch (error: any) {
      return { status: error.status as number, output: `${error.stdout}${error.stderr}`, root };
    }
  }
  const iom = committed('specs/iom-order/vendor/order-2.4.yaml');
  const komfortkasse = committed('specs/komfortkasse/vendor/komfortkasse-v2.yaml');

  it('passes when the vendors publish what we already compared with', () => {
    const { status, output } = drift(iom, komfortkasse);
    expect(output).toContain('differences, each explained in specs/iom-order/DIFFERENCES.md');
    expect(output).toContain('differences, each explained in specs/komfortkasse/DIFFERENCES.md');
    expect(status).toBe(0);
  });

  it('fails on a vendor change, naming it, and leaves the fetched document in the vendor path', () => {
    const changed = parseDocument(iom);
    changed.setIn(['paths', '/shops/{shopId}/order-states/modified', 'get', 'parameters', 3, 'schema', 'maximum'], 500);
    const { status, output, root } = drift(changed.toString(), komfortkasse);
    expect(output).toContain('UNEXPLAINED  GET /shops/{shopId}/order-states/modified query parameter limit: maximum changed from 500 to 10000 (request)');
    expect(status).toBe(1);
    expect(readFileSync(join(root, 'specs/iom-order/vendor/order-2.4.yaml'), 'utf8')).toBe(changed.toString());
  });

  it('fails when a vendor drops what an entry explains (the entry is stale)', () => {
    const changed = parseDocument(komfortkasse);
    changed.deleteIn(['paths', '/order/{orderNumber}/setpaid']);
    changed.setIn(
      ['paths', '/image/{orderNumber}', 'get', 'responses', '200', 'content', 'application/json', 'schema', 'properties', 'data', 'format'],
      'byte',
    );
    const { status, output } = drift(iom, changed.toString());
    expect(output).toContain('STALE        GET /image/{orderNumber} response 200 application/json.data: format changed from none to byte (response)');
    expect(output).toContain('UNEXPLAINED  /order/{orderNumber}/setpaid: path added with its operations setOrderPaid');
    expect(status).toBe(1);
  });

  it('fails when a document cannot be fetched', () => {
    const root = mkdtempSync(join(work, 'repo-'));
    cpSync(join(repoRoot, 'specs'), join(root, 'specs'), { recursive: true });
    const missing = pathToFileURL(join(work, 'missing.yaml')).href;
    let status = 0;
    let output = '';
    try {
      execFileSync('node', [cli, '--root', root, '--upstream', `iom-order=${missing}`, '--upstream', `komfortkasse=${missing}`], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error: any) {
      status = error.status;
      output = String(error.stderr);
    }
    expect(output).toContain('vendor-drift iom-order: cannot fetch');
    expect(status).toBe(1);
  });
});
