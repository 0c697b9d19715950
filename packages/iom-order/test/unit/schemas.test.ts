import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index.js';
import { examples } from '../contract/mock-client.js';

describe('schemas: the request bodies as Standard Schema v1', () => {
  it('an order from the spec passes and comes back as it was', async () => {
    const result = await schemas.OrderInput['~standard'].validate(examples.b2bOrder);
    expect(result).toEqual({ value: examples.b2bOrder });
    expect(schemas.OrderInput['~standard']).toMatchObject({ version: 1, vendor: 'shopclients' });
  });

  it('a Packstation as invoice address fails with the same rule the client applies, path inside the value', async () => {
    const location = examples.b2cOrder.shippingBuckets[0]?.shippingAddress.location;
    const order = { ...examples.b2cOrder, invoiceAddress: { ...examples.b2cOrder.invoiceAddress, location } };
    const result = await schemas.OrderInput['~standard'].validate(order);
    expect(result).toEqual({
      issues: [{ path: ['invoiceAddress', 'location', 'type'], message: expect.stringContaining('AddressLocationStreet, AddressLocationPOBox') }],
    });
  });

  it('a change request without shopOrderUpdateDate fails', async () => {
    const { shopOrderUpdateDate: _, ...order } = examples.changeRequest.changeRequest as Record<string, unknown>;
    const result = await schemas.ChangeRequestInput['~standard'].validate({ ...examples.changeRequest, changeRequest: order });
    expect(result.issues).toEqual([expect.objectContaining({ path: ['changeRequest', 'shopOrderUpdateDate'], message: 'is required' })]);
  });
});
