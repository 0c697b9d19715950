import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listApis, repoRoot } from '../lib/specs.mjs';
import { checkApi, differences, explainedIds, reconcile } from '../lib/vendor-diff.mjs';

type Spec = Record<string, any>;

/** Our side: OpenAPI 3.0 notation, named schemas, serialisation spelled out, our own descriptions. */
function ours(): Spec {
  return {
    openapi: '3.0.3',
    info: { title: 'Shop (curated)', version: '1.0.0', description: 'Ours.' },
    servers: [{ url: 'https://shop.example.org/api', description: 'Production' }],
    paths: {
      '/orders/{id}': {
        get: {
          operationId: 'getOrder',
          summary: 'Read an order',
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'Order id.', schema: { type: 'string' } },
            { name: 'tags', in: 'query', style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } },
          ],
          responses: {
            '200': { description: 'The order.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
            '404': { description: 'Unknown.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Order: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', description: 'Our words.' },
            note: { type: 'string', nullable: true },
            total: { type: 'number', minimum: 0, exclusiveMinimum: true },
            kind: { type: 'string', enum: ['ORDER'] },
            codes: { type: 'array', items: { type: 'string' }, deprecated: true },
          },
        },
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      },
    },
  };
}

/** The vendor's side of the same API: OpenAPI 3.1 notation, schemas inline, defaults implicit, other words. */
function vendor(): Spec {
  const error = { type: 'object', required: ['error'], properties: { error: { type: 'string', description: 'Message.' } } };
  return {
    openapi: '3.1.0',
    info: { title: 'Shop API', version: '1.0' },
    servers: [{ url: 'https://shop.example.org/api' }],
    paths: {
      '/orders/{orderId}': {
        get: {
          operationId: 'getOrder',
          parameters: [
            { name: 'orderId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          ],
          responses: {
            '200': {
              description: 'OK',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['id'],
                    properties: {
                      id: { type: 'string', examples: ['A1'] },
                      note: { type: ['string', 'null'] },
                      total: { type: 'number', exclusiveMinimum: 0 },
                      kind: { const: 'ORDER', type: 'string' },
                      codes: { type: 'array', items: { type: 'string' }, deprecated: true },
                    },
                  },
                },
              },
            },
            '404': { description: 'Not found', content: { 'application/json': { schema: error } } },
          },
        },
      },
    },
  };
}

describe('differences', () => {
  it('ignores differences of notation only (3.1 vs 3.0, $ref vs inline, implicit defaults, wording)', () => {
    expect(differences(vendor(), ours())).toEqual([]);
  });

  it('reports each structural difference with a stable id (where the vendor inlines a schema, at its place)', () => {
    const changed = ours();
    const order = changed.components.schemas.Order;
    delete changed.paths['/orders/{id}'].get.responses['404'];
    order.properties.total.exclusiveMinimum = false;
    delete order.properties.codes.deprecated;
    order.properties.kind.enum.push('RETURN');
    expect(differences(vendor(), changed)).toEqual([
      'GET /orders/{id} response 200 application/json.codes: deprecated removed',
      'GET /orders/{id} response 200 application/json.kind: enum value "RETURN" added (response)',
      'GET /orders/{id} response 200 application/json.total: exclusiveMinimum changed from true to none (response)',
      'GET /orders/{id} response 404: error response removed',
    ]);
  });

  it('reports an operation the vendor documents and ours lacks', () => {
    const lacking = ours();
    const more = vendor();
    more.paths['/image/{orderId}'] = { get: { operationId: 'getImage', responses: { '200': { description: 'OK' } } } };
    expect(differences(more, lacking)).toEqual(['/image/{orderId}: path removed with its operations getImage']);
  });
});

describe('reconcile', () => {
  const markdown = [
    '# Differences',
    'Each entry has a `<!-- vendor-diff: <id> -->` line.',
    '<!-- vendor-diff: a: one -->',
    'Reason.',
    '<!--vendor-diff:b: two-->',
    'Reason.',
  ].join('\n');

  it('reads one id per marker line, not the syntax quoted in prose', () => {
    expect(explainedIds(markdown)).toEqual(['a: one', 'b: two']);
  });

  it('accepts differences that are all explained', () => {
    expect(reconcile(['a: one', 'b: two'], explainedIds(markdown))).toEqual({ explained: ['a: one', 'b: two'], unexplained: [], stale: [], repeated: [] });
  });

  it('fails an unexplained difference and a stale or repeated entry', () => {
    const result = reconcile(['a: one', 'c: three'], [...explainedIds(markdown), 'a: one']);
    expect(result).toEqual({ explained: ['a: one'], unexplained: ['c: three'], stale: ['b: two'], repeated: ['a: one'] });
  });
});

describe('vendor-diff.mjs on a copy of the repository specs', () => {
  const root = mkdtempSync(join(tmpdir(), 'vendor-diff-'));
  cpSync(join(repoRoot, 'specs'), join(root, 'specs'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const cli = join(import.meta.dirname, '../vendor-diff.mjs');
  const run = (api: string) => {
    try {
      return { status: 0, output: execFileSync('node', [cli, api, '--root', root], { encoding: 'utf8' }) };
    } catch (error: any) {
      return { status: error.status as number, output: String(error.stdout) };
    }
  };
  const differencesFile = join(root, 'specs/iom-order/DIFFERENCES.md');
  const original = readFileSync(differencesFile, 'utf8');

  it('passes when every difference is explained', () => {
    writeFileSync(differencesFile, original);
    const { status, output } = run('iom-order');
    expect(output).toMatch(/differences, each explained in specs\/iom-order\/DIFFERENCES.md/);
    expect(status).toBe(0);
  });

  it('fails (exit 1) when an entry is missing, naming the unexplained difference', () => {
    const [first] = explainedIds(original);
    writeFileSync(differencesFile, original.replace(`<!-- vendor-diff: ${first} -->`, ''));
    const { status, output } = run('iom-order');
    expect(output).toContain(`UNEXPLAINED  ${first}`);
    expect(status).toBe(1);
  });

  it('fails (exit 1) on an entry whose difference no longer exists', () => {
    writeFileSync(differencesFile, `${original}\n<!-- vendor-diff: Order.nothing: property removed (response) -->\n`);
    const { status, output } = run('iom-order');
    expect(output).toContain('STALE        Order.nothing: property removed (response)');
    expect(status).toBe(1);
  });
});

describe('our specs against the vendors’ documents', () => {
  it.each(listApis())('%s: every difference is explained, every explanation is current', (api) => {
    const { unexplained, stale, repeated } = checkApi(api);
    expect({ unexplained, stale, repeated }).toEqual({ unexplained: [], stale: [], repeated: [] });
  });
});
