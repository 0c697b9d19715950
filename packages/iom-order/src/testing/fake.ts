import {
  type FakeAnswer,
  type FakeCall,
  FakeClock,
  type FakeServer,
  type SpecIssue,
  type SpecRequest,
  createFakeServer,
  expandPath,
} from '@shopclients/core/testing';
import type { ChangeRequestStatus, ChangeRequestView, Order, OrderState } from '@shopclients/iom-order-types';
import { type ModifiedSince, type StoredIomOrder, modifiedOrderStates, orderState, searchOrderStates } from './order-states.js';
import { type OperationId, operations, validateRequest, validateResponse } from '@shopclients/iom-order-types/validators';

/** Basic credentials or a bearer token, as the client's `auth` option takes them. */
export type FakeIomAuth = { username: string; password: string } | { token: string };

export interface FakeIomOptions {
  /** The shops the credentials may use (default `[1000]`); any other shop is answered 403. */
  shopIds?: readonly number[] | undefined;
  /** The credentials the fake accepts (default basic `fake-iom-user` / `fake-iom-password`). */
  auth?: FakeIomAuth | undefined;
  /** The base URL the in-process `fetch` serves (default `https://iom.fake/rest/order-service`). */
  baseUrl?: string | undefined;
  /** Where the fake's clock starts (default: the real time when the fake is created). It stands still until moved. */
  now?: Date | number | string | undefined;
  /** Status of a new order and its positions (default `STATE_CREATED`; the docs name no initial status). */
  initialStatus?: string | undefined;
  /**
   * Whether `getModifiedOrderStates` answers the orders at exactly `minCursor` again (default `true`).
   * The vendor does not say which a real IOM does, so a client must work either way; `true` is the
   * harder case (the last order of a page comes again at the start of the next).
   */
  minCursorInclusive?: boolean | undefined;
}

export interface ShopOption {
  /** The shop (default: the first of `shopIds`). */
  shopId?: number | undefined;
}

export interface FakeIom extends Omit<FakeServer<OperationId>, 'process'> {
  readonly auth: FakeIomAuth;
  readonly shopIds: readonly number[];
  /** The first of `shopIds`, for the client's `shopId` option. */
  readonly shopId: number;
  readonly clock: FakeClock;
  /**
   * The stored order, or `undefined`.
   * @example
   * ```ts
   * await iom.orders.create(order);
   * console.log(fake.order(order.shopOrderNumber) !== undefined); // true
   * ```
   */
  order(shopOrderNumber: string, options?: ShopOption): Order | undefined;
  /**
   * The order as the order-state search shows it.
   * @example
   * ```ts
   * await iom.orders.create(order);
   * console.log(fake.orderState(order.shopOrderNumber).status); // 'STATE_CREATED'
   * ```
   */
  orderState(shopOrderNumber: string, options?: ShopOption): OrderState;
  /**
   * IOM's processing moved the order on: sets its status, and the given positions' (by position number).
   * @example
   * ```ts
   * fake.setOrderStatus(order.shopOrderNumber, 'STATE_DISPATCHED', { positions: { 1: 'STATE_DISPATCHED' } });
   * const page = await iom.orderStates.search({ statuses: ['STATE_DISPATCHED'] });
   * console.log(page.meta?.totalCount); // 1
   * ```
   */
  setOrderStatus(shopOrderNumber: string, status: string, options?: ShopOption & { positions?: Record<number, string> | undefined }): OrderState;
  /**
   * The stored change request with the changed order.
   * @example
   * ```ts
   * await iom.changeRequests.create(order.shopOrderNumber, { changeRequestId: 'CR-1', changeRequest: { ...order, shopOrderUpdateDate: '2026-03-11T08:00:00Z' } });
   * console.log(fake.changeRequest(order.shopOrderNumber, 'CR-1').status); // 'OPEN'
   * ```
   */
  changeRequest(shopOrderNumber: string, changeRequestId: string, options?: ShopOption): ChangeRequestView;
  /**
   * IOM processed a change request: `ACCEPTED`, `APPLIED` (the order becomes the changed order) or
   * `FAILED_TO_APPLY` (the order stays as it was).
   * @example
   * ```ts
   * fake.settleChangeRequest(order.shopOrderNumber, 'CR-1', 'APPLIED'); // the order becomes the changed order
   * console.log((await iom.changeRequests.get(order.shopOrderNumber, 'CR-1')).status); // 'APPLIED'
   * ```
   */
  settleChangeRequest(shopOrderNumber: string, changeRequestId: string, status: Exclude<ChangeRequestStatus, 'OPEN'>, options?: ShopOption): ChangeRequestView;
  /**
   * The modification cursor of the latest change the fake made (a decimal int64), e.g. to start a feed after it.
   * @example
   * ```ts
   * const cursor = fake.latestCursor();
   * for await (const page of iom.orderStates.changes({ cursor })) console.log(page.states.length);
   * ```
   */
  latestCursor(): string;
  /**
   * Forgets every order, change request, fault and recorded call. The cursor keeps growing, as IOM's does.
   * @example
   * ```ts
   * fake.reset(); // e.g. in afterEach: the next test starts with an empty IOM
   * ```
   */
  reset(): void;
}

