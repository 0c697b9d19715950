// The peers our clients are measured against: other HTTP clients a user could pick for the same
// Komfortkasse calls. Each is its package's documented way to make a JSON GET and POST, with the
// package's defaults for retries and timeouts (listed in `defaults`). One list serves every section
// (overhead, size, import time, construction): to add a peer, add an entry and pin its package as an
// exact devDependency of bench/ (it must run on the Node version of the repository).
//
//   load()                            imports the package as a user would
//   build(module, { baseUrl, headers, fetch })
//                                     a client of `baseUrl` sending `headers` on every call; `fetch`,
//                                     when given, is used instead of the global one (peers that cannot
//                                     take one ignore it: see `customFetch`)
//   get(client, path) / post(client, path, body)
//                                     resolve with the parsed JSON body, reject on a non-2xx status
//   bundle                            the import a user's bundle would start from (size section)

export const PEERS = [
  {
    name: 'openai',
    label: 'openai (Stainless)',
    defaults: 'retries (2), timeout 10 min',
    customFetch: true,
    load: () => import('openai'),
    // The SDK sends `Authorization: Bearer <apiKey>`; null in defaultHeaders removes it, since the
    // Komfortkasse key travels in its own header.
    build: ({ default: OpenAI }, { baseUrl, headers, fetch }) =>
      new OpenAI({ apiKey: 'unused', baseURL: baseUrl, defaultHeaders: { ...headers, Authorization: null }, ...(fetch && { fetch }) }),
    get: (client, path) => client.get(path),
    post: (client, path, body) => client.post(path, { body }),
    bundle: "export { default } from 'openai';",
  },
  {
    name: '@octokit/core',
    label: '@octokit/core',
    defaults: 'no retries or timeout (plugins)',
    customFetch: true,
    load: () => import('@octokit/core'),
    // Octokit takes no default headers; `request.defaults` is its way to set them for every call.
    build: ({ Octokit }, { baseUrl, headers, fetch }) =>
      new Octokit({ baseUrl, userAgent: headers['User-Agent'], ...(fetch && { request: { fetch } }) }).request.defaults({ headers }),
    get: async (request, path) => (await request(`GET ${path}`)).data,
    // `data` is the whole JSON body; Octokit would otherwise send `application/json; charset=utf-8`.
    post: async (request, path, body) => (await request(`POST ${path}`, { data: body, headers: { 'content-type': 'application/json' } })).data,
    bundle: "export { Octokit } from '@octokit/core';",
  },
  {
    name: 'ky',
    label: 'ky',
    defaults: 'retries (2, GET only), timeout 10 s',
    customFetch: true,
    load: () => import('ky'),
    build: ({ default: ky }, { baseUrl, headers, fetch }) => ky.create({ prefixUrl: baseUrl, headers, ...(fetch && { fetch }) }),
    get: (client, path) => client.get(path.slice(1)).json(),
    post: (client, path, body) => client.post(path.slice(1), { json: body }).json(),
    bundle: "export { default } from 'ky';",
  },
  {
    name: 'ofetch',
    label: 'ofetch',
    defaults: 'retries (1, GET only), no timeout',
    customFetch: true,
    load: () => import('ofetch'),
    build: ({ createFetch }, { baseUrl, headers, fetch }) =>
      createFetch({ fetch: fetch ?? globalThis.fetch, Headers: globalThis.Headers, AbortController: globalThis.AbortController }).create({
        baseURL: baseUrl,
        headers,
      }),
    get: (client, path) => client(path),
    post: (client, path, body) => client(path, { method: 'POST', body }),
    bundle: "export { ofetch } from 'ofetch';",
  },
  {
    name: 'axios',
    label: 'axios (node:http adapter)',
    defaults: 'no retries, no timeout',
    // Its Node default sends with node:http's keep-alive agent, not fetch; that is what its users get.
    customFetch: false,
    load: () => import('axios'),
    build: ({ default: axios }, { baseUrl, headers }) => axios.create({ baseURL: baseUrl, headers }),
    get: async (client, path) => (await client.get(path)).data,
    post: async (client, path, body) => (await client.post(path, body)).data,
    bundle: "export { default } from 'axios';",
  },
  {
    name: '@hey-api/client-fetch',
    label: '@hey-api/client-fetch',
    defaults: 'no retries or timeout',
    customFetch: true,
    load: () => import('@hey-api/client-fetch'),
    build: ({ createClient, createConfig }, { baseUrl, headers, fetch }) => createClient(createConfig({ baseUrl, headers, ...(fetch && { fetch }) })),
    get: (client, path) => heyApiData(client.get({ url: path })),
    post: (client, path, body) => heyApiData(client.post({ url: path, body })),
    bundle: "export { createClient, createConfig } from '@hey-api/client-fetch';",
  },
];

async function heyApiData(call) {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new Error(`@hey-api/client-fetch: ${response.status}`);
  return data;
}

/** Every peer with its package imported, for the sections that run them in-process. */
export async function loadPeers() {
  return Promise.all(PEERS.map(async (peer) => ({ peer, module: await peer.load() })));
}
