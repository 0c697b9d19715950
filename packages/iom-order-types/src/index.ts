// Friendly names for the generated types. Hand-written; the generated file is src/generated/schema.ts.
import type { Readable, Writable, components, operations } from './generated/schema.js';

export type { $defs, Readable, Writable, components, operations, paths, webhooks } from './generated/schema.js';

type Schemas = components['schemas'];
type Params = components['parameters'];

// Orders
/** An order as IOM returns it (`getOrder`). */
export type Order = Readable<Schemas['Order']>;
/** An order as a shop sends it (`createOrder`). */
export type OrderInput = Writable<Schemas['Order']>;
/** The spec's `CustomerData` schema. */
export type CustomerData = Schemas['CustomerData'];
/** The values of `customerDataType` in the spec's `CustomerData` schema. */
export type CustomerDataType = Schemas['CustomerData']['customerDataType'];
/** The spec's `CompanyData` schema. */
export type CompanyData = Schemas['CompanyData'];
/** The spec's `Payment` schema. */
export type Payment = Schemas['Payment'];
/** The spec's `Sales` schema. */
export type Sales = Schemas['Sales'];
/** The spec's `ShippingBucket` schema. */
export type ShippingBucket = Schemas['ShippingBucket'];
/** The spec's `OrderPosition` schema. */
export type OrderPosition = Schemas['OrderPosition'];
/** The spec's `Product` schema. */
export type Product = Schemas['Product'];
/** The spec's `Shipping` schema. */
export type Shipping = Schemas['Shipping'];
/** The spec's `DeliveryDate` schema. */
export type DeliveryDate = Schemas['DeliveryDate'];
/** The values of `deliveryDateType` in the spec's `DeliveryDate` schema. */
export type DeliveryDateType = Schemas['DeliveryDate']['deliveryDateType'];

// Addresses
/** The spec's `AddressInvoice` schema. */
export type AddressInvoice = Schemas['AddressInvoice'];
/** The spec's `AddressShipping` schema. */
export type AddressShipping = Schemas['AddressShipping'];
/** Where a shipping address is: narrow on `type`. */
export type AddressLocation = Schemas['AddressLocation'];
/** Where an invoice address is: a street or a post office box, never a Packstation. */
export type AddressInvoiceLocation = Schemas['AddressInvoiceLocation'];
/** The spec's `AddressLocationStreet` schema. */
export type AddressLocationStreet = Schemas['AddressLocationStreet'];
/** The spec's `AddressLocationPOBox` schema. */
export type AddressLocationPOBox = Schemas['AddressLocationPOBox'];
/** The spec's `AddressLocationPackstation` schema. */
export type AddressLocationPackstation = Schemas['AddressLocationPackstation'];
/** The values of `type` in {@link AddressLocation}. */
export type AddressLocationType = AddressLocation['type'];
/** The spec's `AddressReceiver` schema. */
export type AddressReceiver = Schemas['AddressReceiver'];
/** The values of `addressReceiverType` in the spec's `AddressReceiver` schema. */
export type AddressReceiverType = Schemas['AddressReceiver']['addressReceiverType'];
/** The spec's `Contact` schema. */
export type Contact = Schemas['Contact'];
/** The spec's `Person` schema. */
export type Person = Schemas['Person'];

// Prices
/** The spec's `Price` schema. */
export type Price = Schemas['Price'];
/** The spec's `ListPrice` schema. */
export type ListPrice = Schemas['ListPrice'];
/** The spec's `SumPrice` schema. */
export type SumPrice = Schemas['SumPrice'];
/** The spec's `TotalPrice` schema. */
export type TotalPrice = Schemas['TotalPrice'];
/** The spec's `UnitPrice` schema. */
export type UnitPrice = Schemas['UnitPrice'];
/** The spec's `Charge` schema. */
export type Charge = Schemas['Charge'];
/** The spec's `Tax` schema. */
export type Tax = Schemas['Tax'];
/** The spec's `Promotion` schema. */
export type Promotion = Schemas['Promotion'];

// Change requests
/** A change request as a shop sends it (`createChangeRequest`): its ID and the complete changed order. */
export type ChangeRequestInput = Writable<Schemas['ChangeRequestCreate']>;
/** A change request with its processing status, as IOM returns it. `changeRequest` is missing when excluded. */
export type ChangeRequestView = Readable<Schemas['ChangeRequestView']>;
/** The values of `status` in the spec's `ChangeRequestView` schema. */
export type ChangeRequestStatus = Schemas['ChangeRequestView']['status'];

