// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by openapi-typescript 7.13.0 (--read-write-markers).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/shops/{shopId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a new order
         * @description Hands a new order to IOM, which stores it and starts processing it.
         *
         *     The body is a complete `Order`. The invoice address must be a street or post office box address
         *     (a Packstation is only allowed as a shipping address). On success the server answers 201 without a
         *     documented body; the `Location` header names the new order resource.
         *
         *     Needs the shop permission *Create order*.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shops/{shopId}/orders/{shopOrderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
            };
            cookie?: never;
        };
        /**
         * Read an order
         * @description Returns the order that the shop created under the given shop order number.
         *
         *     Needs the shop permission *View order*.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shops/{shopId}/orders/{shopOrderNumber}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
            };
            cookie?: never;
        };
        /**
         * List the change requests of an order
         * @description Returns every change request that was made for the order. With `excludes` the caller can leave
         *     attributes out of the answer, e.g. `excludes=changeRequest` drops the (large) changed order from each
         *     entry.
         *
         *     Needs the shop permission *View order changes*.
         */
        get: operations["getChangeRequestViewList"];
        put?: never;
        /**
         * Request a change to an order
         * @description Asks IOM to change an existing order and starts processing the request.
         *
         *     `changeRequest` carries the complete order as it should look after the change. Its `shopOrderNumber`
         *     must be the number of the original order and its `shopOrderUpdateDate` is mandatory. On success the
         *     server answers 201 without a documented body; the `Location` header names the new change request.
         *
         *     Needs the shop permission *Change orders*.
         */
        post: operations["createChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
                /**
                 * @description The ID of the change request (`changeRequestId` given when it was created).
                 * @example CR-000731-01
                 */
                changeRequestId: components["parameters"]["ChangeRequestId"];
            };
            cookie?: never;
        };
        /**
         * Read a change request of an order
         * @description Returns one change request of the order, including its processing status. `excludes` works as for the
         *     list operation.
         *
         *     Needs the shop permission *View order changes*.
         */
        get: operations["getChangeRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shops/{shopId}/order-states": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
            };
            cookie?: never;
        };
        /**
         * Search order states
         * @description Returns the state of every order of the shop that matches the filters, one page at a time.
         *
         *     A filter that takes a list matches an order if ANY of the listed values matches (e.g. two `emails`
         *     select the orders of either address). Different filters are combined with AND. Without filters all
         *     orders of the shop are candidates. Results are sorted by `orderBy` / `sortDirection` and paged with
         *     `offset` / `limit`; `meta.totalCount` tells how many orders match in total.
         *
         *     Needs the shop permission *Order status web service*.
         */
        get: operations["getOrderStatesBySortCriterias"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shops/{shopId}/order-states/modified": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
            };
            cookie?: never;
        };
        /**
         * Read the order states modified since a checkpoint
         * @description Returns the order states of the shop's orders that were created or modified since a point given either
         *     as a time (`modifiedSince`) or as a cursor (`minCursor`), oldest modification first. New in Order API 2.4
         *     (IOM 4.6); a 2.3 server does not have this path.
         *
         *     Each order appears with its *latest* state (the schema is `LatestOrderStateCollectionContainer`), not
         *     with one entry per change: this is a list of what changed, not an event log.
         *
         *     **Which parameter.** The vendor says only one of `modifiedSince` and `minCursor` must be set; this
         *     document reads that as exactly one. Sending both, or neither, is not described: what the server does
         *     then is not documented. Intershop's own client (iom-test-framework, `OMSOrderServiceHandlerV2_4`)
         *     passes both as nullable values without checking them, and no test in that repository calls the
         *     operation, so nothing shows a call with neither. OpenAPI cannot say "exactly one of two query
         *     parameters", so both are optional here; a client should send exactly one.
         *
         *     **Paging with the cursor** (from the vendor's 2.4 document):
         *
         *     * The cursor is a number (int64) that grows with every change of any order state. It is volatile, has
         *       gaps, and is good for nothing but paging; an `OrderState` carries no cursor of its own, so a reader
         *       can only resume at page boundaries.
         *     * Each answer gives the lowest and highest cursor of its page in `meta.minCursor` and
         *       `meta.maxCursor`; pass `meta.maxCursor` as the next request's `minCursor` to read on without gaps.
         *       Paging by `modifiedSince` is not deterministic, because two orders can share a modification time.
         *     * `meta.pageSize` equal to `meta.totalCount` means that nothing more was there when the answer was
         *       computed.
         *     * Whether `minCursor` is inclusive (the order at that cursor comes again) or exclusive is not
         *       documented. A reader that passes `meta.maxCursor` on must therefore expect the last order of a page
         *       to come again at the start of the next one.
         */
        get: operations["getModifiedOrderStates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One problem found in a request. */
        Error: {
            /** @description Machine-readable code of the problem, e.g. `VALIDATION_EXCEPTION`. */
            code: string;
            /** @description Human-readable explanation of the problem. */
            message: string;
            /** @description The value that caused the problem. The vendor types it as an object and does not describe its content. */
            value?: Record<string, never>;
        };
        /** @description Body of a 400 response, listing the problems found in the request. */
        ErrorReport: {
            /**
             * Format: int32
             * @description The HTTP status code of the response (400). The vendor text says "expressed as a string value" but types it as an integer; we follow the type.
             */
            status?: number;
            /** @description The problems found. */
            errors?: components["schemas"]["Error"][];
        };
        /** @description The invoice address of an order. */
        AddressInvoice: {
            location: components["schemas"]["AddressInvoiceLocation"];
            contact?: components["schemas"]["Contact"];
            receiver: components["schemas"]["AddressReceiver"];
        };
        /** @description The address a shipping bucket is delivered to. */
        AddressShipping: {
            location: components["schemas"]["AddressLocation"];
            contact?: components["schemas"]["Contact"];
            receiver: components["schemas"]["AddressReceiver"];
        };
        /** @description Where an address is: a street address, a post office box or a Packstation (parcel locker). The `type` attribute holds the name of the variant (`AddressLocationStreet`, `AddressLocationPOBox` or `AddressLocationPackstation`) and decides which other attributes apply. A Packstation is not allowed for invoice addresses (see AddressInvoiceLocation). */
        AddressLocation: components["schemas"]["AddressLocationStreet"] | components["schemas"]["AddressLocationPOBox"] | components["schemas"]["AddressLocationPackstation"];
        /** @description Location of an invoice address: a street address or a post office box. The docs do not allow a Packstation as invoice address, so that variant is left out. */
        AddressInvoiceLocation: components["schemas"]["AddressLocationStreet"] | components["schemas"]["AddressLocationPOBox"];
        /** @description A street address. */
        AddressLocationStreet: {
            /**
             * @description Variant marker; always `AddressLocationStreet`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "AddressLocationStreet";
            /** @description City or town. */
            city: string;
            /** @description Postal code. */
            postCode: string;
            /** @description District or quarter within the city. */
            district?: string;
            /** @description Country as ISO 3166-1 alpha-3 code, e.g. `DEU`. */
            countryCode: string;
            /** @description Up to three extra address lines. */
            additions?: string[];
            /** @description Name of the street. */
            street: string;
            /** @description House number, possibly with letters, e.g. `1A`. */
            streetNumber?: string;
        };
        /** @description A post office box address. */
        AddressLocationPOBox: {
            /**
             * @description Variant marker; always `AddressLocationPOBox`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "AddressLocationPOBox";
            /** @description City or town. */
            city: string;
            /** @description Postal code. */
            postCode: string;
            /** @description District or quarter within the city. */
            district?: string;
            /** @description Country as ISO 3166-1 alpha-3 code, e.g. `DEU`. */
            countryCode: string;
            /** @description Up to three extra address lines. */
            additions?: string[];
            /** @description Number of the post office box. */
            postBox: string;
        };
        /** @description A Packstation (parcel locker) address. Only allowed as a shipping address, never as an invoice address. */
        AddressLocationPackstation: {
            /**
             * @description Variant marker; always `AddressLocationPackstation`. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "AddressLocationPackstation";
            /** @description City or town. */
            city: string;
            /** @description Postal code. */
            postCode: string;
            /** @description District or quarter within the city. */
            district?: string;
            /** @description Country as ISO 3166-1 alpha-3 code, e.g. `DEU`. */
            countryCode: string;
            /** @description Up to two extra address lines (Packstation addresses allow only two). */
            additions?: string[];
            /** @description The customer's user ID (customer number) at the Packstation provider. */
            userId: string;
            /** @description Number of the Packstation. */
            stationNumber: string;
        };
        /** @description Who receives mail at an address: a person or a company. For `PERSON` the `person` is mandatory, for `COMPANY` the `companyName`; a company address may additionally name a person. */
        AddressReceiver: {
            /**
             * @description `PERSON`: a private person receives the mail (`person` required). `COMPANY`: a company receives it (`companyName` required).
             * @enum {string}
             */
            addressReceiverType: "PERSON" | "COMPANY";
            person?: components["schemas"]["Person"];
            /** @description Name of the receiving company; mandatory for `COMPANY`. */
            companyName?: string;
        } & ({
            /** @enum {unknown} */
            addressReceiverType: "PERSON";
            person: components["schemas"]["Person"];
        } | {
            /** @enum {unknown} */
            addressReceiverType: "COMPANY";
            companyName: string;
        });
        /** @description How to reach the addressee. */
        Contact: {
            /**
             * Format: email
             * @description E-mail address.
             */
            email: string;
            /** @description Phone number. */
            phone?: string;
            /** @description Mobile phone number. */
            mobile?: string;
            /** @description Fax number. */
            fax?: string;
        };
        /** @description A person's name. */
        Person: {
            /** @description Form of address, e.g. `Mr.` or `Ms.`. */
            salutation?: string;
            /** @description Academic or professional title. */
            title?: string;
            /** @description Given name. */
            firstName?: string;
            /** @description Family name. */
            lastName: string;
        };
        /** @description An order as the shop sends it to IOM (createOrder, and as the changed order inside a change request) and as getOrder returns it. */
        Order: {
            /** @description The shop's order number; identifies the order in all other operations. In a change request it must be the number of the original order. */
            shopOrderNumber: string;
            /**
             * Format: date-time
             * @description When the shop created the order (ISO 8601).
             */
            shopOrderCreationDate: string;
            /**
             * Format: date-time
             * @description When the shop changed the order (ISO 8601). Mandatory in a change request (see ChangeRequestCreate); ignored when creating an order.
             */
            shopOrderUpdateDate?: string;
            /**
             * Format: int64
             * @description ID of a stock reservation previously made with the IOM reservation service.
             */
            reservationId?: number;
            /** @description Name or ID of the cost center the order is booked on. */
            costCenter?: string;
            /** @description Name or ID of the project the order belongs to. */
            project?: string;
            customerData: components["schemas"]["CustomerData"];
            invoiceAddress: components["schemas"]["AddressInvoice"];
            sales: components["schemas"]["Sales"];
            payment: components["schemas"]["Payment"];
            /** @description Name of the rule IOM uses to optimise the order; the shop's default rule applies if omitted. */
            optimizationRule?: string;
            /** @description Whether IOM may split the order into several shipments. */
            splitShipmentAllowed?: boolean;
            /** @description Free-form attributes of the order, grouped by group name: each key is a group, each value maps attribute names to string values. */
            additionalAttributes?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** @description The shipping buckets of the order (positions grouped by shipping address). Returned sorted by `number`, ascending. */
            shippingBuckets: components["schemas"]["ShippingBucket"][];
        };
        /** @description The customer who placed the order. For a `COMPANY` customer `companyData` is mandatory; for a `PERSON` it is ignored. */
        CustomerData: {
            /**
             * @description `PERSON`: a private customer (`companyData` is ignored). `COMPANY`: a business customer (`companyData` required).
             * @enum {string}
             */
            customerDataType: "PERSON" | "COMPANY";
            /** @description The customer's own order (purchase order) number. */
            orderNumber?: string;
            /** @description The shop's number for the customer. */
            shopCustomerNumber?: string;
            companyData?: components["schemas"]["CompanyData"];
        } & ({
            /** @enum {unknown} */
            customerDataType: "PERSON";
        } | {
            /** @enum {unknown} */
            customerDataType: "COMPANY";
            companyData: components["schemas"]["CompanyData"];
        });
        /** @description Details of a business customer. Mandatory for `customerDataType` `COMPANY`, otherwise ignored. */
        CompanyData: {
            /** @description Legal name of the company. */
            companyName: string;
            /** @description Department that placed the order. */
            department?: string;
            /** @description The company's line of business. */
            lineOfBusiness?: string;
            /** @description The company's cost center number. */
            costCenterNumber?: string;
            /** @description Entry number in the commercial register. */
            commercialRegisterNumber?: string;
            /** @description Court or place where the commercial register is kept. */
            commercialRegisterLocation?: string;
            /** @description Legal form of the company. */
            companyType?: string;
            /** @description The company's VAT number (the vendor gives no description for this attribute). */
            vatNumber?: string;
        };
        /** @description How the order is paid, as known when it is created. */
        Payment: {
            /** @description Payment method, e.g. `PAYPAL`. The documentation lists no fixed set of values. */
            paymentMethod: string;
            /** @description Order number at the payment service provider. */
            paymentProviderOrderNo?: string;
            /** @description Reference of the order at the payment service provider. */
            paymentProviderRefNo?: string;
            /** @description Merchant account used for the payment. */
            paymentProviderMerchantAccount?: string;
        };
        /** @description Prices of the whole order. */
        Sales: {
            /** @description Currency of all prices of the order (ISO 4217), e.g. `EUR`. */
            currencyCode: string;
            subTotal: components["schemas"]["SumPrice"];
            total: components["schemas"]["TotalPrice"];
            /** @description Charges on order level. Returned sorted by `number`, ascending. */
            charges?: components["schemas"]["Charge"][];
        };
        /** @description A group of order positions that go to the same shipping address. */
        ShippingBucket: {
            /** @description Number of the bucket; blank values are ignored. If given, it must be unique within the order. */
            number?: string;
            shippingAddress: components["schemas"]["AddressShipping"];
            /** @description Shipping method the customer chose, e.g. `DHL`. */
            shippingMethod?: string;
            /** @description Charges of the bucket, e.g. a delivery charge. Returned sorted by `number`, ascending. */
            charges?: components["schemas"]["Charge"][];
            /** @description Free-form attributes of the bucket, grouped by group name: each key is a group, each value maps attribute names to string values. */
            additionalAttributes?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** @description The positions of the bucket. Returned sorted by `number`, ascending. */
            positions: components["schemas"]["OrderPosition"][];
        };
        /** @description One ordered product within a shipping bucket. */
        OrderPosition: {
            /**
             * Format: int32
             * @description Number of the position; must not be negative and, if given, must be unique within the order.
             */
            number?: number;
            /** @description Unit of the quantity, e.g. `liter`; only printed on the invoice. */
            productUnit?: string;
            product: components["schemas"]["Product"];
            /** @description Name or ID of the cost center the position is booked on. */
            costCenter?: string;
            /** @description Name or ID of the project the position belongs to. */
            project?: string;
            /** @description Free-form attributes of the position, grouped by group name: each key is a group, each value maps attribute names to string values. */
            additionalAttributes?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /**
             * Format: int32
             * @description Ordered quantity.
             */
            quantity: number;
            sum: components["schemas"]["SumPrice"];
            unitPrice?: components["schemas"]["UnitPrice"];
            shipping: components["schemas"]["Shipping"];
        };
        /** @description The ordered product. */
        Product: {
            /** @description Product name. */
            name: string;
            /** @description The shop's product number, e.g. the SKU. */
            number: string;
            /** @description International Standard Book Number, for books. */
            isbn?: string;
            /**
             * Format: int64
             * @description International Article Number (EAN), as a number.
             */
            ean?: number;
        };
        /** @description Delivery wishes for an order position. */
        Shipping: {
            /** @description Freight class of the shipment. */
            freightClass?: string;
            /** @description Delivery options the customer chose, e.g. `DELIVERY_ON_ISLAND`. */
            deliveryOptions?: string[];
            deliveryDate: components["schemas"]["DeliveryDate"];
            /**
             * Format: int32
             * @description Number of days until the expected delivery. Optional here although the vendor's reference marks it as required: Intershop's own integration test order (intershop/iom-blueprint-project, `B2BTestOrder`, run by `CreateOrderIT`, which waits for the order to reach `STATE_COMMISSIONED`) never sets it, so IOM accepts and processes orders without it. The documentation does not say what IOM assumes when it is missing.
             */
            expectedDeliveryDays?: number;
            /** @description Supplier the shop would prefer to deliver the position; IOM may still choose another one. */
            selectedSupplier?: string;
        };
        /** @description When the customer wants the delivery. `EXPRESS` needs `name`; `EARLIEST` and `FIXED` need `desiredDeliveryDate`. */
        DeliveryDate: {
            /**
             * @description `STANDARD`: the shop's standard delivery. `EXPRESS`: one of the shop's express methods (`name` required). `EARLIEST`: not before `desiredDeliveryDate` (required). `FIXED`: exactly on `desiredDeliveryDate` (required).
             * @enum {string}
             */
            deliveryDateType: "STANDARD" | "EXPRESS" | "EARLIEST" | "FIXED";
            /** @description Name of the express delivery method; mandatory for `EXPRESS`, ignored otherwise. */
            name?: string;
            /**
             * Format: date-time
             * @description The wished date; mandatory for `EARLIEST` and `FIXED`, ignored otherwise.
             */
            desiredDeliveryDate?: string;
        } & ({
            /** @enum {unknown} */
            deliveryDateType: "STANDARD";
        } | {
            /** @enum {unknown} */
            deliveryDateType: "EXPRESS";
            name: string;
        } | {
            /** @enum {unknown} */
            deliveryDateType: "EARLIEST" | "FIXED";
            /** Format: date-time */
            desiredDeliveryDate: string;
        });
        /** @description An amount of money in the order currency. `amountDiscounted` may not exceed `amount`; where a net and a gross Price are given together, net may not exceed gross. JSON Schema cannot compare two values, so the server checks these rules. */
        Price: {
            /** @description The amount. */
            amount: number;
            /** @description The amount after discounts; if given, not greater than `amount`. */
            amountDiscounted?: number;
        };
        /** @description A unit price with an optional list price. `amountDiscounted` may not exceed `amount` (checked by the server only). */
        ListPrice: {
            /** @description The amount. */
            amount: number;
            /** @description The amount after discounts; if given, not greater than `amount`. */
            amountDiscounted?: number;
            /** @description List price or manufacturer's recommended retail price. */
            listPrice?: number;
        };
        /** @description A summed price with its taxes and promotions. At least one of `net` and `gross` must be given; if both are given, gross must not be less than net (the latter is checked by the server only). */
        SumPrice: {
            net?: components["schemas"]["Price"];
            gross?: components["schemas"]["Price"];
            /** @description The taxes contained in the price. Each tax `type` may appear only once (checked by the server only). Returned sorted by `type`, ascending. */
            taxes: components["schemas"]["Tax"][];
            /** @description The promotions applied to the price. Returned sorted by `id`, ascending. */
            promotions?: components["schemas"]["Promotion"][];
        } & ({
            net: components["schemas"]["Price"];
        } | {
            gross: components["schemas"]["Price"];
        });
        /** @description The total price of the order with its taxes. At least one of `net` and `gross` must be given; if both are given, gross must not be less than net (the latter is checked by the server only). */
        TotalPrice: {
            net?: components["schemas"]["Price"];
            gross?: components["schemas"]["Price"];
            /** @description The taxes contained in the total. Each tax `type` may appear only once (checked by the server only). Returned sorted by `type`, ascending. */
            taxes: components["schemas"]["Tax"][];
        } & ({
            net: components["schemas"]["Price"];
        } | {
            gross: components["schemas"]["Price"];
        });
        /** @description Price of one unit of the product. At least one of `net` and `gross` must be given; if both are given, gross must not be less than net (the latter is checked by the server only). */
        UnitPrice: {
            net?: components["schemas"]["ListPrice"];
            gross?: components["schemas"]["ListPrice"];
        } & ({
            net: components["schemas"]["ListPrice"];
        } | {
            gross: components["schemas"]["ListPrice"];
        });
        /** @description A charge such as a delivery charge, on order or shipping bucket level. Gross must not be less than net (checked by the server only). */
        Charge: {
            /**
             * Format: int64
             * @description Number of the charge; if given, it must be unique within the order.
             */
            number?: number;
            /** @description Kind of charge, e.g. `DELIVERYCHARGE`. The documentation lists no fixed set of values. */
            type: string;
            net: components["schemas"]["Price"];
            gross: components["schemas"]["Price"];
            /** @description The taxes contained in the charge. Each tax `type` may appear only once (checked by the server only). Returned sorted by `type`, ascending. */
            taxes: components["schemas"]["Tax"][];
            /** @description The promotions applied to the charge. Returned sorted by `id`, ascending. */
            promotions?: components["schemas"]["Promotion"][];
        };
        /** @description One tax contained in a price. If IOM does not know the tax `type` yet, `rate` must be given (and `location` should be); the server checks this, the schema cannot know which types IOM knows. */
        Tax: {
            /** @description Kind of tax, e.g. `VAT`. Types unknown to IOM are accepted when `rate` is given. */
            type: string;
            /** @description Tax amount. */
            amount: number;
            /** @description Tax rate in percent (5.3 means 5.3 %), at most 5 decimal places (checked by the server only). Mandatory when the tax type is not yet known to IOM. */
            rate?: number;
            /** @description Where the tax applies; for countries preferably an ISO 3166-1 alpha-3 code. Defaults to the shop's country. */
            location?: string;
        };
        /** @description A promotion that reduced a price. `grossValue` must not be less than `netValue` (checked by the server only). */
        Promotion: {
            /**
             * @description `PERCENTAGE`: `promotionValue` is a percentage. `FIXED`: `promotionValue` is an amount of money.
             * @enum {string}
             */
            promotionValueType: "PERCENTAGE" | "FIXED";
            /** @description Size of the promotion, as percentage or fixed amount (see `promotionValueType`); not negative. */
            promotionValue: number;
            /** @description ID of the promotion. */
            id: string;
            /** @description The promotion's name. */
            name: string;
            /** @description ID of the promotion's descriptor. */
            descriptorId: string;
            /** @description Promotion code the customer redeemed. */
            code?: string;
            /** @description Budget the promotion is paid from. */
            budgetSourceId?: string;
            /** @description Net amount of the reduction; not greater than `grossValue`. */
            netValue: number;
            /** @description Gross amount of the reduction; not less than `netValue`. */
            grossValue: number;
        };
        /** @description A request to change an existing order. */
        ChangeRequestCreate: {
            /** @description The complete order as it should look after the change. `shopOrderNumber` must equal the number of the original order (checked by the server only); `shopOrderUpdateDate` is mandatory here. */
            changeRequest: components["schemas"]["Order"] & {
                /** Format: date-time */
                shopOrderUpdateDate: string;
            };
            /** @description The shop's ID for the change request; used to read it back with getChangeRequest. */
            changeRequestId: string;
        };
        /** @description A change request with its processing status. */
        ChangeRequestView: {
            changeRequest?: components["schemas"]["Order"];
            /** @description The shop's ID for the change request. */
            changeRequestId: string;
            /** @description Name of whoever created the change request. */
            creator: string;
            /**
             * Format: date-time
             * @description When the change request was created.
             */
            creationDate: string;
            /**
             * Format: date-time
             * @description When the change request was last updated.
             */
            updateDate?: string;
            /**
             * @description Processing status: `OPEN`, `ACCEPTED`, `APPLIED` or `FAILED_TO_APPLY`. The documentation does not explain the individual values.
             * @enum {string}
             */
            status: "OPEN" | "ACCEPTED" | "APPLIED" | "FAILED_TO_APPLY";
        };
        /** @description Information about the whole result set of a paged search. */
        CollectionMetaData: {
            /**
             * Format: int64
             * @description Number of matching objects in total, regardless of `offset` and `limit`.
             */
            totalCount?: number;
        };
        /** @description One page of order states found by getOrderStatesBySortCriterias. */
        OrderStateCollectionContainer: {
            /** @description The order states on this page. */
            data?: components["schemas"]["OrderState"][];
            meta?: components["schemas"]["CollectionMetaData"];
            /** @description Links related to the result, as name-to-URI pairs. The documentation does not name the links. */
            links?: {
                [key: string]: string;
            };
        };
        /** @description One page of getModifiedOrderStates: the latest state of each order modified since the requested point, oldest modification first. */
        LatestOrderStateCollectionContainer: {
            /** @description The order states on this page. */
            data?: components["schemas"]["OrderState"][];
            meta?: components["schemas"]["LatestOrderStatesMetaData"];
            /** @description Links related to the result, as name-to-URI pairs. The documentation does not name the links. */
            links?: {
                [key: string]: string;
            };
        };
        /** @description Counts and cursors of a getModifiedOrderStates page. The vendor marks none of them as always present. */
        LatestOrderStatesMetaData: {
            /**
             * Format: int32
             * @description Number of modified orders in total, regardless of `limit`. (int32 here, as in the vendor's 2.4 document; the search's `CollectionMetaData.totalCount` is int64.)
             */
            totalCount?: number;
            /**
             * Format: int32
             * @description Number of order states on this page. Equal to `totalCount` when nothing more was there when the answer was computed.
             */
            pageSize?: number;
            /**
             * Format: int64
             * @description The lowest modification cursor on this page.
             */
            minCursor?: number;
            /**
             * Format: int64
             * @description The highest modification cursor on this page: pass it as `minCursor` to request the next page. Cursor values are not contiguous; gaps are normal.
             */
            maxCursor?: number;
        };
        /** @description The state of an order: the order data plus its overall status, the state of each position (ordered, commissioned, confirmed, dispatched, returned), notes, payment state and documents. */
        OrderState: {
            /** @description The shop's order number. */
            shopOrderNumber: string;
            /**
             * Format: date-time
             * @description When the shop created the order (ISO 8601).
             */
            shopOrderCreationDate: string;
            /**
             * Format: date-time
             * @description When the shop last changed the order (ISO 8601), if it was changed.
             */
            shopOrderUpdateDate?: string;
            /**
             * Format: int64
             * @description ID of the stock reservation made with the IOM reservation service, if any.
             */
            reservationId?: number;
            /** @description Name or ID of the cost center the order is booked on. */
            costCenter?: string;
            /** @description Name or ID of the project the order belongs to. */
            project?: string;
            customerData: components["schemas"]["CustomerData"];
            invoiceAddress: components["schemas"]["AddressInvoice"];
            sales: components["schemas"]["Sales"];
            payment: components["schemas"]["Payment"];
            /** @description Name of the rule IOM uses to optimise the order; the shop's default rule applies if none was set. */
            optimizationRule?: string;
            /** @description Whether IOM may split the order into several shipments. */
            splitShipmentAllowed?: boolean;
            /** @description Free-form attributes of the order, grouped by group name: each key is a group, each value maps attribute names to string values. */
            additionalAttributes?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** @description The shipping buckets of the order with the state of their positions. */
            shippingBuckets: components["schemas"]["ShippingBucketOrderState"][];
            /** @description Overall status of the order, e.g. `STATE_DISPATCHED`. The documentation gives examples but no complete list of values. */
            status: string;
            /** @description Notes recorded for the order. */
            notes?: components["schemas"]["OrderNote"][];
            paymentState?: components["schemas"]["PaymentState"];
            /** @description Documents of the order, e.g. invoices, as download links. */
            documents?: components["schemas"]["OrderDocument"][];
        };
        /** @description Shipping bucket as shown in an order state, with the state of each position. */
        ShippingBucketOrderState: {
            /** @description Number of the bucket, unique within the order if given. */
            number?: string;
            shippingAddress: components["schemas"]["AddressShipping"];
            /** @description Shipping method the customer chose, e.g. `DHL`. */
            shippingMethod?: string;
            /** @description Charges of the bucket, e.g. a delivery charge. Returned sorted by `number`, ascending. */
            charges?: components["schemas"]["Charge"][];
            /** @description Free-form attributes of the bucket, grouped by group name: each key is a group, each value maps attribute names to string values. */
            additionalAttributes?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** @description The positions of the bucket with their state. */
            positions: components["schemas"]["OrderStatePosition"][];
        };
        /** @description A position of an order state with everything that happened to it so far. */
        OrderStatePosition: {
            /**
             * Format: int32
             * @description Number of the position, unique within the order if given.
             */
            number?: number;
            /** @description Unit of the quantity, e.g. `liter`; only printed on the invoice. */
            productUnit?: string;
            product: components["schemas"]["Product"];
            /** @description Name or ID of the cost center the position is booked on. */
            costCenter?: string;
            /** @description Name or ID of the project the position belongs to. */
            project?: string;
            /** @description Free-form attributes of the position, grouped by group name: each key is a group, each value maps attribute names to string values. */
            additionalAttributes?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            /** @description Status of the position, e.g. `STATE_DO_APPROVE`. The documentation gives examples but no complete list of values. */
            status: string;
            ordered?: components["schemas"]["OrderPositionOrdered"];
            commissioned?: components["schemas"]["OrderPositionSupplier"];
            confirmed?: components["schemas"]["OrderPositionConfirmed"];
            /** @description Dispatches of (parts of) the position. */
            dispatched?: components["schemas"]["OrderPositionDispatched"][];
            /** @description Returns of (parts of) the position. */
            returned?: components["schemas"]["OrderPositionReturned"][];
        };
        /** @description What was ordered for the position. */
        OrderPositionOrdered: {
            shipping: components["schemas"]["OrderStateShipping"];
            /**
             * Format: int32
             * @description Ordered quantity.
             */
            quantity: number;
            sum: components["schemas"]["SumPrice"];
            unitPrice?: components["schemas"]["UnitPrice"];
        };
        /** @description Delivery data of an ordered position, including what the supplier confirmed. */
        OrderStateShipping: {
            /** @description Freight class of the shipment. */
            freightClass?: string;
            /** @description Delivery options the customer chose, e.g. `DELIVERY_ON_ISLAND`. */
            deliveryOptions?: string[];
            deliveryDate: components["schemas"]["DeliveryDate"];
            /**
             * Format: int32
             * @description Number of days until the expected delivery. The vendor marks it as required, but IOM accepts orders without it (see `Shipping.expectedDeliveryDays`), and the documentation does not say whether the order state of such an order carries a value, so it is optional here.
             */
            expectedDeliveryDays?: number;
            /**
             * Format: int32
             * @description Number of days until delivery as expected by the supplier.
             */
            supplierExpectedDeliveryDays?: number;
            /**
             * Format: date-time
             * @description Delivery date confirmed by the supplier.
             */
            confirmedDeliveryDate?: string;
            /** @description The supplier IOM selected for the delivery. */
            selectedSupplier?: string;
        };
        /** @description Commissioning of the position to a supplier. */
        OrderPositionSupplier: {
            /** @description The shop's name for the supplier. */
            name: string;
            /**
             * Format: date-time
             * @description When the position was commissioned to the supplier.
             */
            commissionDate?: string;
        };
        /** @description The supplier's confirmation of the position. */
        OrderPositionConfirmed: {
            /** @description Kind of confirmation given by the supplier. The documentation lists no values. */
            type: string;
            /**
             * Format: date-time
             * @description When the supplier confirmed.
             */
            confirmationDate: string;
            /** @description Confirmed quantities per planned delivery date. */
            quantities?: components["schemas"]["OrderPositionConfirmedQuantity"][];
            /** @description Quantities the supplier cannot deliver (cancelled or recalled). */
            cancelled?: components["schemas"]["OrderPositionConfirmedCancelled"][];
        };
        /** @description A quantity the supplier confirmed for one planned delivery date. */
        OrderPositionConfirmedQuantity: {
            /**
             * Format: int32
             * @description Quantity to be delivered on the planned date.
             */
            value: number;
            /**
             * Format: date
             * @description Planned delivery date.
             */
            plannedDeliveryDate?: string;
        };
        /** @description A quantity that was cancelled or recalled. */
        OrderPositionConfirmedCancelled: {
            /**
             * Format: int32
             * @description Quantity that was cancelled or recalled.
             */
            quantity: number;
            /**
             * Format: date-time
             * @description When it was cancelled or recalled.
             */
            cancelDate?: string;
            reason?: components["schemas"]["OrderPositionConfirmedCancelledReason"];
        };
        /** @description Why a quantity was cancelled or recalled. */
        OrderPositionConfirmedCancelledReason: {
            /** @description Reason code, e.g. `RCL021`. */
            id: string;
            /** @description Reason as free text. */
            value?: string;
        };
        /** @description One dispatch of (part of) the position. */
        OrderPositionDispatched: {
            /**
             * Format: int32
             * @description Quantity handed over to the carrier in this dispatch.
             */
            quantity: number;
            /** @description Number of the delivery note. */
            deliveryNoteNumber?: string;
            /**
             * Format: date-time
             * @description When the goods were handed over to the carrier.
             */
            dispatchDate: string;
            carrier?: components["schemas"]["OrderStateOrderPositionDispatchedCarrier"];
            /** @description Details of the individual dispatched items. */
            units?: components["schemas"]["OrderPositionDispatchedUnit"][];
        };
        /** @description The carrier that transports a dispatch. */
        OrderStateOrderPositionDispatchedCarrier: {
            /** @description Name of the carrier, e.g. `DHL`. */
            name: string;
            /**
             * Format: int32
             * @description How many packages the dispatch consists of.
             */
            packages: number;
            shipmentTracking?: components["schemas"]["OrderPositionDispatchedCarrierTracking"];
        };
        /** @description Tracking data of a shipment. */
        OrderPositionDispatchedCarrierTracking: {
            /** @description Tracking number. */
            number: string;
            /**
             * Format: uri
             * @description Web page where the shipment can be tracked.
             */
            url?: string;
        };
        /** @description One dispatched item. */
        OrderPositionDispatchedUnit: {
            /** @description Serial number of the item. */
            serialNumber: string;
        };
        /** @description One return of (part of) a position. It comes in one of two shapes: quantity based (OrderPositionReturnedQuantities: a returned `quantity` with one reason and one payment) or unit based (OrderPositionReturnedUnits: a list of returned `units`, each with its own serial number, reason and payment). Both carry `status` and `supplierEntryDate`. Tell them apart by the presence of `quantity` or `units`. */
        OrderPositionReturned: components["schemas"]["OrderPositionReturnedQuantities"] | components["schemas"]["OrderPositionReturnedUnits"];
        /** @description A quantity based return of a position (how many items came back, for one reason). */
        OrderPositionReturnedQuantities: {
            /** @description Status of the return, e.g. `CLOSED`. The documentation lists no complete set of values. */
            status: string;
            /**
             * Format: date-time
             * @description When the return arrived at the supplier.
             */
            supplierEntryDate?: string;
            /**
             * Format: int32
             * @description Number of returned items of the position.
             */
            quantity: number;
            returnReason?: components["schemas"]["OrderPositionReturnedReason"];
            payment?: components["schemas"]["OrderPositionReturnedReturnPayment"];
        };
        /** @description A unit based return of a position (individual items, identified by serial number). */
        OrderPositionReturnedUnits: {
            /** @description Status of the return, e.g. `CLOSED`. The documentation lists no complete set of values. */
            status: string;
            /**
             * Format: date-time
             * @description When the return arrived at the supplier.
             */
            supplierEntryDate?: string;
            /** @description The returned items. */
            units: components["schemas"]["OrderPositionReturnedUnitsUnit"][];
        };
        /** @description One returned item. */
        OrderPositionReturnedUnitsUnit: {
            /** @description Serial number of the item. */
            serialNumber: string;
            returnReason?: components["schemas"]["OrderPositionReturnedReason"];
            payment?: components["schemas"]["OrderPositionReturnedReturnPayment"];
        };
        /** @description Why something was returned. */
        OrderPositionReturnedReason: {
            /** @description The return reason code, e.g. `RET990`. */
            value: string;
            /** @description The return type the reason belongs to, e.g. `RET`. */
            type: string;
        };
        /** @description What is refunded for a return. */
        OrderPositionReturnedReturnPayment: {
            reduction: components["schemas"]["OrderPositionReturnedReturnPaymentReduction"];
            /** @description Net amount refunded. */
            refundNet: number;
        };
        /** @description Why the refund was reduced. */
        OrderPositionReturnedReturnPaymentReduction: {
            /** @description The supplier's explanation of the reduction. */
            reduceText: string;
            /** @description The shop's name of the reduction. */
            reduceReason: string;
        };
        /** @description A note recorded for an order. */
        OrderNote: {
            /** @description Text of the note. */
            message: string;
            /** @description Kind of note, e.g. `COMPLAINT`. The documentation lists no complete set of values. */
            type?: string;
            /**
             * Format: date-time
             * @description When the note was created.
             */
            creationDate?: string;
        };
        /** @description A document of an order (e.g. an invoice), given as a download link. */
        OrderDocument: {
            /** @description Kind of document, e.g. `invoiceNote`. The documentation lists no complete set of values. */
            type: string;
            /**
             * Format: uri
             * @description URI to download the document from.
             */
            downloadLink: string;
            /**
             * Format: date-time
             * @description When the document was created (ISO 8601).
             */
            creationDate?: string;
            /** @description MIME type of the document, e.g. `application/pdf`. */
            mimeType?: string;
        };
        /** @description Payment balance of an order and the payment events that led to it. */
        PaymentState: {
            /** @description Sum of all invoices of the order. */
            invoicingDebitAmount: number;
            /** @description Sum of all credit notes of the order. */
            invoicingCreditAmount: number;
            /** @description Sum of all captured amounts. */
            chargedDebitAmount: number;
            /** @description Sum of all refunded amounts. */
            chargedCreditAmount: number;
            /** @description Open balance of captures and refunds; positive means refunds are open, negative means captures are open. */
            chargedOpenAmount: number;
            /** @description Sum of all incoming payments. */
            bookedDebitAmount: number;
            /** @description Sum of all outgoing payments. */
            bookedCreditAmount: number;
            /** @description Open balance of payments; positive means outgoing payments are open, negative means incoming payments are open. */
            bookedOpenAmount: number;
            /**
             * Format: date-time
             * @description When this payment state was created.
             */
            creationDate: string;
            /**
             * Format: date-time
             * @description When money was last captured.
             */
            lastCaptureDate?: string;
            /**
             * Format: date-time
             * @description When money was last refunded.
             */
            lastRefundDate?: string;
            /**
             * Format: date-time
             * @description When this payment state was last calculated.
             */
            lastCalculationDate: string;
            /** @description Currency of all amounts (ISO 4217), e.g. `EUR`. */
            currencyCode: string;
            /** @description The payment events of the order. */
            paymentHistory?: components["schemas"]["PaymentStateHistoryItem"][];
        };
        /** @description One payment event of an order. */
        PaymentStateHistoryItem: {
            /** @description Amount of the event. */
            amount: number;
            /** @description Currency of the amount (ISO 4217). */
            currencyCode: string;
            /**
             * @description Kind of payment notification.
             * @enum {string}
             */
            type: "INBOUND" | "OUTBOUND" | "ACTION";
            /**
             * @description Payment action.
             * @enum {string}
             */
            action: "AUTHORIZATION" | "REVERSE" | "CAPTURE" | "REFUND";
            /** @description Payment method used, e.g. `CREDITCARD`. */
            paymentMethod: string;
            /**
             * Format: date-time
             * @description When the payment notification was created.
             */
            creationDate: string;
            /**
             * Format: date-time
             * @description When the payment notification was last modified.
             */
            modificationDate: string;
            /** @description Comment on the event. */
            comment?: string;
            /** @description Number of the invoice the payment belongs to, if any. */
            invoiceNumber?: string;
        };
    };
    responses: {
        /** @description The order was rejected because it is not valid (e.g. a missing mandatory attribute or a broken rule). The body lists the problems. */
        BadRequestOrder: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorReport"];
            };
        };
        /** @description The change request was rejected because it is not valid (e.g. the order number of the changed order differs from the original one). The body lists the problems. */
        BadRequestChangeRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorReport"];
            };
        };
        /** @description The request was rejected because a parameter is not valid. The body lists the problems. */
        BadRequestParameters: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorReport"];
            };
        };
        /** @description The search was rejected because a filter or paging parameter is not valid. The body lists the problems. */
        BadRequestSearch: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorReport"];
            };
        };
        /** @description No credentials were sent, or they are invalid. The documentation does not describe a response body. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The credentials are valid but the shop lacks the permission needed for this operation (see the API description). The documentation does not describe a response body. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The requested resource (shop, order or change request) does not exist. The documentation does not describe a response body. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request used a media type the server does not accept, e.g. a body sent as `application/json` instead of `application/vnd.intershop.order.v2+json`. The documentation does not describe a response body. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The server cannot answer in a media type listed in the `Accept` header. The documentation does not describe a response body. */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description An unexpected error happened on the server. The documentation does not describe a response body. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Numeric ID of the shop in IOM.
         * @example 1000
         */
        ShopId: number;
        /**
         * @description The order number the shop gave the order (`Order.shopOrderNumber`).
         * @example B2B-2024-000731
         */
        ShopOrderNumber: string;
        /**
         * @description The ID of the change request (`changeRequestId` given when it was created).
         * @example CR-000731-01
         */
        ChangeRequestId: string;
        /**
         * @description Attributes to leave out of the answer, e.g. `changeRequest`. The documentation names no other values, so any string is accepted here. Serialization is not documented by the vendor; we declare the OpenAPI default for query arrays (`style: form`, `explode: true`, i.e. `?excludes=a&excludes=b`).
         * @example [
         *       "changeRequest"
         *     ]
         */
        Excludes: string[];
        /**
         * @description Only orders with one of these shop order numbers. Serialization is not documented by the vendor; we declare the OpenAPI default (`style: form`, `explode: true`, the parameter repeated once per value).
         * @example [
         *       "B2B-2024-000731",
         *       "B2B-2024-000745"
         *     ]
         */
        ShopOrderNumbers: string[];
        /**
         * @description Only orders of customers with one of these shop customer numbers (`CustomerData.shopCustomerNumber`). Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
         * @example [
         *       "C-100482"
         *     ]
         */
        ShopCustomerNumbers: string[];
        /**
         * @description Only orders containing a product with one of these shop product numbers (`Product.number`). Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
         * @example [
         *       "CHAIR-ERG-200",
         *       "LAMP-LED-10"
         *     ]
         */
        ProductNumbers: string[];
        /**
         * @description Only orders in one of these order statuses (`OrderState.status`, e.g. `STATE_DISPATCHED`). The documentation gives examples but no complete list, so any string is accepted here. Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
         * @example [
         *       "STATE_COMMISSIONED",
         *       "STATE_DISPATCHED"
         *     ]
         */
        Statuses: string[];
        /**
         * @description Only orders where one of these e-mail addresses appears in an address of the order (added in 2.3). Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
         * @example [
         *       "purchasing@example.com",
         *       "accounts-payable@example.com"
         *     ]
         */
        Emails: string[];
        /**
         * @description Only orders that the shop created on or after this date.
         * @example 2024-03-01
         */
        ShopOrderCreationDateGte: string;
        /**
         * @description Only orders that the shop created on or before this date.
         * @example 2024-03-31
         */
        ShopOrderCreationDateLte: string;
        /**
         * @description Attribute to sort by: `shopOrderNumber`, `shopCustomerNumber` or `shopOrderCreationDate` (the shop's order number, customer number or order creation date). Defaults to `shopOrderCreationDate`. `id` is accepted as well although the vendor does not list it: Intershop's own test framework (intershop/iom-test-framework, `OMSSearchParams`, passed on by `OMSOrderServiceHandlerV2_3`) sends `orderBy=id` by default. The documentation does not say what order `id` produces.
         * @example shopOrderCreationDate
         */
        OrderBy: "shopOrderNumber" | "shopCustomerNumber" | "shopOrderCreationDate" | "id";
        /**
         * @description Sort order, `ASC` (ascending) or `DESC` (descending). Defaults to `ASC`.
         * @example DESC
         */
        SortDirection: "ASC" | "DESC";
        /**
         * @description Zero-based index of the first matching order to return.
         * @example 0
         */
        Offset: number;
        /**
         * @description Maximum number of order states to return in one page.
         * @example 25
         */
        Limit: number;
        /**
         * @description Return the orders modified (or created) at or after this time. Use it for the first request of a walk; then page with `minCursor`. Send either this or `minCursor` (see the operation).
         * @example 2019-06-03T15:57:33.521+02:00
         */
        ModifiedSince: string;
        /**
         * @description Return the orders whose modification cursor is at least this value: pass the `meta.maxCursor` of the previous answer. Whether the order at exactly this cursor is returned again is not documented. Send either this or `modifiedSince` (see the operation). (FIX: the vendor's example for this int64 parameter is a date-time; the example here is a cursor.)
         * @example 20153
         */
        MinCursor: number;
        /**
         * @description Maximum number of order states to return in one page (1 to 10000).
         * @example 1000
         */
        ModifiedLimit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
            };
            cookie?: never;
        };
        /** @description The order to create. */
        requestBody: {
            content: {
                "application/vnd.intershop.order.v2+json": components["schemas"]["Order"];
            };
        };
        responses: {
            /** @description The order was accepted and created. No response body is documented. */
            201: {
                headers: {
                    /** @description Where the new order can be read (the vendor calls it the path to the new resource and types it as a URL; whether it is absolute or relative is not documented). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestOrder"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.intershop.order.v2+json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequestParameters"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getChangeRequestViewList: {
        parameters: {
            query?: {
                /**
                 * @description Attributes to leave out of the answer, e.g. `changeRequest`. The documentation names no other values, so any string is accepted here. Serialization is not documented by the vendor; we declare the OpenAPI default for query arrays (`style: form`, `explode: true`, i.e. `?excludes=a&excludes=b`).
                 * @example [
                 *       "changeRequest"
                 *     ]
                 */
                excludes?: components["parameters"]["Excludes"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change requests of the order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.intershop.order.v2+json": components["schemas"]["ChangeRequestView"][];
                };
            };
            400: components["responses"]["BadRequestParameters"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
            };
            cookie?: never;
        };
        /** @description The change request to create. */
        requestBody: {
            content: {
                "application/vnd.intershop.order.v2+json": components["schemas"]["ChangeRequestCreate"];
            };
        };
        responses: {
            /** @description The change request was accepted and created. No response body is documented. */
            201: {
                headers: {
                    /** @description Where the new change request can be read (the vendor calls it the path to the new resource and types it as a URL; whether it is absolute or relative is not documented). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequestChangeRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getChangeRequest: {
        parameters: {
            query?: {
                /**
                 * @description Attributes to leave out of the answer, e.g. `changeRequest`. The documentation names no other values, so any string is accepted here. Serialization is not documented by the vendor; we declare the OpenAPI default for query arrays (`style: form`, `explode: true`, i.e. `?excludes=a&excludes=b`).
                 * @example [
                 *       "changeRequest"
                 *     ]
                 */
                excludes?: components["parameters"]["Excludes"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
                /**
                 * @description The order number the shop gave the order (`Order.shopOrderNumber`).
                 * @example B2B-2024-000731
                 */
                shopOrderNumber: components["parameters"]["ShopOrderNumber"];
                /**
                 * @description The ID of the change request (`changeRequestId` given when it was created).
                 * @example CR-000731-01
                 */
                changeRequestId: components["parameters"]["ChangeRequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.intershop.order.v2+json": components["schemas"]["ChangeRequestView"];
                };
            };
            400: components["responses"]["BadRequestParameters"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getOrderStatesBySortCriterias: {
        parameters: {
            query?: {
                /**
                 * @description Only orders with one of these shop order numbers. Serialization is not documented by the vendor; we declare the OpenAPI default (`style: form`, `explode: true`, the parameter repeated once per value).
                 * @example [
                 *       "B2B-2024-000731",
                 *       "B2B-2024-000745"
                 *     ]
                 */
                shopOrderNumbers?: components["parameters"]["ShopOrderNumbers"];
                /**
                 * @description Only orders of customers with one of these shop customer numbers (`CustomerData.shopCustomerNumber`). Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
                 * @example [
                 *       "C-100482"
                 *     ]
                 */
                shopCustomerNumbers?: components["parameters"]["ShopCustomerNumbers"];
                /**
                 * @description Only orders containing a product with one of these shop product numbers (`Product.number`). Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
                 * @example [
                 *       "CHAIR-ERG-200",
                 *       "LAMP-LED-10"
                 *     ]
                 */
                productNumbers?: components["parameters"]["ProductNumbers"];
                /**
                 * @description Only orders in one of these order statuses (`OrderState.status`, e.g. `STATE_DISPATCHED`). The documentation gives examples but no complete list, so any string is accepted here. Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
                 * @example [
                 *       "STATE_COMMISSIONED",
                 *       "STATE_DISPATCHED"
                 *     ]
                 */
                statuses?: components["parameters"]["Statuses"];
                /**
                 * @description Only orders where one of these e-mail addresses appears in an address of the order (added in 2.3). Serialized as `style: form`, `explode: true` (the vendor does not say; this is the OpenAPI default).
                 * @example [
                 *       "purchasing@example.com",
                 *       "accounts-payable@example.com"
                 *     ]
                 */
                emails?: components["parameters"]["Emails"];
                /**
                 * @description Only orders that the shop created on or after this date.
                 * @example 2024-03-01
                 */
                "shopOrderCreationDate[gte]"?: components["parameters"]["ShopOrderCreationDateGte"];
                /**
                 * @description Only orders that the shop created on or before this date.
                 * @example 2024-03-31
                 */
                "shopOrderCreationDate[lte]"?: components["parameters"]["ShopOrderCreationDateLte"];
                /**
                 * @description Attribute to sort by: `shopOrderNumber`, `shopCustomerNumber` or `shopOrderCreationDate` (the shop's order number, customer number or order creation date). Defaults to `shopOrderCreationDate`. `id` is accepted as well although the vendor does not list it: Intershop's own test framework (intershop/iom-test-framework, `OMSSearchParams`, passed on by `OMSOrderServiceHandlerV2_3`) sends `orderBy=id` by default. The documentation does not say what order `id` produces.
                 * @example shopOrderCreationDate
                 */
                orderBy?: components["parameters"]["OrderBy"];
                /**
                 * @description Sort order, `ASC` (ascending) or `DESC` (descending). Defaults to `ASC`.
                 * @example DESC
                 */
                sortDirection?: components["parameters"]["SortDirection"];
                /**
                 * @description Zero-based index of the first matching order to return.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Maximum number of order states to return in one page.
                 * @example 25
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching order states. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.intershop.order.v2+json": components["schemas"]["OrderStateCollectionContainer"];
                };
            };
            400: components["responses"]["BadRequestSearch"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getModifiedOrderStates: {
        parameters: {
            query?: {
                /**
                 * @description Return the orders modified (or created) at or after this time. Use it for the first request of a walk; then page with `minCursor`. Send either this or `minCursor` (see the operation).
                 * @example 2019-06-03T15:57:33.521+02:00
                 */
                modifiedSince?: components["parameters"]["ModifiedSince"];
                /**
                 * @description Return the orders whose modification cursor is at least this value: pass the `meta.maxCursor` of the previous answer. Whether the order at exactly this cursor is returned again is not documented. Send either this or `modifiedSince` (see the operation). (FIX: the vendor's example for this int64 parameter is a date-time; the example here is a cursor.)
                 * @example 20153
                 */
                minCursor?: components["parameters"]["MinCursor"];
                /**
                 * @description Maximum number of order states to return in one page (1 to 10000).
                 * @example 1000
                 */
                limit?: components["parameters"]["ModifiedLimit"];
            };
            header?: never;
            path: {
                /**
                 * @description Numeric ID of the shop in IOM.
                 * @example 1000
                 */
                shopId: components["parameters"]["ShopId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest states of the orders modified since the given point, oldest modification first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.intershop.order.v2+json": components["schemas"]["LatestOrderStateCollectionContainer"];
                };
            };
            400: components["responses"]["BadRequestSearch"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
