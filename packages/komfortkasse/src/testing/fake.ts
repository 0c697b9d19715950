import { type FakeAnswer, type FakeCall, FakeClock, type FakeServer, type SpecIssue, createFakeServer } from '@shopclients/core/testing';
import type { BankAccount, Order, PaymentStatus, Posting, Refund } from '@shopclients/komfortkasse-types';
import { dayNumber, dayText, today } from './days.js';
import { type IncludeFlags, OrderBook, type StoredInvoice, type StoredOrder, cents, publicPosting } from './order-book.js';
import { type OperationId, operations, validateRequest, validateResponse } from '@shopclients/komfortkasse-types/validators';

export interface FakeKomfortkasseOptions {
  /** The API key the fake accepts (default `fake-komfortkasse-api-key`). */
  apiKey?: string | undefined;
  /** The base URL the in-process `fetch` serves (default `https://komfortkasse.fake/api/v2`). */
  baseUrl?: string | undefined;
  /** Where the fake's clock starts (default: the real time when the fake is created). It stands still until moved. */
  now?: Date | number | string | undefined;
  /** The account the fake tells customers to pay into. */
  bankAccount?: BankAccount | undefined;
}

/** What Komfortkasse would POST to the shop's callback URL: the order as `orders.get` reads it. */
export interface PaymentWebhook {
  /** The raw body, for `parsePaymentStatusWebhook(webhook.body)` or to POST to your own handler. */
  body: string;
  headers: { 'content-type': 'application/json' };
  order: Order;
}

export interface CustomerPayment {
  /** Amount paid (default: what is still open). Less than that makes the order PAID_PARTIAL. */
  amount?: number | undefined;
  originator?: string | undefined;
  /** Remittance text (default: the reference number and the order number). */
  text?: string | undefined;
}

export interface FakeKomfortkasse extends Omit<FakeServer<OperationId>, 'process'> {
  readonly apiKey: string;
  readonly clock: FakeClock;
  /**
   * The stored order with every list included, or `undefined` if the fake has none of that number.
   * @example
   * ```ts
   * await komfortkasse.orders.submit('1001', order);
   * console.log(fake.order('1001')?.paymentStatus); // 'UNPAID'
   * ```
   */
  order(orderNumber: string): Order | undefined;
  /**
   * The invoices uploaded for an order.
   * @example
   * ```ts
   * await komfortkasse.invoices.upload('1001', 'INV-1', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
   * console.log(fake.invoices('1001').map(({ invoiceNumber, filename }) => `${invoiceNumber}: ${filename}`)); // ['INV-1: INV-1.pdf']
   * ```
   */
  invoices(orderNumber: string): StoredInvoice[];
  /**
   * A customer's bank transfer arrives: a posting is assigned and the status follows the amount.
   * @example
   * ```ts
   * import { parsePaymentStatusWebhook } from '@shopclients/komfortkasse';
   *
   * const { webhook } = fake.customerPays('1001'); // the full amount; pass { amount } for a partial payment
   * console.log(parsePaymentStatusWebhook(webhook.body).paymentStatus); // 'PAID'
   * ```
   */
  customerPays(orderNumber: string, payment?: CustomerPayment): { posting: Posting; order: Order; webhook: PaymentWebhook };
  /**
   * The callback Komfortkasse would send about the order's current payment status.
   * @example
   * ```ts
   * // Replay the callback to your own handler, e.g. a local server under test:
   * const { body, headers } = fake.webhookFor('1001');
   * await fetch('http://127.0.0.1:3000/komfortkasse/callback', { method: 'POST', headers, body });
   * ```
   */
  webhookFor(orderNumber: string): PaymentWebhook;
  /**
   * The customer sends an IBAN: refunds waiting for bank details become NEW.
   * @example
   * ```ts
   * const refunds = fake.customerProvidesBankDetails('1001');
   * console.log(refunds.map(({ externalReference, status }) => `${externalReference}: ${status}`)); // ['RMA-1: NEW']
   * ```
   */
  customerProvidesBankDetails(orderNumber: string): Refund[];
  /**
   * The bank executes a refund: PROCESSED, and the order becomes REFUNDED or REFUNDED_PARTIAL.
   * @example
   * ```ts
   * const { refund, order: refunded } = fake.executeRefund('1001', 'RMA-1');
   * console.log(refund.status, refunded.paymentStatus); // 'PROCESSED' 'REFUNDED'
   * ```
   */
  executeRefund(orderNumber: string, externalReference: string): { refund: Refund; order: Order; webhook: PaymentWebhook };
  /**
   * Forgets every order, posting, refund, invoice, fault and recorded call.
   * @example
   * ```ts
   * fake.reset(); // e.g. in afterEach: the next test starts with an empty Komfortkasse
   * ```
   */
  reset(): void;
}

