// How clients.ts picks the target from the environment, and that it refuses writes on a real server.
import { describe, expect, it } from 'vitest';
import { assertWritesAllowed, describeTarget, iomClient, iomServer, komfortkasseClient, komfortkasseServer } from '../clients.js';

const KOMFORTKASSE = { KOMFORTKASSE_BASE_URL: 'https://ssl.komfortkasse.eu/api/v2', KOMFORTKASSE_API_KEY: 'kk-secret-4711' };
const IOM = { IOM_BASE_URL: 'https://iom.example.com/rest/order-service', IOM_SHOP_ID: '1001', IOM_USERNAME: 'integration', IOM_PASSWORD: 'iom-secret-0815' };

/** The message of the error `run` throws. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('choosing the target', () => {
  it('uses the mocks when no server variables are set (blank ones count as unset)', () => {
    const env = { KOMFORTKASSE_BASE_URL: ' ', IOM_TOKEN: '' };
    expect(komfortkasseServer(env)).toBeUndefined();
    expect(iomServer(env)).toBeUndefined();
    expect(komfortkasseClient(env, 'http://127.0.0.1:4010').target).toEqual({ api: 'Komfortkasse', kind: 'mock', baseUrl: 'http://127.0.0.1:4010' });
    expect(iomClient(env, 'http://127.0.0.1:4011').target).toEqual({ api: 'IOM', kind: 'mock', baseUrl: 'http://127.0.0.1:4011' });
    expect(() => komfortkasseClient(env, null)).toThrow('the Komfortkasse mock is not running');
  });

  it('uses a real server when its base URL and credentials are set', () => {
    expect(komfortkasseServer(KOMFORTKASSE)).toEqual({ baseUrl: KOMFORTKASSE.KOMFORTKASSE_BASE_URL, apiKey: 'kk-secret-4711' });
    expect(komfortkasseClient(KOMFORTKASSE, 'http://127.0.0.1:4010').target).toEqual({
      api: 'Komfortkasse',
      kind: 'server',
      baseUrl: KOMFORTKASSE.KOMFORTKASSE_BASE_URL,
    });
    expect(iomServer(IOM)).toEqual({ baseUrl: IOM.IOM_BASE_URL, shopId: '1001', auth: { username: 'integration', password: 'iom-secret-0815' } });
    const { IOM_USERNAME: _, IOM_PASSWORD: __, ...withoutPassword } = IOM;
    expect(iomServer({ ...withoutPassword, IOM_TOKEN: 'eyJ.token' })?.auth).toEqual({ token: 'eyJ.token' });
    expect(iomClient(IOM, null).target).toEqual({ api: 'IOM', kind: 'server', baseUrl: IOM.IOM_BASE_URL });
  });

  it('refuses a half-configured server, naming what is missing and never echoing a secret', () => {
    const messages = [
      messageOf(() => komfortkasseServer({ KOMFORTKASSE_API_KEY: 'kk-secret-4711' })),
      messageOf(() => iomServer({ ...IOM, IOM_PASSWORD: undefined })),
      messageOf(() => iomServer({ IOM_TOKEN: 'eyJ.token' })),
      messageOf(() => iomServer({ ...IOM, IOM_TOKEN: 'eyJ.token' })),
      messageOf(() => iomServer({ ...IOM, IOM_SHOP_ID: 'shop-1' })),
      messageOf(() => komfortkasseServer({ ...KOMFORTKASSE, KOMFORTKASSE_BASE_URL: 'ftp://user:kk-secret-4711@host' })),
    ];
    expect(messages).toEqual([
      expect.stringContaining('KOMFORTKASSE_BASE_URL is not set'),
      expect.stringContaining('IOM_PASSWORD is not set (or IOM_TOKEN instead of both)'),
      expect.stringContaining('IOM_BASE_URL and IOM_SHOP_ID are not set'),
      expect.stringContaining('not both'),
      'IOM_SHOP_ID must be the numeric ID of the shop in IOM.',
      'KOMFORTKASSE_BASE_URL must be an http(s) URL.',
    ]);
    for (const message of messages) expect(message).not.toMatch(/secret|eyJ/);
  });
});

describe('writes against a real server', () => {
  const server = komfortkasseClient(KOMFORTKASSE, null).target;

  it('are refused without EXAMPLES_ALLOW_WRITES=1, with an explanation', () => {
    expect(() => assertWritesAllowed(server, KOMFORTKASSE, 'registers a refund')).toThrow(
      'Not run: this example registers a refund on the real Komfortkasse server at https://ssl.komfortkasse.eu/api/v2, which would change real data. Set EXAMPLES_ALLOW_WRITES=1',
    );
    expect(() => assertWritesAllowed(server, { ...KOMFORTKASSE, EXAMPLES_ALLOW_WRITES: 'yes' }, 'registers a refund')).toThrow('Not run');
  });

  it('run with EXAMPLES_ALLOW_WRITES=1, and always against a mock', () => {
    expect(() => assertWritesAllowed(server, { ...KOMFORTKASSE, EXAMPLES_ALLOW_WRITES: '1' }, 'registers a refund')).not.toThrow();
    expect(() => assertWritesAllowed(komfortkasseClient({}, 'http://127.0.0.1:4010').target, {}, 'registers a refund')).not.toThrow();
  });

  it('messages name the server without user info, query or fragment', () => {
    expect(describeTarget({ api: 'IOM', kind: 'server', baseUrl: 'https://integration:pw@iom.example.com:8443/rest/order-service?debug=1#x' })).toBe(
      'the real IOM server at https://iom.example.com:8443/rest/order-service',
    );
  });
});
