import { operations } from '@shopclients/iom-order-types/validators';
import { type QueryCall, describeQueryValueRefusals } from '@shopclients/testkit';
import { describe, expect, it } from 'vitest';
import { IomOrders } from '../../src/index.js';

const listFilter = (name: 'shopOrderNumbers' | 'shopCustomerNumbers' | 'productNumbers' | 'statuses' | 'emails'): QueryCall<IomOrders> => ({
  argument: `${name}[1]`,
  call: (client, text, validateRequests) => client.orderStates.search({ [name]: ['A', `B${text}`], validateRequests }),
});

/** How a caller reaches each string query parameter of the operation table. */
const CALLS: Record<string, QueryCall<IomOrders>> = {
  'getChangeRequestViewList excludes': {
    argument: 'excludes[1]',
    call: (client, text, validateRequests) => client.changeRequests.list('B2B-1', { excludes: ['changeRequest', `order${text}`], validateRequests }),
  },
  'getChangeRequest excludes': {
    argument: 'excludes[1]',
    call: (client, text, validateRequests) => client.changeRequests.get('B2B-1', 'c-1', { excludes: ['changeRequest', `order${text}`], validateRequests }),
  },
  'getOrderStatesBySortCriterias shopOrderNumbers': listFilter('shopOrderNumbers'),
  'getOrderStatesBySortCriterias shopCustomerNumbers': listFilter('shopCustomerNumbers'),
  'getOrderStatesBySortCriterias productNumbers': listFilter('productNumbers'),
  'getOrderStatesBySortCriterias statuses': listFilter('statuses'),
  'getOrderStatesBySortCriterias emails': listFilter('emails'),
  'getOrderStatesBySortCriterias shopOrderCreationDate[gte]': {
    argument: 'createdFrom',
    call: (client, text, validateRequests) => client.orderStates.search({ createdFrom: `2026-01-01${text}`, validateRequests }),
  },
  'getOrderStatesBySortCriterias shopOrderCreationDate[lte]': {
    argument: 'createdTo',
    call: (client, text, validateRequests) => client.orderStates.search({ createdTo: `2026-01-01${text}`, validateRequests }),
  },
  'getOrderStatesBySortCriterias orderBy': {
    argument: 'orderBy',
    call: (client, text, validateRequests) => client.orderStates.search({ orderBy: `id${text}` as never, validateRequests }),
  },
  'getOrderStatesBySortCriterias sortDirection': {
    argument: 'sortDirection',
    call: (client, text, validateRequests) => client.orderStates.search({ sortDirection: `ASC${text}` as never, validateRequests }),
  },
  'getModifiedOrderStates modifiedSince': {
    argument: 'since',
    call: async (client, text, validateRequests) => {
      for await (const _ of client.orderStates.changes({ since: `2026-01-01T00:00:00Z${text}`, validateRequests })) break;
    },
  },
};

function recordingClient() {
  const sent: string[] = [];
  const client = new IomOrders({
    baseUrl: 'http://127.0.0.1:9/rest/order-service',
    shopId: 1000,
    auth: { username: 'integration', password: 'correct-horse-battery' },
    maxRetries: 0,
    fetch: async (input) => {
      sent.push(input);
      return new Response('{"data":[],"meta":{"totalCount":0}}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, sent };
}

describe('string query values with control characters are refused before sending', () => {
  describeQueryValueRefusals({ table: operations, calls: CALLS, recordingClient });

  it('a sort attribute with a control character is refused by the character rule itself, even with validateRequests off', async () => {
    const { client, sent } = recordingClient();
    const error = await client.orderStates.search({ sortDirection: 'ASC\n' as never, validateRequests: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ argument: 'sortDirection', issues: [{ rule: 'characters' }] });
    expect(sent).toEqual([]);
  });

  it('the same calls without the control characters are sent', async () => {
    const { client, sent } = recordingClient();
    await client.orderStates.search({ statuses: ['A', 'B'], sortDirection: 'DESC' });
    expect(sent).toEqual(['http://127.0.0.1:9/rest/order-service/shops/1000/order-states?statuses=A&statuses=B&sortDirection=DESC']);
  });
});
