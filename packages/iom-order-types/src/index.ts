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
export type CustomerData = Schemas['CustomerData'];
export type CustomerDataType = Schemas['CustomerData']['customerDataType'];
export type CompanyData = Schemas['CompanyData'];
export type Payment = Schemas['Payment'];
export type Sales = Schemas['Sales'];
export type ShippingBucket = Schemas['ShippingBucket'];
export type OrderPosition = Schemas['OrderPosition'];
export type Product = Schemas['Product'];
export type Shipping = Schemas['Shipping'];
export type DeliveryDate = Schemas['DeliveryDate'];
export type DeliveryDateType = Schemas['DeliveryDate']['deliveryDateType'];

// Addresses
export type AddressInvoice = Schemas['AddressInvoice'];
export type AddressShipping = Schemas['AddressShipping'];
/** Where a shipping address is: narrow on `type`. */
export type AddressLocation = Schemas['AddressLocation'];
/** Where an invoice address is: a street or a post office box, never a Packstation. */
export type AddressInvoiceLocation = Schemas['AddressInvoiceLocation'];
export type AddressLocationStreet = Schemas['AddressLocationStreet'];
export type AddressLocationPOBox = Schemas['AddressLocationPOBox'];
export type AddressLocationPackstation = Schemas['AddressLocationPackstation'];
export type AddressLocationType = AddressLocation['type'];
export type AddressReceiver = Schemas['AddressReceiver'];
export type AddressReceiverType = Schemas['AddressReceiver']['addressReceiverType'];
export type Contact = Schemas['Contact'];
export type Person = Schemas['Person'];

// Prices
export type Price = Schemas['Price'];
export type ListPrice = Schemas['ListPrice'];
export type SumPrice = Schemas['SumPrice'];
export type TotalPrice = Schemas['TotalPrice'];
export type UnitPrice = Schemas['UnitPrice'];
export type Charge = Schemas['Charge'];
export type Tax = Schemas['Tax'];
export type Promotion = Schemas['Promotion'];

// Change requests
/** A change request as a shop sends it (`createChangeRequest`): its ID and the complete changed order. */
export type ChangeRequestInput = Writable<Schemas['ChangeRequestCreate']>;
/** A change request with its processing status, as IOM returns it. `changeRequest` is missing when excluded. */
export type ChangeRequestView = Readable<Schemas['ChangeRequestView']>;
export type ChangeRequestStatus = Schemas['ChangeRequestView']['status'];

// Order states
/** One page of `getOrderStatesBySortCriterias`: `data`, and `meta.totalCount` for the whole result. */
export type OrderStatePage = Readable<Schemas['OrderStateCollectionContainer']>;
export type CollectionMetaData = Readable<Schemas['CollectionMetaData']>;
/** The state of one order: the order data plus status, position states, notes, payment state and documents. */
export type OrderState = Readable<Schemas['OrderState']>;
/** The filters, sorting and paging of the order state search, under the API's own parameter names. */
export type OrderStatesQuery = NonNullable<operations['getOrderStatesBySortCriterias']['parameters']['query']>;
export type OrderStatesSortAttribute = Params['OrderBy'];
export type SortDirection = Params['SortDirection'];
export type ShippingBucketOrderState = Readable<Schemas['ShippingBucketOrderState']>;
export type OrderStatePosition = Readable<Schemas['OrderStatePosition']>;
export type OrderPositionOrdered = Readable<Schemas['OrderPositionOrdered']>;
export type OrderStateShipping = Readable<Schemas['OrderStateShipping']>;
export type OrderPositionSupplier = Readable<Schemas['OrderPositionSupplier']>;
export type OrderPositionConfirmed = Readable<Schemas['OrderPositionConfirmed']>;
export type OrderPositionDispatched = Readable<Schemas['OrderPositionDispatched']>;
/** A return, quantity based or unit based: narrow with `'units' in returned`. */
export type OrderPositionReturned = Readable<Schemas['OrderPositionReturned']>;
export type OrderPositionReturnedQuantities = Readable<Schemas['OrderPositionReturnedQuantities']>;
export type OrderPositionReturnedUnits = Readable<Schemas['OrderPositionReturnedUnits']>;
export type OrderNote = Readable<Schemas['OrderNote']>;
export type OrderDocument = Readable<Schemas['OrderDocument']>;
export type PaymentState = Readable<Schemas['PaymentState']>;
export type PaymentStateHistoryItem = Readable<Schemas['PaymentStateHistoryItem']>;

// Errors
/** The body of a 400 response: the problems found in the request. */
export type ErrorReport = Schemas['ErrorReport'];
/** One problem of an `ErrorReport`. */
export type ErrorReportEntry = Schemas['Error'];
