// Validators whose checks load on each operation's first use: the client loads them before its first
// check, so the first call in a process still refuses an invalid request before sending it.
import { describe, expect, it } from 'vitest';
import { RequestValidationError } from '../src/index.js';
import { ApiClient, type Check, type CheckLoader, createValidators } from '../src/internal.js';

const OPERATIONS = {
  getThing: {
    method: 'get',
    path: '/things/{id}',
    parameters: [{ name: 'id', in: 'path', required: true, type: 'string', explode: true }],
    responses: { '200': ['application/json'] },
  },
  getOther: { method: 'get', path: '/other', parameters: [], responses: { '200': ['application/json'] } },
} as const;

// A path check: `id` must be digits.
const digits: Check = Object.assign(
  (data: unknown) => {
    const ok = /^\d+$/.test(String((data as { id?: unknown }).id));
    digits.errors = ok ? null : [{ instancePath: '/id', keyword: 'pattern', params: { pattern: '^\\d+$' }, site: '0' }];
    return ok;
  },
  { errors: null },
);
const anyBody: Check = Object.assign(() => true, { errors: null });

function lazyValidators() {
  const loads: string[] = [];
  const loader =
    (name: string, checks: Record<string, Check>): CheckLoader =>
    async () => {
      loads.push(name);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [{ checks }];
    };
  const validators = createValidators({
    operations: OPERATIONS,
    operationChecks: {
      getThing: { request: { path: 'v0' }, responses: { '200': { 'application/json': 'v1' } } },
      getOther: { request: {}, responses: { '200': { 'application/json': 'v1' } } },
    },
    schemaChecks: { Thing: 'v1' },
    operationModules: { getThing: loader('getThing', { v0: digits, v1: anyBody }), getOther: loader('getOther', { v1: anyBody }) },
    schemaModules: { Thing: loader('Thing', { v1: anyBody }) },
  });
  return { validators, loads };
}

function clientWith(validators: ReturnType<typeof lazyValidators>['validators'], sent: string[]) {
  return new ApiClient<any, any>({
    api: 'things',
    operations: OPERATIONS,
    policies: { getThing: { methods: ['things.get'], safeToRepeat: true }, getOther: { methods: ['other.get'], safeToRepeat: true } },
    baseUrl: 'http://127.0.0.1:9/api',
    userAgent: 'test/1',
    credentialHeaders: {},
    secrets: [],
    validators,
    fetch: async (url) => {
      sent.push(String(url));
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    },
  });
}

describe('validators loaded per operation on first use', () => {
  it('load nothing at creation, and each operation once, on its first call', async () => {
    const { validators, loads } = lazyValidators();
    const sent: string[] = [];
    const client = clientWith(validators, sent);
    expect(loads).toEqual([]);
    await Promise.all([client.send('getThing', { path: { id: '1' } }, undefined), client.send('getThing', { path: { id: '2' } }, undefined)]);
    await client.send('getThing', { path: { id: '3' } }, undefined);
    expect(loads).toEqual(['getThing']);
    expect(validators.load('getThing')).toBeUndefined();
    expect(sent).toHaveLength(3);
  });

  it('refuse an invalid request on the first call, before anything is sent', async () => {
    const { validators } = lazyValidators();
    const sent: string[] = [];
    await expect(clientWith(validators, sent).send('getThing', { path: { id: 'x' } }, undefined)).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toEqual([]);
  });

  it('say so when a check is used before its operation was loaded', async () => {
    const { validators } = lazyValidators();
    expect(() => validators.validateRequest('getThing', { path: { id: '1' } })).toThrow(/not loaded/);
    await validators.load('getThing');
    expect(validators.validateRequest('getThing', { path: { id: 'x' } })).toHaveLength(1);
    await validators.loadSchema('Thing');
    expect(validators.validateSchema('Thing', {})).toEqual([]);
  });

  it('try again after a failed load', async () => {
    let fail = true;
    const validators = createValidators({
      operations: OPERATIONS,
      operationChecks: { getThing: { request: { path: 'v0' }, responses: {} }, getOther: { request: {}, responses: {} } },
      schemaChecks: {},
      operationModules: {
        getThing: async () => {
          if (fail) throw new Error('chunk missing');
          return [{ checks: { v0: digits } }];
        },
        getOther: async () => [],
      },
    });
    await expect(validators.load('getThing')).rejects.toThrow('chunk missing');
    fail = false;
    await validators.load('getThing');
    expect(validators.validateRequest('getThing', { path: { id: '7' } })).toEqual([]);
  });
});
