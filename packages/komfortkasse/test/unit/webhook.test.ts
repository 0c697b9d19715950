import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, parsePaymentStatusWebhook } from '../../src/index.js';
import { spec } from '../contract/mock-client.js';

const order = spec.responseExample('getOrder', 200) as Record<string, unknown>;

describe('parsePaymentStatusWebhook', () => {
  it('reads the raw body as text, bytes or parsed JSON', () => {
    const text = JSON.stringify(order);
    expect(parsePaymentStatusWebhook(text)).toEqual(order);
    expect(parsePaymentStatusWebhook(new TextEncoder().encode(text))).toEqual(order);
    expect(parsePaymentStatusWebhook(order)).toEqual(order);
  });

  it.each([
    ['not JSON', '{"number":', 'payload'],
    ['an array', '[]', 'payload'],
    ['no order number', JSON.stringify({ ...order, number: undefined }), 'payload.number'],
    ['an unknown status', JSON.stringify({ ...order, paymentStatus: 'MAYBE' }), 'payload.paymentStatus'],
  ])('refuses %s', (_, payload, argument) => {
    const error = (() => {
      try {
        parsePaymentStatusWebhook(payload);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
  });
});
