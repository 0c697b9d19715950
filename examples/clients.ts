// Builds the two clients the examples use: against a real server when its base URL and credentials
// are in the environment, otherwise against the embedded Prism mock the test run started.
import { type IomAuth, IomOrders, type IomOrdersOptions } from '@shopclients/iom-order';
import { Komfortkasse, type KomfortkasseOptions } from '@shopclients/komfortkasse';

export type Env = Readonly<Record<string, string | undefined>>;

/** Where one API's examples send their requests. */
export interface Target {
  api: 'Komfortkasse' | 'IOM';
  kind: 'server' | 'mock';
  baseUrl: string;
}

export interface KomfortkasseServer {
  baseUrl: string;
  apiKey: string;
}

export interface IomServer {
  baseUrl: string;
  shopId: string;
  auth: IomAuth;
}

// What the mocks are called with. Prism only checks that credentials are present.
const MOCK_API_KEY = 'examples-mock-api-key';
const MOCK_SHOP_ID = 1000;
const MOCK_AUTH: IomAuth = { username: 'examples', password: 'examples-mock-password' };

/** The real Komfortkasse server named by the environment, or `undefined` when none is. */
export function komfortkasseServer(env: Env): KomfortkasseServer | undefined {
  const baseUrl = value(env, 'KOMFORTKASSE_BASE_URL');
  const apiKey = value(env, 'KOMFORTKASSE_API_KEY');
  if (baseUrl === undefined && apiKey === undefined) return undefined;
  requireAll(env, 'Komfortkasse', ['KOMFORTKASSE_BASE_URL', 'KOMFORTKASSE_API_KEY']);
  return { baseUrl: requireHttpUrl('KOMFORTKASSE_BASE_URL', baseUrl as string), apiKey: apiKey as string };
}

/** The real IOM server named by the environment, or `undefined` when none is. */
export function iomServer(env: Env): IomServer | undefined {
  const names = ['IOM_BASE_URL', 'IOM_SHOP_ID', 'IOM_USERNAME', 'IOM_PASSWORD', 'IOM_TOKEN'] as const;
  if (names.every((name) => value(env, name) === undefined)) return undefined;
  requireAll(env, 'IOM', ['IOM_BASE_URL', 'IOM_SHOP_ID']);
  const [username, password, token] = [value(env, 'IOM_USERNAME'), value(env, 'IOM_PASSWORD'), value(env, 'IOM_TOKEN')];
  let auth: IomAuth;
  if (token !== undefined) {
    if (username !== undefined || password !== undefined) {
      throw new Error('IOM_TOKEN is set together with IOM_USERNAME/IOM_PASSWORD: set either a token or a user name and password, not both.');
    }
    auth = { token };
  } else {
    requireAll(env, 'IOM', ['IOM_USERNAME', 'IOM_PASSWORD'], ' (or IOM_TOKEN instead of both)');
    auth = { username: username as string, password: password as string };
  }
  const shopId = value(env, 'IOM_SHOP_ID') as string;
  if (!/^\d+$/.test(shopId)) throw new Error('IOM_SHOP_ID must be the numeric ID of the shop in IOM.');
  return { baseUrl: requireHttpUrl('IOM_BASE_URL', value(env, 'IOM_BASE_URL') as string), shopId, auth };
}

/** A Komfortkasse client for the server in `env`, or for the mock at `mockUrl`. */
export function komfortkasseClient(env: Env, mockUrl: string | null, options: Partial<KomfortkasseOptions> = {}) {
  const server = komfortkasseServer(env);
  const target: Target = { api: 'Komfortkasse', kind: server ? 'server' : 'mock', baseUrl: server?.baseUrl ?? requireMock('Komfortkasse', mockUrl) };
  const komfortkasse = new Komfortkasse({ ...options, baseUrl: target.baseUrl, apiKey: server?.apiKey ?? MOCK_API_KEY });
  return { komfortkasse, target };
}

/** An IOM client for the server in `env`, or for the mock at `mockUrl`. */
export function iomClient(env: Env, mockUrl: string | null, options: Partial<IomOrdersOptions> = {}) {
  const server = iomServer(env);
  const target: Target = { api: 'IOM', kind: server ? 'server' : 'mock', baseUrl: server?.baseUrl ?? requireMock('IOM', mockUrl) };
  const iom = new IomOrders({ ...options, baseUrl: target.baseUrl, shopId: server?.shopId ?? MOCK_SHOP_ID, auth: server?.auth ?? MOCK_AUTH });
  return { iom, target };
}

/**
 * Examples that change data (submit, refund, upload, create) run against a real server only when
 * EXAMPLES_ALLOW_WRITES=1 is set; otherwise they fail with this explanation before sending anything.
 */
export function assertWritesAllowed(target: Target, env: Env, what: string): void {
  if (target.kind === 'mock' || value(env, 'EXAMPLES_ALLOW_WRITES') === '1') return;
  throw new Error(
    `Not run: this example ${what} on ${describeTarget(target)}, which would change real data. ` +
      'Set EXAMPLES_ALLOW_WRITES=1 to run the examples that write (use a test shop), or only the examples that do not write with -t "no writes".',
  );
}

/** A target for messages: the mock, or the server's address without user info, query or fragment. */
export function describeTarget(target: Target): string {
  if (target.kind === 'mock') return `the embedded ${target.api} mock`;
  const url = new URL(target.baseUrl);
  return `the real ${target.api} server at ${url.protocol}//${url.host}${url.pathname}`;
}

function value(env: Env, name: string): string | undefined {
  const text = env[name]?.trim();
  return text ? text : undefined;
}

function requireAll(env: Env, api: string, names: readonly string[], hint = ''): void {
  const missing = names.filter((name) => value(env, name) === undefined);
  if (missing.length === 0) return;
  const present = names.filter((name) => !missing.includes(name));
  throw new Error(
    `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set${hint}, but ${present.length ? present.join(', ') : `other ${api} variables`} ${present.length === 1 ? 'is' : 'are'}: ` +
      `set all of them to run the ${api} examples against a real server, or none to use the embedded mock.`,
  );
}

function requireHttpUrl(name: string, text: string): string {
  // The value is not echoed: a URL can carry user info.
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) throw new Error(`${name} must be an http(s) URL.`);
  return text;
}

function requireMock(api: string, mockUrl: string | null): string {
  if (!mockUrl) throw new Error(`No ${api} server is configured and the ${api} mock is not running (run the examples with vitest in examples/).`);
  return mockUrl;
}
