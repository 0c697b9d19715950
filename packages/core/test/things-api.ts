// A small API for core's own tests: its openapi-typescript types, its operation table and policies,
// and a client factory. Each test overrides only the config or policies it is about.
import type { Policy } from '../src/index.js';
import { ApiClient, type ApiClientConfig, type OperationTable } from '../src/internal.js';

type Headers = { [name: string]: unknown };
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type IdParameter = { query?: never; header?: never; path: { id: string }; cookie?: never };
type Json<T> = { headers: Headers; content: { 'application/json': T } };

interface GetThing {
  parameters: IdParameter;
  requestBody?: never;
  responses: { 200: Json<{ id: string; ref?: string }>; default: Json<{ error: string }> };
}
interface PostThing {
  parameters: IdParameter;
  requestBody: { content: { 'application/json': { name: string; ref?: string } } };
  responses: { 200: Json<{ id: string }> };
}
interface ListThings {
  parameters: NoParameters;
  requestBody?: never;
  responses: { 200: Json<unknown[]> };
}
interface SaveThing {
  parameters: NoParameters;
  requestBody: { content: { 'application/json': { name: string } } };
  responses: { 200: Json<{ name: string }> };
}

export interface ThingOperations {
  getThing: GetThing;
  createThing: PostThing;
  uploadThing: PostThing;
  syncThings: GetThing;
  listThings: ListThings;
  saveThing: SaveThing;
}

export interface ThingPaths {
  '/things/{id}': { parameters: IdParameter; get: GetThing; post: PostThing };
  '/things': { parameters: NoParameters; get: ListThings; post: SaveThing };
}

export type ThingId = keyof ThingOperations;

const json = ['application/json'];
const ID = [{ name: 'id', in: 'path', required: true, type: 'string', explode: false }] as const;
const POST_THING = {
  method: 'post',
  path: '/things/{id}',
  parameters: ID,
  requestMediaType: 'application/json',
  bodyRequired: true,
  responses: { 200: json },
} as const;
export const THING_TABLE = {
  getThing: {
    method: 'get',
    path: '/things/{id}',
    parameters: ID,
    responses: { 200: json, default: json },
  },
  createThing: POST_THING,
  uploadThing: POST_THING,
  syncThings: {
    method: 'get',
    path: '/things/{id}',
    parameters: ID,
    responses: { 200: json },
  },
  listThings: { method: 'get', path: '/things', parameters: [], responses: { 200: json } },
  saveThing: { method: 'post', path: '/things', parameters: [], requestMediaType: 'application/json', bodyRequired: true, responses: { 200: json } },
} as const satisfies OperationTable;

export const THING_POLICIES: { [Id in ThingId]: Policy<ThingId> } = {
  getThing: { methods: ['things.get'], safeToRepeat: true },
  createThing: { methods: ['things.create'], safeToRepeat: false },
  uploadThing: { methods: ['things.upload'], safeToRepeat: false, emptySuccess: true },
  syncThings: { methods: ['things.sync'], safeToRepeat: false, minTimeoutMs: 150 },
  listThings: { methods: ['things.list'], safeToRepeat: true },
  saveThing: { methods: ['things.save'], safeToRepeat: true },
};

export type ThingClient = ApiClient<ThingPaths, ThingOperations>;
export type ThingConfig = Partial<Omit<ApiClientConfig<ThingId>, 'policies'>> & { policies?: Partial<{ [Id in ThingId]: Policy<ThingId> }> };

/** A client of the things API; `config` overrides the defaults, `config.policies` single policies. */
export function thingsClient(config: ThingConfig = {}): ThingClient {
  const { policies, ...rest } = config;
  return new ApiClient<ThingPaths, ThingOperations>({
    api: 'things',
    baseUrl: 'https://api.test/v1',
    userAgent: '@shopclients/test/1.2.3',
    credentialHeaders: {},
    secrets: [],
    operations: THING_TABLE,
    ...rest,
    policies: { ...THING_POLICIES, ...policies },
  });
}