// Order states
/** One page of `getOrderStatesBySortCriterias`: `data`, and `meta.totalCount` for the whole result. */
export type OrderStatePage = Readable<Schemas['OrderStateCollectionContainer']>;
/** The spec's `CollectionMetaData` schema as the API returns it (read-only fields included). */
export type CollectionMetaData = Readable<Schemas['CollectionMetaData']>;
/** The state of one order: the order data plus status, position states, notes, payment state and documents. */
export type OrderState = Readable<Schemas['OrderState']>;
/** The filters, sorting and paging of the order state search, under the API's own parameter names. */
export type OrderStatesQuery = NonNullable<operations['getOrderStatesBySortCriterias']['parameters']['query']>;
/**
 * One page of `getModifiedOrderStates` (Order API 2.4): the latest state of each order modified since
 * the requested point, oldest change first, with `meta` (`totalCount`, `pageSize`, `minCursor`, `maxCursor`).
 */
export type LatestOrderStatePage = Readable<Schemas['LatestOrderStateCollectionContainer']>;
/** The spec's `LatestOrderStatesMetaData` schema: the counts and cursors of a {@link LatestOrderStatePage}. */
export type LatestOrderStatesMetaData = Schemas['LatestOrderStatesMetaData'];
/** The query of `getModifiedOrderStates` (Order API 2.4), under the API's own parameter names. */
export type ModifiedOrderStatesQuery = NonNullable<operations['getModifiedOrderStates']['parameters']['query']>;
/** The values of the spec's `OrderBy` parameter. */
export type OrderStatesSortAttribute = Params['OrderBy'];
/** The values of the spec's `SortDirection` parameter. */
export type SortDirection = Params['SortDirection'];
/** The spec's `ShippingBucketOrderState` schema as the API returns it (read-only fields included). */
export type ShippingBucketOrderState = Readable<Schemas['ShippingBucketOrderState']>;
/** The spec's `OrderStatePosition` schema as the API returns it (read-only fields included). */
export type OrderStatePosition = Readable<Schemas['OrderStatePosition']>;
/** The spec's `OrderPositionOrdered` schema as the API returns it (read-only fields included). */
export type OrderPositionOrdered = Readable<Schemas['OrderPositionOrdered']>;
/** The spec's `OrderStateShipping` schema as the API returns it (read-only fields included). */
export type OrderStateShipping = Readable<Schemas['OrderStateShipping']>;
/** The spec's `OrderPositionSupplier` schema as the API returns it (read-only fields included). */
export type OrderPositionSupplier = Readable<Schemas['OrderPositionSupplier']>;
/** The spec's `OrderPositionConfirmed` schema as the API returns it (read-only fields included). */
export type OrderPositionConfirmed = Readable<Schemas['OrderPositionConfirmed']>;
/** The spec's `OrderPositionDispatched` schema as the API returns it (read-only fields included). */
export type OrderPositionDispatched = Readable<Schemas['OrderPositionDispatched']>;
/** A return, quantity based or unit based: narrow with `'units' in returned`. */
export type OrderPositionReturned = Readable<Schemas['OrderPositionReturned']>;
/** The spec's `OrderPositionReturnedQuantities` schema as the API returns it (read-only fields included). */
export type OrderPositionReturnedQuantities = Readable<Schemas['OrderPositionReturnedQuantities']>;
/** The spec's `OrderPositionReturnedUnits` schema as the API returns it (read-only fields included). */
export type OrderPositionReturnedUnits = Readable<Schemas['OrderPositionReturnedUnits']>;
/** The spec's `OrderNote` schema as the API returns it (read-only fields included). */
export type OrderNote = Readable<Schemas['OrderNote']>;
/** The spec's `OrderDocument` schema as the API returns it (read-only fields included). */
export type OrderDocument = Readable<Schemas['OrderDocument']>;
/** The spec's `PaymentState` schema as the API returns it (read-only fields included). */
export type PaymentState = Readable<Schemas['PaymentState']>;
/** The spec's `PaymentStateHistoryItem` schema as the API returns it (read-only fields included). */
export type PaymentStateHistoryItem = Readable<Schemas['PaymentStateHistoryItem']>;

// Errors
/** The body of a 400 response: the problems found in the request. */
export type ErrorReport = Schemas['ErrorReport'];
/** One problem of an `ErrorReport`. */
export type ErrorReportEntry = Schemas['Error'];

// The operation table: what the spec says of each operation, for the client and its fakes.
export { type OperationId, operationTable } from './generated/operations.js';
