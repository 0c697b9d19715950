import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { classify } from '../lib/spec-diff.mjs';
import { specPath } from '../lib/specs.mjs';

type Spec = Record<string, any>;

/** A small spec: one path with a read (Order in the response) and a write (OrderInput in the request). */
function shopSpec(): Spec {
  return {
    openapi: '3.0.3',
    info: { title: 'Shop', version: '1.0.0' },
    paths: {
      '/orders/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getOrder',
          summary: 'Get an order',
          parameters: [{ name: 'expand', in: 'query', schema: { type: 'boolean' } }],
          responses: {
            '200': { description: 'The order', content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } } },
            '404': { description: 'No such order' },
          },
        },
        put: {
          operationId: 'putOrder',
          summary: 'Store an order',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderInput' } } } },
          responses: { '204': { description: 'Stored' } },
        },
      },
    },
    components: {
      schemas: {
        Status: { type: 'string', enum: ['OPEN', 'PAID'] },
        Order: {
          type: 'object',
          required: ['id', 'status'],
          properties: {
            id: { type: 'string', readOnly: true },
            status: { $ref: '#/components/schemas/Status' },
            email: { type: 'string', description: 'Customer email', example: 'max@example.org' },
            total: { type: 'number' },
          },
        },
        OrderInput: {
          type: 'object',
          required: ['total'],
          properties: { total: { type: 'number' }, email: { type: 'string' }, status: { $ref: '#/components/schemas/Status' } },
        },
      },
    },
  };
}

/** classify() of the shop spec before and after `edit`, as `level where: what` lines. */
function diff(edit: (spec: Spec) => void) {
  const after = shopSpec();
  edit(after);
  const { changes, bump } = classify(shopSpec(), after);
  return { bump, lines: changes.map(({ level, where, what }: any) => `${level} ${where}: ${what}`) };
}

const schemas = (spec: Spec) => spec.components.schemas;
const getOrder = (spec: Spec) => spec.paths['/orders/{id}'].get;

