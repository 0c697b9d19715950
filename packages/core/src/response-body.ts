import { requireNumber } from './arguments.js';
import { InvalidResponseError, type RequestSummary } from './errors.js';
import { redactHeaderValues } from './redact.js';

/** The default cap on a response body: far above any page these APIs send, far below what breaks a process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
// V8's longest string (2^29 - 24 UTF-16 units): a larger body could not be decoded as text anyway.
const LARGEST_READABLE_BODY = 2 ** 29 - 24;

/** Checks a `maxResponseBytes` option. */
export function requireMaxResponseBytes(argument: string, value: number): number {
  return requireNumber(argument, value, { integer: true, min: 1, max: LARGEST_READABLE_BODY });
}

/** A response that cannot be used, whatever its body: what `readResponseBody` throws. */
export class UnusableResponse extends Error {
  constructor(
    readonly problem: string,
    readonly response: Response | undefined,
  ) {
    super(problem);
  }

  /** The `InvalidResponseError` to throw for it. */
  toError(context: { operation: string; request: RequestSummary; attempts: number; redact: (text: string) => string }): InvalidResponseError {
    const status = this.response && isStatus(this.response.status) ? this.response.status : undefined;
    return new InvalidResponseError(`${context.operation}: ${this.problem} (${context.request.method} ${context.request.url})`, {
      operation: context.operation,
      request: context.request,
      status,
      headers: this.response?.headers && redactHeaderValues(this.response.headers, context.redact),
      attempts: context.attempts,
    });
  }
}

/**
 * The whole body of what a fetch returned, as bytes, at most `maxBytes` of them after decoding
 * (`Content-Encoding` is undone by fetch as the body streams in). Counts while reading and cancels
 * the stream once past the cap, so a small compressed answer that inflates to gigabytes costs no
 * more than the cap. Also refuses what is no HTTP response a `Response` can hold, such as the
 * status 0 of `Response.error()` from a custom fetch.
 */
export async function readResponseBody(response: Response, maxBytes: number): Promise<ArrayBuffer> {
  if (typeof response !== 'object' || response === null || !isStatus(response.status)) {
    const status = typeof response === 'object' && response !== null ? response.status : undefined;
    throw new UnusableResponse(`the fetch returned ${status === undefined ? 'no response' : `status ${String(status)}, outside 200–599`}`, undefined);
  }
  if (response.body === null) return new ArrayBuffer(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw new UnusableResponse(`the response body exceeds maxResponseBytes (${maxBytes} bytes)`, response);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body.buffer;
}

function isStatus(status: unknown): status is number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 200 && status <= 599;
}

/** A body as text, exactly as `Response.text()` would read it (UTF-8, BOM dropped, bad bytes replaced). */
export function decodeBody(body: ArrayBuffer): string {
  // decode() without { stream: true } keeps no state between calls, so one decoder serves all; made
  // on first use, not at import.
  TEXT ??= new TextDecoder();
  return TEXT.decode(body);
}

let TEXT: TextDecoder | undefined;
