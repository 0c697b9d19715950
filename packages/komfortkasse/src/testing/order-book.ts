import type { BankAccount, Order, PaymentStatus, Posting, Refund } from '@shopclients/komfortkasse-types';

/** Fields only Komfortkasse sets: what a shop sends of them is ignored (the docs leave it open). */
const READ_ONLY = new Set([
  'number',
  'paymentStatus',
  'referenceNumber',
  'bankAccount',
  'dunningLevel',
  'amountPaid',
  'postings',
  'collectionPartner',
  'collectionFile',
  'collectionStatus',
  'collectionHistory',
  'paymentReminders',
  'refunds',
  'hasBankDetailsForRefund',
]);

/** Statuses in which Komfortkasse still follows the payment, so a sync may retire the order. */
const OPEN: ReadonlySet<PaymentStatus> = new Set(['UNPAID', 'PAID_PARTIAL']);
/** Statuses a payment no longer changes. */
const CLOSED: ReadonlySet<PaymentStatus> = new Set(['CANCELLED', 'DISAPPEARED', 'LEGACY', 'COLLECTION']);

export interface StoredPosting extends Posting {
  /** The account the money went to (what the postings list's `iban` filter matches). */
  readonly accountIban: string;
  readonly orderNumber: string;
}

export interface StoredInvoice {
  readonly invoiceNumber: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
}

export interface StoredOrder {
  readonly number: string;
  /** The shop's fields as last submitted (read-only fields and `number` left out). */
  fields: Record<string, unknown>;
  readonly referenceNumber: string;
  readonly createdAt: Date;
  paymentStatus: PaymentStatus;
  dunningLevel: number;
  postings: StoredPosting[];
  refunds: Refund[];
  invoices: StoredInvoice[];
  bankDetailsKnown: boolean;
  /** Set to PAID by hand (`orders.setPaid`): payments no longer change the status until `orders.setUnpaid`. */
  paidByHand: boolean;
}

export interface IncludeFlags {
  includePostings?: boolean;
  includeCollectionHistory?: boolean;
  includePaymentReminders?: boolean;
  includeRefunds?: boolean;
}

/** Amounts are kept to the cent. */
export const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The orders of one shop and everything the fake does to them, with no HTTP in sight. */
export class OrderBook {
  readonly orders = new Map<string, StoredOrder>();
  #sequence = 0;

  constructor(readonly bankAccount: BankAccount) {}

  next(): number {
    return ++this.#sequence;
  }

  /** Creates or updates an order; `initialDunningLevel` counts only when it is created. */
  upsert(number: string, sent: Record<string, unknown>, now: Date): StoredOrder {
    const fields = Object.fromEntries(Object.entries(sent).filter(([name]) => !READ_ONLY.has(name)));
    const existing = this.orders.get(number);
    if (existing) {
      const { initialDunningLevel: _onlyAtCreation, ...update } = fields;
      const initial = existing.fields.initialDunningLevel;
      existing.fields = initial === undefined ? update : { ...update, initialDunningLevel: initial };
      this.settle(existing);
      return existing;
    }
    const order: StoredOrder = {
      number,
      fields,
      referenceNumber: `K${String(this.next()).padStart(5, '0')}`,
      createdAt: now,
      paymentStatus: 'UNPAID',
      dunningLevel: typeof fields.initialDunningLevel === 'number' ? fields.initialDunningLevel : 0,
      postings: [],
      refunds: [],
      invoices: [],
      bankDetailsKnown: false,
      paidByHand: false,
    };
    this.orders.set(number, order);
    return order;
  }

  /** The order as Komfortkasse returns it, with the lists the flags ask for. */
  view(order: StoredOrder, include: IncludeFlags = {}): Order {
    const paid = order.paymentStatus === 'UNPAID' ? {} : { amountPaid: amountPaid(order) };
    return {
      ...(order.fields as Omit<Order, 'number'>),
      number: order.number,
      paymentStatus: order.paymentStatus,
      referenceNumber: order.referenceNumber,
      bankAccount: { ...this.bankAccount },
      dunningLevel: order.dunningLevel,
      ...paid,
      ...(include.includePostings ? { postings: order.postings.map(publicPosting), hasBankDetailsForRefund: order.bankDetailsKnown } : {}),
      ...(include.includeCollectionHistory ? { collectionHistory: [] } : {}),
      ...(include.includePaymentReminders ? { paymentReminders: [] } : {}),
      ...(include.includeRefunds ? { refunds: order.refunds.map((refund) => ({ ...refund })) } : {}),
    } as Order;
  }

  /** Recomputes the status from the money that came in, unless a person or a sync decided it. */
  settle(order: StoredOrder): void {
    if (CLOSED.has(order.paymentStatus) || order.paidByHand) return;
    const refunded = order.refunds.some((refund) => refund.status === 'PROCESSED');
    const paid = amountPaid(order);
    const amount = typeof order.fields.amount === 'number' ? order.fields.amount : 0;
    if (refunded) order.paymentStatus = paid <= 0 ? 'REFUNDED' : 'REFUNDED_PARTIAL';
    else order.paymentStatus = paid <= 0 ? 'UNPAID' : paid >= amount ? 'PAID' : 'PAID_PARTIAL';
  }

  /** Marks every open order missing from `numbers` LEGACY; returns how many. */
  sync(numbers: readonly string[]): number {
    const listed = new Set(numbers);
    let retired = 0;
    for (const order of this.orders.values()) {
      if (OPEN.has(order.paymentStatus) && !listed.has(order.number)) {
        order.paymentStatus = 'LEGACY';
        retired++;
      }
    }
    return retired;
  }
}

function amountPaid(order: StoredOrder): number {
  const received = order.postings.reduce((sum, posting) => sum + (posting.amount ?? 0), 0);
  const refunded = order.refunds.filter((refund) => refund.status === 'PROCESSED').reduce((sum, refund) => sum + refund.amount, 0);
  return cents(received - refunded);
}

export function publicPosting({ accountIban: _account, orderNumber: _order, ...posting }: StoredPosting): Posting {
  return { ...posting };
}