interface StoredChangeRequest {
  view: ChangeRequestView;
}

interface Shop {
  orders: Map<string, StoredIomOrder & { changeRequests: Map<string, StoredChangeRequest> }>;
}

const EXCLUDABLE = new Set(['changeRequest', 'updateDate']);

/**
 * A stateful in-memory IOM Order API 2.4, for tests of code that uses `@shopclients/iom-order`.
 * @example
 * ```ts
 * import { IomOrders } from '@shopclients/iom-order';
 * import { createFakeIom } from '@shopclients/iom-order/testing';
 *
 * const fake = createFakeIom({ shopIds: [1000, 2000], now: '2026-03-10T09:00:00Z' });
 * const iom = new IomOrders({ baseUrl: fake.baseUrl, auth: fake.auth, shopId: fake.shopId, fetch: fake.fetch });
 * ```
 */
export function createFakeIom(options: FakeIomOptions = {}): FakeIom {
  const auth = options.auth ?? { username: 'fake-iom-user', password: 'fake-iom-password' };
  const shopIds = options.shopIds ?? [1000];
  if (shopIds.length === 0 || !shopIds.every((id) => Number.isSafeInteger(id) && id >= 0)) throw new TypeError('shopIds must list whole numbers ≥ 0');
  const initialStatus = options.initialStatus ?? 'STATE_CREATED';
  const clock = new FakeClock(options.now);
  let shops = new Map<number, Shop>();
  let sequence = 0;
  const minCursorInclusive = options.minCursorInclusive ?? true;
  if (typeof minCursorInclusive !== 'boolean') throw new TypeError('minCursorInclusive must be true or false');
  // IOM's cursor "is a simple long value increased with any change on any order state; it is hence
  // volatile, has gaps": one counter for all shops, grown by 1 to 4 per change (a fixed cycle, so
  // tests are repeatable), never reset.
  let cursor = 20_000n;
  let changes = 0;
  const GAPS = [1n, 3n, 2n, 4n];
  const changed = (stored: { cursor: bigint; modifiedAt: string }) => {
    cursor += GAPS[changes++ % GAPS.length] as bigint;
    stored.cursor = cursor;
    stored.modifiedAt = clock.now().toISOString();
  };
  const expected = 'token' in auth ? `Bearer ${auth.token}` : `Basic ${btoa(`${auth.username}:${auth.password}`)}`;
  const creator = 'token' in auth ? 'token' : auth.username;

  const shop = (shopId: number): Shop => {
    let found = shops.get(shopId);
    if (!found) shops.set(shopId, (found = { orders: new Map() }));
    return found;
  };
  const report = (errors: { message: string; value?: Record<string, unknown> }[]): FakeAnswer => ({
    status: 400,
    body: { status: 400, errors: errors.map((entry) => ({ code: 'VALIDATION_EXCEPTION', ...entry })) },
  });

  function handle(call: FakeCall<OperationId>): FakeAnswer {
    const shopId = call.path.shopId as number;
    if (!shopIds.includes(shopId)) return { status: 403 };
    const orders = shop(shopId).orders;
    const number = typeof call.path.shopOrderNumber === 'string' ? call.path.shopOrderNumber : '';
    const stored = orders.get(number);
    const excludes = Array.isArray(call.query.excludes) ? (call.query.excludes as string[]) : [];
    switch (call.operationId) {
      case 'createOrder': {
        if (!isObject(call.body) || typeof call.body.shopOrderNumber !== 'string') return report([{ message: "Attribute 'shopOrderNumber' is mandatory." }]);
        const order = call.body as unknown as Order;
        if (orders.has(order.shopOrderNumber)) {
          return report([
            {
              message: `An order with shopOrderNumber '${order.shopOrderNumber}' already exists in shop ${shopId}.`,
              value: { shopOrderNumber: order.shopOrderNumber },
            },
          ]);
        }
        const { shopOrderUpdateDate: _ignoredOnCreate, ...kept } = order;
        const created = {
          order: sortedByNumber(kept as Order),
          status: initialStatus,
          positionStatuses: new Map(),
          sequence: ++sequence,
          cursor: 0n,
          modifiedAt: '',
          changeRequests: new Map(),
        };
        changed(created);
        orders.set(order.shopOrderNumber, created);
        return {
          status: 201,
          headers: { location: `${call.base}${expandPath(operations.getOrder.path, { shopId, shopOrderNumber: order.shopOrderNumber })}` },
        };
      }
      case 'getOrder':
        return stored ? ok(stored.order) : { status: 404 };
      case 'getChangeRequestViewList':
        return stored ? ok([...stored.changeRequests.values()].map(({ view }) => without(view, excludes))) : { status: 404 };
      case 'getChangeRequest': {
        const found = stored?.changeRequests.get(String(call.path.changeRequestId));
        return found ? ok(without(found.view, excludes)) : { status: 404 };
      }
      case 'createChangeRequest': {
        if (!stored) return report([{ message: `Order '${number}' does not exist in shop ${shopId}.`, value: { shopOrderNumber: number } }]);
        const body = isObject(call.body) ? call.body : {};
        const changed = body.changeRequest as Order | undefined;
        const id = body.changeRequestId;
        if (typeof id !== 'string' || !isObject(changed)) return report([{ message: "Attributes 'changeRequestId' and 'changeRequest' are mandatory." }]);
        if (changed.shopOrderNumber !== number) {
          return report([
            { message: 'shopOrderNumber of the change request must be equal to the origin order.', value: { shopOrderNumber: changed.shopOrderNumber } },
          ]);
        }
        if (stored.changeRequests.has(id))
          return report([{ message: `Order '${number}' already has a change request '${id}'.`, value: { changeRequestId: id } }]);
        const view: ChangeRequestView = {
          changeRequestId: id,
          creator,
          creationDate: clock.now().toISOString(),
          status: 'OPEN',
          changeRequest: sortedByNumber(changed),
        };
        stored.changeRequests.set(id, { view });
        return {
          status: 201,
          headers: { location: `${call.base}${expandPath(operations.getChangeRequest.path, { shopId, shopOrderNumber: number, changeRequestId: id })}` },
        };
      }
      case 'getOrderStatesBySortCriterias':
        return ok(searchOrderStates([...orders.values()], call.query));
      case 'getModifiedOrderStates': {
        // Exact: a cursor beyond 2^53 has lost digits in the typed query.
        const minCursor = call.url.searchParams.get('minCursor');
        const modifiedSince = call.query.modifiedSince;
        // "Only one of the two query parameters must be set": read as exactly one, like the client.
        if ((minCursor === null) === (typeof modifiedSince !== 'string')) {
          return report([{ message: "Exactly one of the query parameters 'modifiedSince' and 'minCursor' must be set." }]);
        }
        const since: ModifiedSince =
          minCursor === null ? { modifiedSince: modifiedSince as string } : { minCursor: BigInt(minCursor), inclusive: minCursorInclusive };
        const limit = typeof call.query.limit === 'number' ? call.query.limit : 50;
        return ok(modifiedOrderStates([...orders.values()], since, limit));
      }
    }
  }

  const server = createFakeServer<OperationId>({
    operations,
    validateRequest,
    validateResponse,
    baseUrl: options.baseUrl ?? 'https://iom.fake/rest/order-service',
    authenticate: (headers) => (headers.get('authorization') === expected ? undefined : { status: 401 }),
    invalidRequest: (_, issues, request) => report(issues.map((issue) => describeIssue(issue, request))),
    unsupportedMediaType: () => ({ status: 415 }),
    unknownRoute: () => ({ status: 404 }),
    // Only a 400 has a documented body (an ErrorReport); the other statuses are answered without one.
    faultAnswer: (status) => (status === 400 ? report([{ message: 'Request rejected (fault planned by the test).' }]) : { status }),
    handle,
  });

  const find = (shopOrderNumber: string, shopOption?: ShopOption) => {
    const shopId = shopOption?.shopId ?? (shopIds[0] as number);
    const stored = shop(shopId).orders.get(shopOrderNumber);
    if (!stored) throw new Error(`The fake IOM has no order ${JSON.stringify(shopOrderNumber)} in shop ${shopId}; create it first`);
    return stored;
  };
  const findChangeRequest = (shopOrderNumber: string, changeRequestId: string, shopOption?: ShopOption) => {
    const found = find(shopOrderNumber, shopOption).changeRequests.get(changeRequestId);
    if (!found) throw new Error(`Order ${shopOrderNumber} has no change request ${JSON.stringify(changeRequestId)}`);
    return found;
  };

  const { process: _process, ...served } = server;
  return {
    ...served,
    auth,
    shopIds,
    shopId: shopIds[0] as number,
    clock,
    order: (shopOrderNumber, shopOption) => shop(shopOption?.shopId ?? (shopIds[0] as number)).orders.get(shopOrderNumber)?.order,
    orderState: (shopOrderNumber, shopOption) => orderState(find(shopOrderNumber, shopOption)),
    setOrderStatus(shopOrderNumber, status, settings) {
      const stored = find(shopOrderNumber, settings);
      stored.status = status;
      for (const [position, positionStatus] of Object.entries(settings?.positions ?? {})) stored.positionStatuses.set(Number(position), positionStatus);
      changed(stored);
      return orderState(stored);
    },
    changeRequest: (shopOrderNumber, changeRequestId, shopOption) => findChangeRequest(shopOrderNumber, changeRequestId, shopOption).view,
    settleChangeRequest(shopOrderNumber, changeRequestId, status, shopOption) {
      const found = findChangeRequest(shopOrderNumber, changeRequestId, shopOption);
      found.view = { ...found.view, status, updateDate: clock.now().toISOString() };
      if (status === 'APPLIED' && found.view.changeRequest) {
        const stored = find(shopOrderNumber, shopOption);
        stored.order = found.view.changeRequest;
        changed(stored);
      }
      return found.view;
    },
    latestCursor: () => String(cursor),
    reset() {
      shops = new Map();
      server.clearFaults();
      server.calls.length = 0;
      server.specViolations.length = 0;
    },
  };
}

