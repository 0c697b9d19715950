import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/index.js';
import { spec } from '../contract/mock-client.js';

const order = spec.requestExamples('submitOrder').invoiceOrder;

describe('schemas: the request bodies as Standard Schema v1', () => {
  it('an order in the wire form passes', async () => {
    expect(await schemas.OrderInput['~standard'].validate(order)).toEqual({ value: order });
  });

  it('an order without billing, or with a payment type the API does not know, fails naming the field', async () => {
    const { billing: _, ...withoutBilling } = order as Record<string, unknown>;
    expect((await schemas.OrderInput['~standard'].validate(withoutBilling)).issues).toEqual([{ path: ['billing'], message: 'is required' }]);
    const paypal = await schemas.OrderInput['~standard'].validate({ ...(order as object), type: 'PAYPAL' });
    expect(paypal.issues).toEqual([{ path: ['type'], message: 'must be one of: INVOICE, PREPAYMENT, COD, OTHER (got "PAYPAL")' }]);
  });

  it('a refund without a currency fails', async () => {
    const refund = { externalReference: 'RMA-1', amount: 1, plannedDate: '01-05-2030' };
    expect((await schemas.RefundInput['~standard'].validate(refund)).issues).toEqual([{ path: ['currency'], message: 'is required' }]);
  });
});