const DEFAULT_BANK_ACCOUNT: BankAccount = { iban: 'DE02120300000000202051', bic: 'BYLADEM1001', bankName: 'Fake Bank', remittee: 'Fake Shop GmbH' };
/** What the fake serves as every payment image: a valid 1×1 PNG, Base64-encoded (the fake draws no QR codes). */
const PLACEHOLDER_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
/** Whether the spec documents a 404 for the operation; where it does not, an unknown order is a 400. */
const documents404 = (operationId: OperationId) => '404' in operations[operationId].responses;

/**
 * A stateful in-memory Komfortkasse API v2, for tests of code that uses `@shopclients/komfortkasse`.
 * @example
 * ```ts
 * import { Komfortkasse } from '@shopclients/komfortkasse';
 * import { createFakeKomfortkasse } from '@shopclients/komfortkasse/testing';
 *
 * const fake = createFakeKomfortkasse({ now: '2026-03-10T09:00:00Z' });
 * const komfortkasse = new Komfortkasse({ apiKey: fake.apiKey, baseUrl: fake.baseUrl, fetch: fake.fetch });
 * ```
 */
export function createFakeKomfortkasse(options: FakeKomfortkasseOptions = {}): FakeKomfortkasse {
  const apiKey = options.apiKey ?? 'fake-komfortkasse-api-key';
  const clock = new FakeClock(options.now);
  let book = new OrderBook(options.bankAccount ?? DEFAULT_BANK_ACCOUNT);

  const error = (status: number, message: string): FakeAnswer => ({ status, body: { error: message } });
  const ok = (body: unknown): FakeAnswer => ({ status: 200, body });
  const missing = (operationId: OperationId, number: string) => error(documents404(operationId) ? 404 : 400, `Order not found: ${number}`);

  function handle(call: FakeCall<OperationId>): FakeAnswer {
    const number = typeof call.path.orderNumber === 'string' ? call.path.orderNumber : '';
    const include = call.query as IncludeFlags;
    const existing = book.orders.get(number);
    switch (call.operationId) {
      case 'submitOrder':
        if (!isObject(call.body)) return error(400, 'The request body must be an order (a JSON object)');
        return ok(book.view(book.upsert(number, call.body, clock.now()), include));
      case 'submitOrders': {
        if (!Array.isArray(call.body) || !call.body.every((order) => isObject(order) && typeof order.number === 'string')) {
          return error(400, 'The request body must be a list of orders, each with its number');
        }
        const stored = (call.body as Record<string, unknown>[]).map((order) => book.upsert(order.number as string, order, clock.now()));
        return ok(stored.map((order) => book.view(order, include)));
      }
      case 'getOrder':
        return existing ? ok(book.view(existing, include)) : missing(call.operationId, number);
      case 'readOrders': {
        // The spec types maxAge as text (as the vendor's page does); the fake reads a number of days.
        const maxAge = call.query.maxAge === undefined ? 120 : Number(call.query.maxAge);
        if (!Number.isFinite(maxAge)) return error(400, `Invalid request: maxAge must be a number of days, got ${JSON.stringify(call.query.maxAge)}`);
        return ok(readOrders(maxAge, call.query).map((order) => book.view(order, include)));
      }
      case 'cancelOrder':
      case 'removeOrder':
      case 'setOrderPaid':
      case 'setOrderUnpaid':
        if (!existing) return missing(call.operationId, number);
        changeStatus(existing, call.operationId);
        return ok(book.view(existing, include));
      case 'syncOrders':
        if (!Array.isArray(call.body) || !call.body.every((entry) => typeof entry === 'string')) {
          return error(400, 'The request body must be the list of open order numbers');
        }
        return ok(book.sync(call.body));
      case 'submitInvoice': {
        if (!existing) return missing(call.operationId, number);
        const file = call.form?.get('file');
        if (!file || typeof file === 'string') return error(400, 'The form must carry the invoice document as the file part `file`');
        const invoiceNumber = String(call.path.invoiceNumber);
        // A repeated upload of the same invoice number is ignored, as the docs say.
        if (!existing.invoices.some((invoice) => invoice.invoiceNumber === invoiceNumber)) {
          existing.invoices.push({ invoiceNumber, filename: file.name, contentType: file.type, size: file.size });
        }
        return { status: 200 };
      }
      case 'createRefund':
        if (!existing) return missing(call.operationId, number);
        return createRefund(existing, call.body);
      case 'readPostings':
        return ok(readPostings(call.query));
      case 'getImage':
        if (!existing) return missing(call.operationId, number);
        return ok({ type: call.query.type ?? 'QRCODE', format: 'png', data: PLACEHOLDER_PNG });
    }
  }

  function readOrders(maxAge: number, query: Record<string, unknown>): StoredOrder[] {
    const statuses = Array.isArray(query.paymentStatus) ? new Set(query.paymentStatus as PaymentStatus[]) : undefined;
    const minPostingDay = dayNumber(query.minPostingDate);
    const oldest = today(clock.now()) - maxAge;
    return [...book.orders.values()].filter((order) => {
      const orderDay = dayNumber(order.fields.date);
      if (orderDay !== undefined && orderDay < oldest) return false;
      if (statuses && !statuses.has(order.paymentStatus)) return false;
      if (query.minPostingDate !== undefined) {
        const latest = Math.max(...order.postings.map((posting) => dayNumber(posting.postingDate) ?? -Infinity));
        if (minPostingDay === undefined || latest < minPostingDay) return false;
      }
      return true;
    });
  }

  function changeStatus(order: StoredOrder, operationId: 'cancelOrder' | 'removeOrder' | 'setOrderPaid' | 'setOrderUnpaid'): void {
    order.paidByHand = operationId === 'setOrderPaid';
    if (operationId === 'cancelOrder') order.paymentStatus = 'CANCELLED';
    else if (operationId === 'removeOrder') order.paymentStatus = 'DISAPPEARED';
    else if (operationId === 'setOrderPaid') order.paymentStatus = 'PAID';
    else {
      order.paymentStatus = 'UNPAID';
      book.settle(order); // money that did arrive still counts
    }
  }

  function createRefund(order: StoredOrder, body: unknown): FakeAnswer {
    if (!isObject(body)) return error(400, 'The request body must be a refund (a JSON object)');
    const { externalReference, amount, currency, plannedDate } = body;
    if (typeof externalReference !== 'string' || typeof amount !== 'number' || typeof currency !== 'string') {
      return error(400, 'A refund needs externalReference, amount and currency');
    }
    const planned = dayNumber(plannedDate);
    if (planned === undefined) return error(400, `plannedDate must be a day dd-MM-yyyy, got ${JSON.stringify(plannedDate)}`);
    if (planned <= today(clock.now())) return error(400, `plannedDate must lie in the future (today is ${dayText(clock.now())}), got ${String(plannedDate)}`);
    const reused = [...book.orders.values()].some((other) => other.refunds.some((refund) => refund.externalReference === externalReference));
    if (reused) return error(400, `externalReference ${externalReference} is already used by another refund of this shop`);
    const id = String(12000 + book.next());
    const refund: Refund = {
      externalReference,
      amount: cents(amount),
      currency,
      plannedDate: plannedDate as string,
      id,
      executionDate: null,
      referenceNumber: `KKBT${id.padStart(8, '0')}`,
      status: order.bankDetailsKnown ? 'NEW' : 'BANKDETAILS_MISSING',
    };
    order.refunds.push(refund);
    return ok({ ...refund });
  }

  function readPostings(query: Record<string, unknown>): Posting[] {
    const from = dayNumber(query.createdMin);
    const before = dayNumber(query.createdMax);
    const postings = [...book.orders.values()].flatMap((order) => order.postings);
    return postings
      .filter((posting) => {
        const day = dayNumber(posting.postingDate) ?? 0;
        if (from !== undefined && day < from) return false;
        if (before !== undefined && day >= before) return false;
        return query.iban === undefined || posting.accountIban === query.iban;
      })
      .map((posting) => {
        const order = book.orders.get(posting.orderNumber);
        const orders = query.includeOrders === true && order ? { orders: [book.view(order)] } : {};
        return { ...publicPosting(posting), ...orders };
      });
  }

  const server = createFakeServer<OperationId>({
    operations,
    validateRequest,
    validateResponse,
    baseUrl: options.baseUrl ?? 'https://komfortkasse.fake/api/v2',
    authenticate(headers) {
      const sent = headers.get('x-komfortkasse-api-key');
      if (sent === null || sent === '') return error(401, 'API Key missing');
      return sent === apiKey ? undefined : error(401, 'Invalid API key');
    },
    invalidRequest: (_, issues) => error(400, `Invalid request: ${issues.slice(0, 5).map(describeIssue).join('; ')}`),
    unsupportedMediaType: (_, expected, received) => error(400, `Invalid request: the body must be sent as ${expected}, not ${received}`),
    unknownRoute: (method, path) => error(404, `No such API operation: ${method} ${path}`),
    faultAnswer: (status) =>
      error(status, status === 429 ? 'Too many requests (fault planned by the test)' : `Server error ${status} (fault planned by the test)`),
    handle,
  });

  const stored = (orderNumber: string): StoredOrder => {
    const order = book.orders.get(orderNumber);
    if (!order) throw new Error(`The fake Komfortkasse has no order ${JSON.stringify(orderNumber)}; submit it first`);
    return order;
  };
  const webhookFor = (orderNumber: string): PaymentWebhook => {
    const order = book.view(stored(orderNumber));
    return { body: JSON.stringify(order), headers: { 'content-type': 'application/json' }, order };
  };

  const { process: _process, ...served } = server;
  return {
    ...served,
    apiKey,
    clock,
    order: (orderNumber) => {
      const order = book.orders.get(orderNumber);
      return order && book.view(order, { includePostings: true, includePaymentReminders: true, includeRefunds: true, includeCollectionHistory: true });
    },
    invoices: (orderNumber) => stored(orderNumber).invoices.map((invoice) => ({ ...invoice })),
    customerPays(orderNumber, payment = {}) {
      const order = stored(orderNumber);
      const amount = typeof order.fields.amount === 'number' ? order.fields.amount : 0;
      const open = cents(amount - (book.view(order).amountPaid ?? 0));
      const paid = cents(payment.amount ?? open);
      if (!(paid > 0)) throw new Error(`A payment must be more than 0; order ${orderNumber} has ${open} open`);
      const day = dayText(clock.now());
      const posting = {
        id: String(98000 + book.next()),
        amount: paid,
        currency: typeof order.fields.currency === 'string' ? order.fields.currency : 'EUR',
        postingDate: day,
        valuationDate: day,
        originator: payment.originator ?? customerName(order),
        reference: order.referenceNumber,
        text: payment.text ?? `${order.referenceNumber} ${order.number}`,
        accountIban: book.bankAccount.iban ?? '',
        orderNumber: order.number,
      };
      order.postings.push(posting);
      order.bankDetailsKnown = true; // a bank transfer tells Komfortkasse the customer's account
      book.settle(order);
      return { posting: publicPosting(posting), order: book.view(order), webhook: webhookFor(orderNumber) };
    },
    webhookFor,
    customerProvidesBankDetails(orderNumber) {
      const order = stored(orderNumber);
      order.bankDetailsKnown = true;
      for (const refund of order.refunds) if (refund.status === 'BANKDETAILS_MISSING') refund.status = 'NEW';
      return order.refunds.map((refund) => ({ ...refund }));
    },
    executeRefund(orderNumber, externalReference) {
      const order = stored(orderNumber);
      const refund = order.refunds.find((candidate) => candidate.externalReference === externalReference);
      if (!refund) throw new Error(`Order ${orderNumber} has no refund ${JSON.stringify(externalReference)}`);
      if (refund.status !== 'NEW') throw new Error(`Refund ${externalReference} is ${refund.status}; only a NEW refund can be executed`);
      refund.status = 'PROCESSED';
      refund.executionDate = dayText(clock.now());
      book.settle(order);
      return { refund: { ...refund }, order: book.view(order), webhook: webhookFor(orderNumber) };
    },
    reset() {
      book = new OrderBook(book.bankAccount);
      server.clearFaults();
      server.calls.length = 0;
      server.specViolations.length = 0;
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function customerName(order: StoredOrder): string {
  const billing = isObject(order.fields.billing) ? order.fields.billing : {};
  return [billing.firstName, billing.lastName].filter((part) => typeof part === 'string').join(' ') || String(billing.company ?? 'Customer');
}

/** `billing.countryCode is required`: where, then what, as Komfortkasse's one-line error can carry it. */
function describeIssue(issue: SpecIssue): string {
  const [part, ...rest] = issue.path;
  const where = rest
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
  const label = part === 'body' ? where || 'body' : `${String(part)} parameter ${where}`;
  return `${label} ${issue.message}`;
}
