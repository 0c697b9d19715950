// What an independent client sends that the reference pages do not show, accepted by the spec because it is
// harmless (specs/komfortkasse/DIFFERENCES.md). Each case is sent to the Prism mock, which validates the request.
import { describe, expect, it } from 'vitest';
import { mockClient, spec } from './mock-client.js';

describe('Komfortkasse: what independent clients send beyond the reference pages', () => {
  it('get sends the include flags that komfortkasse-php sends on Get Order Details, and returns the order', async () => {
    const { client, recorder } = mockClient();
    // oscar-team/komfortkasse-php, src/Requests/GetOrderDetails.php: includePostings, includeCollectionHistory,
    // includePaymentReminders as query parameters of GET /v2/order/{orderNumber}.
    const order = await client.orders.get('10001', { include: ['postings', 'collectionHistory', 'paymentReminders'] });
    expect(order).toEqual(spec.responseExample('getOrder', 200));
    const sent = recorder.only();
    expect([sent.method, sent.url.pathname, sent.body]).toEqual(['GET', '/order/10001', undefined]);
    expect(Object.fromEntries(sent.url.searchParams)).toEqual({
      includePostings: 'true',
      includeCollectionHistory: 'true',
      includePaymentReminders: 'true',
    });
  });

  it('get also takes includeRefunds, the fourth flag of the family', async () => {
    const { client, recorder } = mockClient();
    await expect(client.orders.get('10001', { include: ['refunds'] })).resolves.toEqual(spec.responseExample('getOrder', 200));
    expect(recorder.only().url.search).toBe('?includeRefunds=true');
  });

  it('get refuses an include option that is not a documented list, before sending', async () => {
    const { client, recorder } = mockClient();
    await expect(client.orders.get('10001', { include: ['everything' as never] })).rejects.toThrow(/include\[0\]/);
    expect(recorder.requests).toHaveLength(0);
  });
});
