// Friendly names for the generated types. Hand-written; the generated file is src/generated/schema.ts.
import type { Readable, Writable, components } from './generated/schema.js';

export type { $defs, Readable, Writable, components, operations, paths, webhooks } from './generated/schema.js';

type Schemas = components['schemas'];

/** An order as Komfortkasse returns it (read-only fields included). */
export type Order = Readable<Schemas['Order']>;
/** The order fields a shop sends with `submitOrder` (read-only fields left out). */
export type OrderInput = Writable<Schemas['OrderData']>;
/** One element of a bulk submit: the order fields plus the order number. */
export type BulkOrderInput = Writable<Schemas['Order']>;
export type Address = Schemas['Address'];
export type Item = Schemas['Item'];
export type Gender = Schemas['Gender'];
export type OrderType = Schemas['OrderType'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type BankAccount = Readable<Schemas['BankAccount']>;
export type Posting = Readable<Schemas['Posting']>;
export type CollectionEvent = Readable<Schemas['CollectionEvent']>;
export type PaymentReminder = Readable<Schemas['PaymentReminder']>;
/** A refund as Komfortkasse returns it. */
export type Refund = Readable<Schemas['Refund']>;
/** The fields sent to create a refund. */
export type RefundInput = Writable<Schemas['RefundRequest']>;
export type RefundStatus = Schemas['RefundStatus'];
/** The body of every error response: `{ "error": "…" }`. */
export type ErrorBody = Schemas['Error'];
