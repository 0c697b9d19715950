import { type ApiClient, type CallInit, NotFoundError, type Operation, type RequestCheck, type RequestOptions } from '@shopclients/core';
import type { paths } from '@shopclients/iom-order-types';

type SendCreate = (api: ApiClient<paths>['openapi'], init: CallInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Sends a create operation, which answers 201 with nothing but a `Location` header, and returns
 * what `parse` reads from that header. Throws `InvalidResponseError` when the header is missing or
 * names no such resource.
 */
export async function sendCreate<T>(
  http: ApiClient<paths>,
  operation: Operation,
  options: RequestOptions | undefined,
  send: SendCreate,
  parse: (location: string, base: string) => T | undefined,
  check: RequestCheck,
): Promise<T> {
  // The operations are declared `emptySuccess`: whatever body a server sends along with the 201 is
  // ignored, so a created resource never turns into an error over it.
  const result = await http.call(operation, options, send, check);
  const { response } = result;
  const location = response.headers.get('location');
  // The real URL: the redacted `result.request.url` is for output only.
  const created = location === null ? undefined : parse(location, result.url);
  if (created !== undefined) return created;
  const problem = location === null ? 'no Location header' : `a Location header that names no created resource: ${JSON.stringify(location)}`;
  // Say that the resource exists: a caller who retries a create after this error would create it twice.
  throw http.invalidResponse(operation, `the server created it (${response.status}) but answered with ${problem}`, result);
}

/**
 * Reads a created resource back for reconciliation: the URL it was read from (as `location`), or
 * `undefined` when the server answers 404. Any other failure means the read-back cannot tell.
 */
export async function readBackLocation(read: () => Promise<{ url: string }>): Promise<string | undefined> {
  try {
    const { url } = await read();
    return url.split('?')[0] as string;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
