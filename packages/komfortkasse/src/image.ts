import type { ImageType, PaymentImage } from '@shopclients/komfortkasse-types';

/** A payment image with its PNG bytes decoded. */
export interface DecodedPaymentImage {
  /** Which image it is, as the server says (the reference marks it optional). */
  type: ImageType | undefined;
  /** The image format, as the server says: `png`. */
  format: PaymentImage['format'];
  /** The image file's bytes. */
  data: Uint8Array;
}

/**
 * The bytes of a Base64 text, or `undefined` if it is none. Decoded with `atob`, which every runtime
 * the clients support has (Node's `Buffer` is not everywhere).
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
