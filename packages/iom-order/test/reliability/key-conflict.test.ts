// A create whose answer is lost is read back by its key; the read-back counts only if it is this
// request's resource (issue: reconciliation must never call someone else's resource ours).
import { describe, expect, it } from 'vitest';
import { ConflictError, KeyConflictError, ORDER_MEDIA_TYPE, OutcomeUnknownError } from '../../src/index.js';
import { examples, fakeClient } from '../contract/mock-client.js';

const order = examples.b2bOrder;
const NUMBER = order.shopOrderNumber;
/** The same order number, with one more of the first position. */
const otherOrder = () => {
  const copy = structuredClone(order);
  const position = copy.shippingBuckets[0]?.positions[0] as { quantity: number };
  position.quantity += 1;
  return copy;
};

describe('orders.create whose answer is lost', () => {
  it('the same order under the number resolves, reconciled', async () => {
    const { client, fake } = await fakeClient();
    fake.failNext('lose-answer', { operation: 'createOrder' });
    await expect(client.orders.create(order)).resolves.toMatchObject({ shopOrderNumber: NUMBER, reconciled: true });
    expect(fake.calls.map((call) => `${call.operationId} ${call.outcome}`)).toEqual(['createOrder lose-answer', 'getOrder 200']);
  });

  it('another order under the number: KeyConflictError naming what differs; nothing created, nothing sent again', async () => {
    const { client, fake } = await fakeClient({ order: true });
    fake.failNext('lose-answer', { operation: 'createOrder' });
    const error = (await client.orders.create(otherOrder(), { maxRetries: 3 }).catch((e: unknown) => e)) as KeyConflictError;
    expect(error).toBeInstanceOf(KeyConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain(`createOrder: a different resource already holds shopOrderNumber "${NUMBER}"; nothing was created by this call`);
    expect(error.differences.map((difference) => difference.field)).toEqual(['shippingBuckets[].positions[].quantity']);
    // After the order that holds the number was created: the lost create and one read-back, no re-send.
    expect(fake.calls.slice(1).map((call) => `${call.operationId} ${call.outcome}`)).toEqual(['createOrder lose-answer', 'getOrder 200']);
  });
});

describe('changeRequests.create whose answer is lost', () => {
  it('the same change request under the ID resolves, reconciled', async () => {
    const { client, fake } = await fakeClient({ order: true });
    fake.failNext('lose-answer', { operation: 'createChangeRequest' });
    await expect(client.changeRequests.create(NUMBER, examples.changeRequest)).resolves.toMatchObject({
      changeRequestId: examples.changeRequest.changeRequestId,
      reconciled: true,
    });
  });

  it('another change under the ID: KeyConflictError, nothing sent again', async () => {
    const { client, fake } = await fakeClient({ changeRequest: true });
    fake.failNext('lose-answer', { operation: 'createChangeRequest' });
    const other = { ...examples.changeRequest, changeRequest: { ...examples.changeRequest.changeRequest, shopOrderUpdateDate: '2031-01-01T00:00:00Z' } };
    const error = (await client.changeRequests.create(NUMBER, other, { maxRetries: 3 }).catch((e: unknown) => e)) as KeyConflictError;
    expect(error).toBeInstanceOf(KeyConflictError);
    expect(error.differences.map((difference) => difference.field)).toContain('changeRequest.shopOrderUpdateDate');
    expect(fake.calls.slice(2).map((call) => `${call.operationId} ${call.outcome}`)).toEqual(['createChangeRequest lose-answer', 'getChangeRequest 200']);
  });

  it('a read-back answered 200 with a body that is no change request (and plain JSON) leaves the outcome unknown, nothing sent again', async () => {
    const sent: string[] = [];
    const { client } = await fakeClient(
      {},
      {
        fetch: async (url, init) => {
          sent.push(`${init.method} ${new URL(url).pathname}`);
          if (init.method === 'POST') throw new TypeError('fetch failed');
          return Response.json({ unrelated: true });
        },
      },
    );
    const error = await client.changeRequests.create(NUMBER, examples.changeRequest, { maxRetries: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(sent).toEqual([
      `POST /shops/1000/orders/${NUMBER}/change-requests`,
      `GET /shops/1000/orders/${NUMBER}/change-requests/${examples.changeRequest.changeRequestId}`,
    ]);
  });

  it('the same body as the vendor type but without the key is no confirmation either', async () => {
    const { client } = await fakeClient(
      {},
      {
        fetch: async (_url, init) => {
          if (init.method === 'POST') throw new TypeError('fetch failed');
          return new Response(JSON.stringify({ status: 'OPEN', creator: 'x', creationDate: '2024-03-14T09:00:00Z' }), {
            headers: { 'content-type': ORDER_MEDIA_TYPE },
          });
        },
      },
    );
    await expect(client.changeRequests.create(NUMBER, examples.changeRequest)).rejects.toBeInstanceOf(OutcomeUnknownError);
  });
});
