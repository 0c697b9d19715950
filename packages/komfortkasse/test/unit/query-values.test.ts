import { operations } from '@shopclients/komfortkasse-types/validators';
import { type QueryCall, describeQueryValueRefusals } from '@shopclients/testkit';
import { describe, expect, it } from 'vitest';
import { Komfortkasse } from '../../src/index.js';

/** How a caller reaches each string query parameter of the operation table. */
const CALLS: Record<string, QueryCall<Komfortkasse>> = {
  'readOrders maxAge': { argument: 'maxAge', call: (client, text, validateRequests) => client.orders.list({ maxAge: text as never, validateRequests }) },
  'readOrders paymentStatus': {
    argument: 'paymentStatus[1]',
    call: (client, text, validateRequests) => client.orders.list({ paymentStatus: ['PAID', `UNPAID${text}`] as never, validateRequests }),
  },
  'readOrders minPostingDate': {
    argument: 'minPostingDate',
    call: (client, text, validateRequests) => client.orders.list({ minPostingDate: `2026-01-01${text}`, validateRequests }),
  },
  'readPostings createdMin': {
    argument: 'createdMin',
    call: (client, text, validateRequests) => client.postings.list({ createdMin: `2026-01-01${text}`, validateRequests }),
  },
  'readPostings createdMax': {
    argument: 'createdMax',
    call: (client, text, validateRequests) => client.postings.list({ createdMax: `2026-01-01${text}`, validateRequests }),
  },
  'readPostings iban': { argument: 'iban', call: (client, text, validateRequests) => client.postings.list({ iban: `DE${text}89`, validateRequests }) },
  'getImage type': {
    argument: 'type',
    call: (client, text, validateRequests) => client.orders.paymentImage('10001', { type: `QRCODE${text}` as never, validateRequests }),
  },
};

function recordingClient() {
  const sent: string[] = [];
  const client = new Komfortkasse({
    apiKey: 'test-api-key-0123456789',
    baseUrl: 'http://127.0.0.1:9/api/v2',
    maxRetries: 0,
    fetch: async (input) => {
      sent.push(input);
      return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, sent };
}

describe('string query values with control characters are refused before sending', () => {
  describeQueryValueRefusals({ table: operations, calls: CALLS, recordingClient });

  it('postings.list({ iban: "DE\\r\\n89" }) is refused by the character rule itself, even with validateRequests off', async () => {
    const { client, sent } = recordingClient();
    const error = await client.postings.list({ iban: 'DE\r\n89', validateRequests: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ argument: 'iban', issues: [{ rule: 'characters', message: 'must not contain control characters' }] });
    expect((error as Error).message).toBe('readPostings: `iban` must not contain control characters (nothing was sent)');
    expect(sent).toEqual([]);
  });

  it('the same calls without the control characters are sent', async () => {
    const { client, sent } = recordingClient();
    await client.postings.list({ iban: 'DE89' });
    await client.orders.list({ paymentStatus: ['PAID', 'UNPAID'] });
    expect(sent).toEqual(['http://127.0.0.1:9/api/v2/postings?iban=DE89', 'http://127.0.0.1:9/api/v2/orders?paymentStatus=PAID,UNPAID']);
  });
});