describe('classify', () => {
  it('finds nothing in identical specs', () => {
    expect(diff(() => {})).toEqual({ bump: 'none', lines: [] });
  });

  it('sees an either/or rule rewritten with typed, declared variants as the same rule', () => {
    const rule = (variants: Spec[]) => (s: Spec) => Object.assign(schemas(s).OrderInput, { anyOf: variants });
    const before = shopSpec();
    rule([{ required: ['email'] }, { required: ['status'] }])(before);
    const after = shopSpec();
    rule([
      { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
      { type: 'object', required: ['status'], properties: { status: { $ref: '#/components/schemas/Status' } } },
    ])(after);
    expect(classify(before, after).bump).toBe('none');
    rule([{ type: 'object', required: ['email'], properties: { email: { type: 'integer' } } }, { required: ['status'] }])(after);
    expect(classify(before, after).bump).toBe('major');
  });

  describe('breaking changes (major)', () => {
    it('a removed operation', () => {
      expect(diff((s) => delete s.paths['/orders/{id}'].put)).toEqual({ bump: 'major', lines: ['major PUT /orders/{id}: operation putOrder removed'] });
    });

    it('a removed path', () => {
      const { bump, lines } = diff((s) => {
        s.paths['/orders/{orderId}'] = s.paths['/orders/{id}']; // only the parameter's name differs: same path
        delete s.paths['/orders/{id}'];
        s.paths['/carts'] = s.paths['/orders/{orderId}'];
        delete s.paths['/orders/{orderId}'];
      });
      expect(bump).toBe('major');
      expect(lines).toContain('major /orders/{id}: path removed with its operations getOrder, putOrder');
    });

    it('a removed success response', () => {
      expect(diff((s) => delete getOrder(s).responses['200']).lines).toEqual(['major GET /orders/{id} response 200: success response removed']);
    });

    it('a property removed from a response schema', () => {
      expect(diff((s) => delete schemas(s).Order.properties.email).lines).toEqual(['major Order.email: property removed (response)']);
    });

    it('a property removed from a request schema', () => {
      expect(diff((s) => delete schemas(s).OrderInput.properties.email).lines).toEqual(['major OrderInput.email: property removed (request)']);
    });

    it('a removed enum value, in requests and responses', () => {
      const { bump, lines } = diff((s) => (schemas(s).Status.enum = ['OPEN']));
      expect(bump).toBe('major');
      expect(lines).toEqual(['major Status: enum value "PAID" removed (response)', 'major Status: enum value "PAID" removed (request)']);
    });

    it('a request property that became required', () => {
      expect(diff((s) => schemas(s).OrderInput.required.push('email')).lines).toEqual(['major OrderInput.email: now required (request)']);
    });

    it('a new required request property', () => {
      const { bump, lines } = diff((s) => {
        schemas(s).OrderInput.properties.currency = { type: 'string' };
        schemas(s).OrderInput.required.push('currency');
      });
      expect({ bump, lines }).toEqual({ bump: 'major', lines: ['major OrderInput.currency: new required property (request)'] });
    });

    it('a new required parameter', () => {
      const { bump, lines } = diff((s) => getOrder(s).parameters.push({ name: 'shop', in: 'query', required: true, schema: { type: 'string' } }));
      expect({ bump, lines }).toEqual({ bump: 'major', lines: ['major GET /orders/{id} query parameter shop: new required parameter'] });
    });

    it('a changed type', () => {
      expect(diff((s) => (schemas(s).Order.properties.total = { type: 'string' })).lines).toEqual([
        'major Order.total: type changed from number to string (response)',
      ]);
    });

    it('a response property that may now be missing', () => {
      expect(diff((s) => (schemas(s).Order.required = ['id'])).lines).toEqual(['major Order.status: no longer always present (response)']);
    });

    it('a removed named schema, whose generated type disappears', () => {
      const { bump, lines } = diff((s) => {
        schemas(s).Order.properties.status = { type: 'string', enum: ['OPEN', 'PAID'] };
        schemas(s).OrderInput.properties.status = { type: 'string', enum: ['OPEN', 'PAID'] };
        delete schemas(s).Status;
      });
      expect({ bump, lines }).toEqual({
        bump: 'major',
        lines: ["major components.schemas.Status: removed (its generated type components['schemas']['Status'] disappears)"],
      });
    });
  });

  describe('additions (minor)', () => {
    it('an added operation', () => {
      const { bump, lines } = diff((s) => {
        s.paths['/orders/{id}'].delete = { operationId: 'deleteOrder', summary: 'Delete', responses: { '204': { description: 'Deleted' } } };
      });
      expect({ bump, lines }).toEqual({ bump: 'minor', lines: ['minor DELETE /orders/{id}: operation deleteOrder added'] });
    });

    it('an added optional property, in a request and in a response', () => {
      expect(diff((s) => (schemas(s).OrderInput.properties.note = { type: 'string' }))).toEqual({
        bump: 'minor',
        lines: ['minor OrderInput.note: optional property added (request)'],
      });
      expect(diff((s) => (schemas(s).Order.properties.note = { type: 'string' })).lines).toEqual(['minor Order.note: optional property added (response)']);
    });

    it('an added optional parameter', () => {
      expect(diff((s) => getOrder(s).parameters.push({ name: 'lang', in: 'query', schema: { type: 'string' } }))).toEqual({
        bump: 'minor',
        lines: ['minor GET /orders/{id} query parameter lang: optional parameter added'],
      });
    });

    it('an added enum value, flagged for exhaustive switches where clients read it', () => {
      const { bump, lines } = diff((s) => schemas(s).Status.enum.push('REFUNDED'));
      expect(bump).toBe('minor');
      expect(lines).toEqual([
        'minor Status: enum value "REFUNDED" added (response; code that switches exhaustively over this field must handle it)',
        'minor Status: enum value "REFUNDED" added (request)',
      ]);
    });

    it('an added response', () => {
      expect(diff((s) => (getOrder(s).responses['410'] = { description: 'Gone' }))).toEqual({
        bump: 'minor',
        lines: ['minor GET /orders/{id} response 410: response added'],
      });
    });

    it('a removed error response', () => {
      expect(diff((s) => delete getOrder(s).responses['404'])).toEqual({
        bump: 'minor',
        lines: ['minor GET /orders/{id} response 404: error response removed'],
      });
    });

    it('a required readOnly property in a schema used both ways: clients never send it, so only responses change', () => {
      const sendsOrders = (s: Spec) => {
        s.paths['/orders'] = {
          post: {
            operationId: 'submitOrders',
            summary: 'Submit orders',
            requestBody: { content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Order' } } } } },
            responses: { '204': { description: 'Stored' } },
          },
        };
      };
      const before = shopSpec();
      sendsOrders(before);
      const after = shopSpec();
      sendsOrders(after);
      schemas(after).Order.properties.createdAt = { type: 'string', readOnly: true };
      schemas(after).Order.required.push('createdAt');
      expect(classify(before, after)).toEqual({
        bump: 'minor',
        changes: [{ level: 'minor', where: 'Order.createdAt', what: 'required property added (response)' }],
      });
    });
  });

  describe('documentation only (patch)', () => {
    it('changed descriptions, summaries and examples', () => {
      const { bump, lines } = diff((s) => {
        schemas(s).Order.properties.email.description = "The customer's email address";
        schemas(s).Order.properties.email.example = 'erika@example.org';
        getOrder(s).summary = 'Read one order';
      });
      expect(bump).toBe('patch');
      expect(lines).toEqual(
        expect.arrayContaining(['patch GET /orders/{id}: summary changed', 'patch Order.email: description changed', 'patch Order.email: example changed']),
      );
      expect(lines).toHaveLength(3);
    });
  });

  describe('$refs', () => {
    it('reports a change inside a schema referenced from several places once, under its name', () => {
      const { lines } = diff((s) => {
        schemas(s).Money = { type: 'object', properties: { amount: { type: 'number' } } };
        schemas(s).Order.properties.total = { $ref: '#/components/schemas/Money' };
      });
      expect(lines).toContain('major Order.total: type changed from number to object (response)');
    });

    it('follows a property through an allOf wrapper and reports it under the member that declares it', () => {
      const withBase = (s: Spec, removeEmail: boolean) => {
        schemas(s).OrderBase = { type: 'object', properties: { email: { type: 'string' } } };
        if (removeEmail) delete schemas(s).OrderBase.properties.email;
        schemas(s).Order = { allOf: [{ $ref: '#/components/schemas/OrderBase' }, { type: 'object', properties: { id: { type: 'string' } } }] };
      };
      const before = shopSpec();
      withBase(before, false);
      const after = shopSpec();
      withBase(after, true);
      const { changes } = classify(before, after);
      expect(changes).toEqual([{ level: 'major', where: 'OrderBase.email', what: 'property removed (response)' }]);
    });

    it('terminates on self-referencing schemas and still compares them', () => {
      const category = (withName: boolean) => {
        const s = shopSpec();
        schemas(s).Category = { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } } };
        if (withName) schemas(s).Category.properties.name = { type: 'string' };
        schemas(s).Order.properties.category = { $ref: '#/components/schemas/Category' };
        return s;
      };
      expect(classify(category(false), category(true)).changes).toEqual([
        { level: 'minor', where: 'Category.name', what: 'optional property added (response)' },
      ]);
    });
  });
});

