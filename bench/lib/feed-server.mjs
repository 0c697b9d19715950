// The change feed's server: IOM getModifiedOrderStates over FEED_TOTAL modified orders, on 127.0.0.1
// (port 0) in a process of its own. Order i sits at cursor FIRST_CURSOR + 3i + (i mod 2): gaps of 3
// and 4, as a real cursor has them. Each state is the spec's example state renumbered. `minCursor`
// is inclusive or exclusive as the controls set it (default exclusive); `limit` is capped at 10,000
// as in the spec, so an answer is bounded. The last few pages are kept, so the walk measures the
// client rather than the serialisation.
import { createServer } from 'node:http';
import { forkServer, serveToParent } from './child-server.mjs';
import { responseExample } from './examples.mjs';

export const FEED_SHOP_ID = 4343;
export const FEED_TOTAL = 100_000;
const FIRST_CURSOR = 7_000_000;
const MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';

export const cursorOf = (index) => FIRST_CURSOR + 3 * index + (index % 2);
export const orderNumber = (index) => `FEED-${String(index).padStart(6, '0')}`;

/** Starts the server in a child process: its URL, `mode(inclusive)`, `requests()` (count since the last call), `close()`. */
export async function startFeedServer() {
  const { url, ask, close } = await forkServer(import.meta.url, 'feed server');
  return {
    url,
    mode: (inclusive) => ask(inclusive ? 'inclusive' : 'exclusive'),
    requests: async () => (await ask('requests')).count,
    close,
  };
}

/** The first order at or after (inclusive) or after (exclusive) `cursor`. */
function firstIndex(cursor, inclusive) {
  let [low, high] = [0, FEED_TOTAL];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (inclusive ? cursorOf(middle) >= cursor : cursorOf(middle) > cursor) high = middle;
    else low = middle + 1;
  }
  return low;
}

function serve() {
  const state = responseExample('iom-order', 'getModifiedOrderStates', 200, MEDIA_TYPE, 'onePage').data[0];
  state.shopOrderNumber = '@@N@@';
  const [head, tail] = JSON.stringify(state).split('"@@N@@"');
  const recent = new Map();
  let inclusive = false;
  let count = 0;

  const page = (from, limit) => {
    const key = `${from}/${limit}`;
    let answer = recent.get(key);
    if (!answer) {
      const to = Math.min(from + limit, FEED_TOTAL);
      const parts = [];
      for (let index = from; index < to; index++) parts.push(`${head}"${orderNumber(index)}"${tail}`);
      const cursors = to > from ? `,"minCursor":${cursorOf(from)},"maxCursor":${cursorOf(to - 1)}` : '';
      const body = Buffer.from(`{"data":[${parts.join(',')}],"meta":{"totalCount":${FEED_TOTAL - from},"pageSize":${to - from}${cursors}}}`);
      answer = { status: 200, body, headers: { 'content-type': MEDIA_TYPE, 'content-length': String(body.length) } };
      recent.set(key, answer);
      if (recent.size > 4) recent.delete(recent.keys().next().value);
    }
    return answer;
  };

  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      count++;
      const url = new URL(request.url, 'http://127.0.0.1');
      const limit = Math.min(Number(url.searchParams.get('limit') ?? 50), 10_000);
      const minCursor = url.searchParams.get('minCursor');
      const ok = url.pathname === `/iom/shops/${FEED_SHOP_ID}/order-states/modified` && Number.isInteger(limit) && limit >= 1;
      if (!ok) {
        response.writeHead(404).end();
        return;
      }
      const answer = page(minCursor === null ? 0 : firstIndex(Number(minCursor), inclusive), limit);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    });
  });
  const mode = (value) => () => {
    inclusive = value;
    recent.clear();
  };
  serveToParent(server, {
    inclusive: mode(true),
    exclusive: mode(false),
    requests: () => {
      const served = count;
      count = 0;
      return { count: served };
    },
  });
}

if (process.argv.includes('--serve')) serve();
