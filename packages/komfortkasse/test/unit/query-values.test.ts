import { operations } from '@shopclients/komfortkasse-types/validators';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, Komfortkasse } from '../../src/index.js';

const CRLF = '\r\n';

interface QueryCall {
  /** The argument a refusal must name. */
  argument: string;
  /** Calls the method that sends the parameter, with `text` in it. */
  call: (client: Komfortkasse, text: string, validateRequests: boolean) => Promise<unknown>;
}

/** How a caller reaches each string query parameter of the operation table. */
const CALLS: Record<string, QueryCall> = {
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

const STRING_QUERY_PARAMETERS = Object.entries(operations).flatMap(([operationId, operation]) =>
  operation.parameters
    .filter(
      (parameter) =>
        parameter.in === 'query' && (parameter.type === 'string' || (parameter.type === 'array' && 'items' in parameter && parameter.items === 'string')),
    )
    .map((parameter) => `${operationId} ${parameter.name}`),
);

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
  it('every string query parameter of the operation table is tried here', () => {
    expect(Object.keys(CALLS).sort()).toEqual([...STRING_QUERY_PARAMETERS].sort());
  });

  describe.each([true, false])('validateRequests: %s', (validateRequests) => {
    it.each(STRING_QUERY_PARAMETERS)('%s: refused with the argument named, nothing sent', async (parameter) => {
      const { argument, call } = CALLS[parameter] as QueryCall;
      const { client, sent } = recordingClient();
      const error = await call(client, CRLF, validateRequests).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
      expect(sent).toEqual([]);
    });
  });

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