describe('spec-diff.mjs on an edited copy of the Komfortkasse spec', () => {
  const repo = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  const spec = join(repo, 'specs/komfortkasse/openapi.yaml');
  const original = readFileSync(specPath('komfortkasse'), 'utf8');
  // Without the GIT_* variables a git hook sets, git would act on the hook's repository, not on ours.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' });
  mkdirSync(join(repo, 'specs/komfortkasse'), { recursive: true });
  writeFileSync(spec, original);
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'spec');
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  /** Edits the YAML of the working copy, runs the CLI in the repository, and returns its output lines. */
  function specDiff(edit: (doc: ReturnType<typeof parseDocument>) => void): string[] {
    const doc = parseDocument(original);
    edit(doc);
    writeFileSync(spec, doc.toString());
    const cli = join(import.meta.dirname, '../spec-diff.mjs');
    return execFileSync('node', [cli, 'komfortkasse'], { cwd: repo, env, encoding: 'utf8' }).trim().split('\n');
  }
  const orderData = ['components', 'schemas', 'OrderData', 'properties'];

  it('is major when customerEmail is removed', () => {
    const lines = specDiff((doc) => doc.deleteIn([...orderData, 'customerEmail']));
    expect(lines).toContain('major  OrderData.customerEmail: property removed (request)');
    expect(lines).toContain('major  OrderData.customerEmail: property removed (response)');
    expect(lines.at(-1)).toBe('suggested bump for @shopclients/komfortkasse-types: major');
  });

  it('is minor when an optional property is added', () => {
    const lines = specDiff((doc) => doc.setIn([...orderData, 'customerLanguage'], doc.createNode({ type: 'string', description: 'Language.' })));
    expect(lines).toContain('minor  OrderData.customerLanguage: optional property added (request)');
    expect(lines.at(-1)).toBe('suggested bump for @shopclients/komfortkasse-types: minor');
  });

  it('is patch when a description changes', () => {
    const lines = specDiff((doc) => doc.setIn([...orderData, 'customerEmail', 'description'], 'The email address of the customer.'));
    expect(lines).toEqual(['patch  OrderData.customerEmail: description changed', 'suggested bump for @shopclients/komfortkasse-types: patch']);
  });

  it('is none when nothing changed', () => {
    expect(specDiff(() => {})).toEqual(['suggested bump for @shopclients/komfortkasse-types: none']);
  });
});
