import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ApiError, NotFoundError } from '../src/errors.js';

function notFound(cause?: unknown) {
  return new NotFoundError('getOrder: 404 Not Found', {
    operation: 'getOrder',
    request: { method: 'GET', url: 'https://api.example/orders/4711' },
    status: 404,
    body: { error: 'no such order' },
    headers: new Headers({ 'content-type': 'application/json', 'x-request-id': 'req-42', 'set-cookie': 'session=abc123' }),
    details: [{ message: 'no such order' }],
    cause,
  });
}

describe('ApiError under util.inspect and console.log', () => {
  it('prints the stack, then status, operation, request id, request, headers as a plain object, details and body', () => {
    const text = inspect(notFound(), { depth: 4, colors: false });
    expect(text).toMatch(/^NotFoundError: getOrder: 404 Not Found\n\s+at /);
    expect(text).toContain('status: 404');
    expect(text).toContain("operation: 'getOrder'");
    expect(text).toContain("requestId: 'req-42'");
    expect(text).toContain("request: 'GET https://api.example/orders/4711'");
    expect(text).toContain("'content-type': 'application/json'");
    expect(text).toContain("details: [ { message: 'no such order' } ]");
    expect(text).toContain("body: { error: 'no such order' }");
    expect(text).not.toContain('Headers {');
  });

  it('masks credential headers and leaves out a missing cause', () => {
    const text = inspect(notFound());
    expect(text).toContain("'set-cookie': '[REDACTED]'");
    expect(text).not.toContain('abc123');
    expect(text).not.toContain('cause');
  });

  it('prints the cause when there is one, and works for the base class', () => {
    const text = inspect(
      new ApiError('listOrders: connection reset', {
        operation: 'listOrders',
        request: { method: 'GET', url: 'https://api.example/orders' },
        cause: new Error('ECONNRESET'),
      }),
    );
    expect(text).toMatch(/^ApiError: listOrders: connection reset/);
    expect(text).toContain('status: undefined');
    expect(text).toContain('headers: {}');
    expect(text).toMatch(/cause: Error: ECONNRESET/);
  });
});
