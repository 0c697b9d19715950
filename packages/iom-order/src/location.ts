/** The order a `createOrder` answer's `Location` header names. */
export interface CreatedOrder {
  /** The header as the server sent it (an absolute URL or a path), or the URL a reconciled order was read from. */
  location: string;
  shopOrderNumber: string;
  /** Set when the answer was lost and the order was found by reading it back by its `shopOrderNumber`. */
  reconciled?: true;
}

/** The change request a `createChangeRequest` answer's `Location` header names. */
export interface CreatedChangeRequest {
  /** The header as the server sent it (an absolute URL or a path), or the URL a reconciled change request was read from. */
  location: string;
  shopOrderNumber: string;
  changeRequestId: string;
  /** Set when the answer was lost and the change request was found by reading it back by its `changeRequestId`. */
  reconciled?: true;
}

const ORDER_PATH = /\/orders\/([^/]+)\/?$/;
const CHANGE_REQUEST_PATH = /\/orders\/([^/]+)\/change-requests\/([^/]+)\/?$/;

/** Reads the order from a `Location` (relative ones resolve against `base`), or `undefined` if it names none. */
export function parseOrderLocation(location: string, base: string): CreatedOrder | undefined {
  const segments = pathSegments(location, base, ORDER_PATH);
  return segments && { location, shopOrderNumber: segments[0] as string };
}

/** Reads the change request from a `Location` (relative ones resolve against `base`), or `undefined` if it names none. */
export function parseChangeRequestLocation(location: string, base: string): CreatedChangeRequest | undefined {
  const segments = pathSegments(location, base, CHANGE_REQUEST_PATH);
  return segments && { location, shopOrderNumber: segments[0] as string, changeRequestId: segments[1] as string };
}

function pathSegments(location: string, base: string, pattern: RegExp): string[] | undefined {
  if (!URL.canParse(location, base)) return undefined;
  const match = pattern.exec(new URL(location, base).pathname);
  if (!match) return undefined;
  try {
    return match.slice(1).map(decodeURIComponent);
  } catch {
    return undefined; // a malformed percent escape
  }
}
