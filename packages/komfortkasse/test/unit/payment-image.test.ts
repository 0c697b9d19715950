import { describe, expect, it } from 'vitest';
import { InvalidResponseError, Komfortkasse } from '../../src/index.js';

const answering = (body: unknown) =>
  new Komfortkasse({ apiKey: 'image-test-key', baseUrl: 'https://kk.example.test/api/v2', fetch: async () => Response.json(body), maxRetries: 0 });

describe('orders.paymentImage', () => {
  it('decodes the Base64 without Buffer, byte for byte', async () => {
    const bytes = [0, 1, 127, 128, 254, 255];
    const image = await answering({ type: 'PAYMENTSLIPPRINT', format: 'png', data: btoa(String.fromCharCode(...bytes)) }).orders.paymentImage('1');
    expect([...image.data]).toEqual(bytes);
  });

  it.each([
    ['no data', { type: 'QRCODE', format: 'png' }],
    ['data that is no Base64', { type: 'QRCODE', format: 'png', data: '%%%not base64%%%' }],
  ])('an answer with %s is an InvalidResponseError, not an empty image', async (_, body) => {
    const error = await answering(body)
      .orders.paymentImage('1', { validateResponses: 'off' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain('getImage: the image came without Base64 `data`');
  });
});
