// The in-memory fetch of the overhead and start-up sections, in a module of its own: it imports none
// of the clients, so a fresh process can load it before timing a client's first call.
import { cannedRoutes } from './server.mjs';

/**
 * A fetch that never leaves the process: it accepts the request as undici's fetch does (a Request
 * is built from its arguments, and a body is read) and answers with the canned response, which is
 * built fresh each time from bytes serialised once. With it, the cost of each variant is the
 * client's own work, without the network, the server or undici's connection handling.
 */
export function inMemoryFetch() {
  const route = cannedRoutes();
  return async (input, init) => {
    // As undici's fetch does, also when given a Request.
    const request = new Request(input, init);
    if (request.body) await request.arrayBuffer();
    const { status, headers, body } = route(request.method, new URL(request.url));
    return new Response(body, { status, headers });
  };
}