function ok(body: unknown): FakeAnswer {
  return { status: 200, body };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function without(view: ChangeRequestView, excludes: readonly string[]): ChangeRequestView {
  return Object.fromEntries(Object.entries(view).filter(([name]) => !(EXCLUDABLE.has(name) && excludes.includes(name)))) as unknown as ChangeRequestView;
}

/** Buckets, positions and charges as IOM returns them: sorted by `number`, those without one last. */
function sortedByNumber(order: Order): Order {
  return {
    ...order,
    ...(order.sales.charges ? { sales: { ...order.sales, charges: byNumber(order.sales.charges) } } : {}),
    shippingBuckets: byNumber(order.shippingBuckets).map((bucket) => ({
      ...bucket,
      ...(bucket.charges ? { charges: byNumber(bucket.charges) } : {}),
      positions: byNumber(bucket.positions),
    })),
  };
}

function byNumber<T extends { number?: string | number | undefined }>(items: readonly T[]): T[] {
  const key = (item: T) => (item.number === undefined || item.number === '' ? undefined : String(item.number));
  return [...items].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    return x.localeCompare(y, 'en', { numeric: true });
  });
}

/** One `ErrorReport` entry in the vendor's words: "Attribute 'x.y' is mandatory.", "Query parameter 'limit' …". */
function describeIssue(issue: SpecIssue, request: SpecRequest): { message: string; value: Record<string, unknown> } {
  const [part, ...rest] = issue.path;
  const where = rest
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  const label = part === 'query' ? 'Query parameter' : part === 'path' ? 'Path parameter' : 'Attribute';
  const received = rest.reduce<unknown>(
    (value, segment) => (isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined),
    request[part as keyof SpecRequest],
  );
  return {
    message: `${label} '${where || 'body'}' ${issue.message}.`,
    value: { path: where, rule: issue.rule, ...(received === undefined ? {} : { received }) },
  };
}
