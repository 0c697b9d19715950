import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const script = join(repo, 'scripts/generate-types.mjs');
const copies: string[] = [];

/** A checkout-shaped copy of one API's spec and committed types. */
function copyOf(api: string): string {
  const root = mkdtempSync(join(tmpdir(), 'generate-types-'));
  copies.push(root);
  cpSync(join(repo, 'specs', api), join(root, 'specs', api), { recursive: true });
  cpSync(join(repo, 'packages', `${api}-types/src/generated`), join(root, 'packages', `${api}-types/src/generated`), { recursive: true });
  return root;
}

function check(api: string, root: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync('node', [script, api, '--check', '--root', root], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failure = error as { status: number; stderr: string };
    return { status: failure.status, output: failure.stderr };
  }
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The generated modules of checks of one API, concatenated. */
function checksCode(api: string): string {
  const dir = join(repo, 'packages', `${api}-types/src/generated/checks`);
  return readdirSync(dir)
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

describe('the generated validators', () => {
  it.each(['komfortkasse', 'iom-order'])('%s: run without eval, new Function or require (strict CSP, Workers, ESM)', (api) => {
    const code = checksCode(api);
    expect(code).not.toMatch(/\beval\(|new Function|\brequire\(/);
    expect(code).toMatch(/^import \{ [\w, ]+ \} from '@shopclients\/core\/internal';$/m);
  });

  it.each(['komfortkasse', 'iom-order'])('%s: the index holds no check, only loaders of the modules of each operation', (api) => {
    const index = readFileSync(join(repo, 'packages', `${api}-types/src/generated/validators.js`), 'utf8');
    expect(index).not.toMatch(/^import /m);
    expect(index).not.toMatch(/function validate/);
    expect(index).toMatch(/^ {2}"\w+": \(\) => Promise\.all\(\[import\('\.\/checks\/[\w.]+\.js'\)/m);
  });

  it.each(['komfortkasse', 'iom-order'])('%s: the operation table is a module of its own that imports no validator code', (api) => {
    const table = readFileSync(join(repo, 'packages', `${api}-types/src/generated/operations.ts`), 'utf8');
    expect(table).toMatch(/^export const operationTable = \{$/m);
    expect(table.match(/^import .*$/gm)).toEqual(["import type { OperationTable } from '@shopclients/core/internal';"]);
  });

  it.each(['komfortkasse', 'iom-order'])('%s: gather errors in linear time (no concat), each error naming the site that raised it', (api) => {
    const code = checksCode(api);
    expect(code).not.toMatch(/\.concat\(/);
    expect(code).toMatch(/appendErrors\(vErrors, [\w$.]+\.errors, "\d+"\)/);
    const errors = [...code.matchAll(/\{instancePath[^{}]*,keyword:"[^"]+"(,site:"\d+")?/g)];
    expect(errors.length).toBeGreaterThan(100);
    expect(errors.filter((error) => error[1] === undefined)).toEqual([]);
  });
});

describe('the stale generated-types check', () => {
  it.each(['komfortkasse', 'iom-order'])('passes for the committed %s types', (api) => {
    expect(check(api, copyOf(api))).toMatchObject({ status: 0 });
  });

  it('fails when the spec changed and the types were not regenerated', () => {
    const root = copyOf('komfortkasse');
    const spec = join(root, 'specs/komfortkasse/openapi.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('description: Given name.', 'description: First name of the customer.'));
    const result = check('komfortkasse', root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('is stale');
    expect(result.output).toContain('pnpm generate');
  });

  it('fails when a rule changed in the spec and the validators were not regenerated (the types alone still match)', () => {
    const root = copyOf('iom-order');
    const spec = join(root, 'specs/iom-order/openapi.yaml');
    const text = readFileSync(spec, 'utf8');
    expect(text).toContain('maxLength: 50');
    writeFileSync(spec, text.replace('maxLength: 50', 'maxLength: 40'));
    const result = check('iom-order', root);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/checks\/[\w.]+\.js is stale/);
    expect(result.output).not.toContain('schema.ts is stale');
  });

  it('fails when someone edited the generated validators by hand', () => {
    const root = copyOf('komfortkasse');
    const generated = join(root, 'packages/komfortkasse-types/src/generated/checks/operation.getOrder.js');
    writeFileSync(generated, readFileSync(generated, 'utf8').replace('errors === 0', 'true'));
    expect(check('komfortkasse', root)).toMatchObject({ status: 1, output: expect.stringContaining('operation.getOrder.js is stale') });
  });

  it('fails when a module of checks is left over that the spec no longer generates', () => {
    const root = copyOf('komfortkasse');
    writeFileSync(join(root, 'packages/komfortkasse-types/src/generated/checks/operation.gone.js'), 'export const checks = {};\n');
    expect(check('komfortkasse', root)).toMatchObject({ status: 1, output: expect.stringContaining('operation.gone.js is stale') });
  });

  it('fails when someone edited the generated file by hand', () => {
    const root = copyOf('iom-order');
    const generated = join(root, 'packages/iom-order-types/src/generated/schema.ts');
    writeFileSync(generated, `${readFileSync(generated, 'utf8')}\nexport type Extra = string;\n`);
    expect(check('iom-order', root).status).toBe(1);
  });
});
