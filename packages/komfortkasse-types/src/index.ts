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
/** The spec's `Address` schema. */
export type Address = Schemas['Address'];
/** The spec's `Item` schema. */
export type Item = Schemas['Item'];
/** The spec's `Gender` schema. */
export type Gender = Schemas['Gender'];
/** The spec's `OrderType` schema. */
export type OrderType = Schemas['OrderType'];
/** The spec's `PaymentStatus` schema. */
export type PaymentStatus = Schemas['PaymentStatus'];
/** The spec's `BankAccount` schema as the API returns it (read-only fields included). */
export type BankAccount = Readable<Schemas['BankAccount']>;
/** The spec's `Posting` schema as the API returns it (read-only fields included). */
export type Posting = Readable<Schemas['Posting']>;
/** The spec's `CollectionEvent` schema as the API returns it (read-only fields included). */
export type CollectionEvent = Readable<Schemas['CollectionEvent']>;
/** The spec's `PaymentReminder` schema as the API returns it (read-only fields included). */
export type PaymentReminder = Readable<Schemas['PaymentReminder']>;
/** A refund as Komfortkasse returns it. */
export type Refund = Readable<Schemas['Refund']>;
/** The fields sent to create a refund. */
export type RefundInput = Writable<Schemas['RefundRequest']>;
/** The spec's `RefundStatus` schema. */
export type RefundStatus = Schemas['RefundStatus'];
/** Which payment image `getImage` returns: QR code, payment slip, or a payment slip to print. */
export type ImageType = Schemas['ImageType'];
/** A payment image as the API returns it: `{ type, format, data }`, the PNG Base64-encoded. */
export type PaymentImage = Schemas['PaymentImage'];
/** The body of every error response: `{ "error": "…" }`. */
export type ErrorBody = Schemas['Error'];

// The operation table: what the spec says of each operation, for the client and its fakes.
export { type OperationId, operationTable } from './generated/operations.js';
