// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by openapi-typescript 7.13.0 (--read-write-markers).
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
    "/order/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        /**
         * Get one order
         * @description Returns the order with the given order number.
         *
         *     Only partially documented: the reference page of this operation could not be read; it is
         *     known only from a link in the overview ("Get Order Details") and from the payment status
         *     callback, which is said to use the same format. The response is therefore modelled as the
         *     `Order`.
         *
         *     The `include*` query flags are declared although the reference page could not be read:
         *     an independent client (oscar-team/komfortkasse-php, `GetOrderDetails.php`) sends
         *     `includePostings`, `includeCollectionHistory` and `includePaymentReminders` on this call,
         *     and the `Order` documentation says its lists appear "only if parameter include... is
         *     given". `includeRefunds` is declared with them because every other order operation that
         *     takes these flags takes all four; no source shows it on this operation. The flags are
         *     optional, so a call without them is unchanged.
         *
         *     The error statuses are not on any readable page either. 400 and 401 follow the API-wide
         *     error convention, and 404 (an unknown order number) is listed because every readable
         *     operation page of the official reference (version 2.0.0 of May 1, 2026) documents the same
         *     404 "Resource not found (e.g. unknown order number)" with the `{ "error": ... }` body, the
         *     read-only operations `readOrders` and `getImage` included.
         */
        get: operations["getOrder"];
        put?: never;
        /**
         * Submit or update one order
         * @description Transmits an order that was placed in the shop. Send only orders that Komfortkasse should
         *     manage (prepayment, invoice, cash on delivery); orders paid by other means may be sent
         *     with type `OTHER`, which Komfortkasse does not manage.
         *
         *     Sending an order number that already exists updates the stored order, for example after
         *     the amount or the customer's email address changed in the shop. `initialDunningLevel` is
         *     only taken into account when the order is created; on later updates leave it out or send
         *     `0`.
         *
         *     The order number is taken from the path; the documented request body has no `number`
         *     field. The response is the stored order, including the fields only Komfortkasse sets.
         */
        post: operations["submitOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/order/remove/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order as removed from the shop
         * @description Tells Komfortkasse that the order no longer exists in the shop (for example deleted by
         *     an administrator or withdrawn by the customer) and should not be tracked any more. The
         *     payment status becomes `DISAPPEARED` and no further payment reminders are sent.
         *
         *     Use `cancelOrder` instead to record an explicit cancellation, which results in the
         *     distinct status `CANCELLED`. The request has no body.
         */
        post: operations["removeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/order/{orderNumber}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order
         * @description Records that the order was cancelled in the shop. The payment status becomes
         *     `CANCELLED` and no further payment reminders are sent. To report an order that simply
         *     vanished from the shop, use `removeOrder` (status `DISAPPEARED`) instead.
         *
         *     The request has no body. Unlike `removeOrder`, no `include*` query flags are documented
         *     for this operation, so none are declared.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/order/{orderNumber}/setpaid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an order as paid manually
         * @description Sets the order to paid by hand, for example when the customer paid in a way
         *     Komfortkasse cannot see. `setOrderUnpaid` reverts this.
         *
         *     Largely undocumented: this operation is only named in the overview of the process flow;
         *     its reference page could not be read. Unknown are whether it accepts a request body or
         *     query parameters (none are declared), what the success response contains (the 200
         *     response is therefore left untyped; by analogy with `setOrderUnpaid` it is probably the
         *     updated order, but that is not confirmed) and which error statuses it uses; 400 and 401
         *     are listed because they follow the API-wide error convention.
         */
        post: operations["setOrderPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/order/{orderNumber}/setunpaid": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revert a manual paid mark
         * @description Undoes an earlier `setOrderPaid` and sets the order back to unpaid. The request has no
         *     body and only the path parameter is documented.
         */
        post: operations["setOrderUnpaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/order/{orderNumber}/invoice/{invoiceNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
                /**
                 * @description Number of the invoice the uploaded file belongs to.
                 * @example 100072533
                 */
                invoiceNumber: components["parameters"]["InvoiceNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an invoice file for an order
         * @description Uploads the document (normally a PDF) of one invoice of the order. If it is the first
         *     invoice of the order and the shop is set up to send invoices by post, Komfortkasse may
         *     print and mail it to the customer as a result of this call.
         *
         *     Upload each invoice number only once: a repeated upload for the same invoice number is
         *     ignored by Komfortkasse, but because the first upload can trigger a letter, treat the call
         *     as not idempotent. A successful call returns 200 without a response body.
         */
        post: operations["submitInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/order/{orderNumber}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a refund for an order
         * @description Asks Komfortkasse to pay money of an existing order back to the customer by bank
         *     transfer.
         *
         *     * `plannedDate` has to lie in the future; it is the day the transfer should be started.
         *     * If the customer's bank details are still unknown, the refund starts in status
         *       `BANKDETAILS_MISSING` and Komfortkasse asks the customer for an IBAN; once it arrives
         *       the refund moves to `NEW` and is executed on the planned date.
         *     * `externalReference` is your own reference (for example a return/RMA number) and has to
         *       be unique within the shop; reusing the reference of an existing refund is rejected
         *       with an error.
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/image/{orderNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        /**
         * Get the payment slip or QR code of an order
         * @description Returns a payment-related image of the order as a PNG, Base64-encoded in a JSON object:
         *     the QR code or payment slip a shop prints on its invoice.
         *
         *     Without `type`, the reference does not say which image is returned: the parameter has no
         *     documented default (the changelog of the reference says it is no longer required).
         *     The reference marks none of the answer's fields as required, so each may be missing
         *     here too; `format` is documented as always `png`.
         */
        get: operations["getImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Returns the shop's orders, optionally filtered by age, payment status or the date of the
         *     latest posting. The intended use is to poll this list periodically, for example for
         *     orders that have become `PAID`.
         */
        get: operations["readOrders"];
        put?: never;
        /**
         * Submit or update several orders
         * @description Bulk variant of `submitOrder`: each element is an order with the same fields, plus the
         *     order `number`, which every element has to carry. Existing order numbers are updated.
         *
         *     Sending all open orders regularly (for example once a day) keeps amounts, email
         *     addresses and other data in sync. The documentation recommends splitting the upload into
         *     several calls when there are more than 100 orders, to avoid timeouts. The response lists
         *     the stored orders as read back after the update.
         */
        post: operations["submitOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ordersync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the complete list of open orders
         * @description Sends the numbers of all orders that are currently open in the shop. Every open order of
         *     this shop at Komfortkasse that is missing from the list gets the status `LEGACY` and is
         *     no longer tracked; the listed orders are recorded as still present. The response is the
         *     number of orders that were set to `LEGACY`.
         *
         *     Always send the complete list: a partial list would retire every order that was left
         *     out. The call can take a long time; allow a client timeout of at least 10 minutes.
         */
        post: operations["syncOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bank postings
         * @description Returns the bank postings (incoming payments) Komfortkasse has registered, optionally
         *     restricted to a creation date range and to one bank account, and optionally with the
         *     orders each posting was assigned to.
         *
         *     The reference page of this operation could only be read in part; its error responses
         *     were not among the part that was read. 400, 401 and 404 are listed because the
         *     documentation shows them on every operation page it presents.
         */
        get: operations["readPostings"];
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
        /** @description Error body returned with every documented error status. */
        Error: {
            /** @description Human-readable error message. */
            error: string;
        };
        /**
         * @description How the order is paid:
         *
         *     * `INVOICE`: invoice (German "Rechnung")
         *     * `PREPAYMENT`: prepayment (German "Vorkasse")
         *     * `COD`: cash on delivery (German "Nachnahme")
         *     * `OTHER`: any other payment method; such orders are not managed by Komfortkasse and
         *       are rarely needed
         * @enum {string}
         */
        OrderType: "INVOICE" | "PREPAYMENT" | "COD" | "OTHER";
        /**
         * @description Payment status of an order, set by Komfortkasse:
         *
         *     * `UNPAID`: no payment yet (status of a newly transmitted order)
         *     * `PAID`: paid in full, including overpayment; can also be set manually
         *     * `PAID_PARTIAL`: part of the amount has been paid
         *     * `CANCELLED`: cancelled, or overdue after a configured period; can also be set via `cancelOrder`
         *     * `REFUNDED`: refunded in full
         *     * `REFUNDED_PARTIAL`: refunded in part
         *     * `LEGACY`: no longer tracked, set by `syncOrders` for orders missing from the open list
         *     * `DISAPPEARED`: removed from the shop, set by `removeOrder`
         *     * `COLLECTION`: handed over to debt collection
         * @enum {string}
         */
        PaymentStatus: "UNPAID" | "PAID" | "PAID_PARTIAL" | "CANCELLED" | "REFUNDED" | "REFUNDED_PARTIAL" | "LEGACY" | "DISAPPEARED" | "COLLECTION";
        /**
         * @description Processing state of a refund, set by Komfortkasse:
         *
         *     * `NEW`: will be sent to the bank once the planned date is reached
         *     * `BANKDETAILS_MISSING`: waiting for the customer's bank details
         *     * `IN_PROCESS`: being processed
         *     * `PROCESSED`: executed by the bank
         *     * `RETURNED`: the transfer came back to the original account
         *     * `ERROR`: failed
         *     * `CANCELLED`: cancelled by hand before it was executed
         *     * `LEGACY`: old transfer that will not be processed
         *
         *     These are the values listed in the API reference. The Komfortkasse help centre mentions
         *     further status names (for example `PLANNED` and direct-debit variants) that the API
         *     reference does not list.
         * @enum {string}
         */
        RefundStatus: "NEW" | "BANKDETAILS_MISSING" | "IN_PROCESS" | "PROCESSED" | "RETURNED" | "ERROR" | "CANCELLED" | "LEGACY";
        /**
         * @description Kind of payment image:
         *
         *     * `QRCODE`: EPC QR code ("GiroCode")
         *     * `PAYMENTSLIP`: payment slip (German "Überweisungsträger", Austrian "Zahlschein", Swiss
         *       "Einzahlungsschein")
         *     * `PAYMENTSLIPPRINT`: a payment slip to print yourself (the reference says: currently only
         *       for the Swiss QR invoice)
         * @enum {string}
         */
        ImageType: "QRCODE" | "PAYMENTSLIP" | "PAYMENTSLIPPRINT";
        /** @description A payment image of an order. The reference marks no field as required. */
        PaymentImage: {
            type?: components["schemas"]["ImageType"];
            /**
             * @description Image format; the reference says it is always `png`.
             * @enum {string}
             */
            format?: "png";
            /**
             * Format: byte
             * @description The image file, Base64-encoded.
             */
            data?: string;
        };
        /**
         * @description Form of address of the person or company named in an address.
         * @enum {string}
         */
        Gender: "male" | "female" | "company" | "unknown";
        /**
         * @description Postal address of the customer. `countryCode` is always required, and at least one of
         *     `lastName` and `company` must be given (both are allowed). The either/or rule is expressed
         *     by the `anyOf` inside `allOf`; it is wrapped that way so that generated TypeScript types
         *     intersect the address fields with the rule instead of replacing them.
         */
        Address: {
            gender?: components["schemas"]["Gender"];
            /** @description Given name. */
            firstName?: string;
            /** @description Surname. Required unless `company` is given. */
            lastName?: string;
            /** @description Company name. Required unless `lastName` is given. */
            company?: string;
            /** @description Street and house number. */
            street?: string;
            /** @description Postal (ZIP) code. */
            postCode?: string;
            /** @description City. */
            city?: string;
            /** @description Two-letter ISO country code, for example `DE`. */
            countryCode: string;
            /** @description Phone number (optional). */
            phone?: string;
        } & ({
            /** @description Surname, given. */
            lastName: string;
        } | {
            /** @description Company name, given. */
            company: string;
        });
        /** @description One article of an order. Item numbers help Komfortkasse match payments to the order. */
        Item: {
            /** @description Article number, used for payment matching. */
            number: string;
            /** @description Article name. */
            name?: string;
        };
        /** @description Bank account the customer should pay into. Set by Komfortkasse. */
        BankAccount: {
            /** @description Account number, only for payments outside SEPA (for example in Switzerland). */
            accountNumber?: string;
            /** @description Bank code (such as the German Bankleitzahl or the Swiss clearing number), only for payments outside SEPA. */
            bankCode?: string;
            /** @description IBAN of the account. */
            iban?: string;
            /** @description BIC of the bank. */
            bic?: string;
            /** @description Name of the bank. */
            bankName?: string;
            /** @description Account holder the payment is addressed to. */
            remittee?: string;
        };
        /**
         * @description A bank posting, i.e. a payment registered by Komfortkasse. Postings only ever appear in
         *     responses. The same shape is used for the `postings` of an order and for the list returned
         *     by `readPostings`; the vendor documentation does not state explicitly that the two are
         *     identical, but they list the same fields. `orders` only appears in `readPostings`
         *     responses requested with `includeOrders=true`.
         */
        Posting: {
            /** @description Identifier assigned by Komfortkasse. */
            id?: $Read<string>;
            /** @description Amount of the posting, with two decimals. */
            amount?: $Read<number>;
            /** @description Currency of the posting. */
            currency?: $Read<string>;
            /** @description Booking date, format `dd-MM-yyyy` (the API-wide date format; not restated for this field). */
            postingDate?: $Read<string>;
            /** @description Value date, format `dd-MM-yyyy` (the API-wide date format; not restated for this field). */
            valuationDate?: $Read<string>;
            /** @description Name of the sender (counterparty). */
            originator?: $Read<string>;
            /** @description Reference number of the posting. */
            reference?: $Read<string>;
            /** @description Remittance information (payment reference text). */
            text?: $Read<string>;
            /** @description Orders this posting is assigned to; only with `includeOrders=true` on `readPostings`. */
            orders?: $Read<components["schemas"]["Order"][]>;
        };
        /** @description List of bank postings. */
        PostingList: components["schemas"]["Posting"][];
        /** @description One entry of the debt collection history of an order. Only appears in responses. */
        CollectionEvent: {
            /** @description When the event happened. The format of this value is undocumented. */
            timestamp?: $Read<string>;
            /** @description What happened. */
            description?: $Read<string>;
        };
        /** @description A payment reminder Komfortkasse sent for an order. Only appears in responses. */
        PaymentReminder: {
            /** @description Day the reminder was sent, format `dd-MM-yyyy` (the API-wide date format; not restated for this field). */
            date?: $Read<string>;
            /** @description Dunning level of this reminder. */
            dunningLevel?: $Read<number>;
            /** @description Fee charged with this reminder alone (not accumulated), with two decimals. */
            reminderFee?: $Read<number>;
            /** @description Whether the reminder went out by email. */
            email?: $Read<boolean>;
            /** @description Whether the reminder went out as a letter. */
            letter?: $Read<boolean>;
        };
        /** @description The fields you provide when creating a refund. They also appear in every `Refund`. */
        RefundRequest: {
            /** @description Your own reference for the refund (for example an RMA number); must be unique within the shop. */
            externalReference: string;
            /** @description Amount to pay back, with two decimals. */
            amount: number;
            /** @description Currency of the refund. */
            currency: string;
            /**
             * @description Day the bank transfer should be started, format `dd-MM-yyyy`; must be in the future.
             *     The actual transfer can happen later, for example while bank details are missing.
             */
            plannedDate: string;
        };
        /** @description A refund of an order, as stored by Komfortkasse. */
        Refund: components["schemas"]["RefundRequest"] & {
            /** @description Identifier assigned by Komfortkasse. */
            id?: $Read<string>;
            /**
             * @description Day the bank transfer was executed, format `dd-MM-yyyy` (the API-wide date format;
             *     not restated for this field); `null` while the refund has not been processed.
             */
            executionDate?: $Read<string | null>;
            /** @description Reference assigned by Komfortkasse, usually starting with `KKBT`. */
            referenceNumber?: $Read<string>;
            /** @description Current processing state (set by Komfortkasse). */
            status?: $Read<components["schemas"]["RefundStatus"]>;
        };
        /**
         * @description The order fields a shop transmits. This is the request body of `submitOrder`, where the
         *     order number comes from the path; the full `Order` adds the order number and the fields
         *     that only Komfortkasse sets.
         */
        OrderData: {
            /** @description Day the customer placed the order, format `dd-MM-yyyy`. */
            date: string;
            /** @description Day the amount is due (for invoice orders, for example, the shipping day), format `dd-MM-yyyy`. */
            dueDate?: string;
            /** @description Customer's email address. Optional, but needed for Komfortkasse to send payment details or reminders. */
            customerEmail?: string;
            /**
             * @description Customer number in the shop. If the customer has both a shop customer number and a
             *     marketplace user name (for example on eBay), join them with `/`.
             */
            customerNumber?: string;
            type: components["schemas"]["OrderType"];
            /** @description Second order number assigned by a third-party marketplace such as eBay. */
            marketplaceNumber?: string;
            /** @description Technical name or id of the payment method in the shop. Informational only. */
            paymentMethod?: string;
            /** @description Human-readable name of the payment method in the shop. Informational only. */
            paymentMethodDescription?: string;
            /** @description Name or id of the order status in the shop. Informational only. */
            statusDescription?: string;
            /** @description Total amount the customer is expected to pay, including taxes and shipping, with two decimals. */
            amount: number;
            /** @description ISO 4217 currency code of the order, for example `EUR`. */
            currency: string;
            /** @description Exchange rate; only needed for orders in a currency for which you have no Komfortkasse account. */
            exchangeRate?: number;
            /**
             * @description Language of the order as an ISO language code (for example `de`). Komfortkasse
             *     writes to the customer in this language if it supports it.
             */
            language?: string;
            /**
             * @deprecated
             * @description Replaced by `items`; do not use in new integrations.
             */
            itemNumbers?: string[];
            /** @description Articles of the order. Their numbers are used for payment matching. */
            items?: components["schemas"]["Item"][];
            /** @description Invoice numbers of the order, used for payment matching. */
            invoiceNumbers?: string[];
            /** @description Shipment tracking numbers, used for payment matching. Strongly advised for cash-on-delivery orders. */
            shippingNumbers?: string[];
            /**
             * @description Pro-forma invoice numbers, used for payment matching. Other informational numbers
             *     (quotes, order confirmations and the like) can be sent here too.
             */
            proformaNumbers?: string[];
            /** @description Billing address, the customer's primary address. */
            billing: components["schemas"]["Address"];
            /** @description Shipping address, the secondary address. Can be left out when it equals the billing address. */
            shipping?: components["schemas"]["Address"];
            /**
             * @description Dunning level the order starts with. Only honoured when the order is created; on
             *     later submissions of the same order leave it out or send `0`.
             */
            initialDunningLevel?: number;
            /** @description Set to `true` to stop Komfortkasse from sending automatic payment reminders for this order. */
            stopReminder?: boolean;
        };
        /**
         * @description An order as stored by Komfortkasse: the shop's order fields (`OrderData`), the order
         *     number, and the fields that only Komfortkasse sets. The latter are marked read-only: they
         *     only appear in responses and are not meant to be sent (how the server treats them in a
         *     request is undocumented). Returned by the order operations and used as the element of the
         *     bulk submit body, where `number` must be present.
         *
         *     The lists `postings`, `collectionHistory`, `paymentReminders` and `refunds` are only
         *     included when the matching `include*` query flag is set.
         */
        Order: components["schemas"]["OrderData"] & {
            /**
             * @description Order number, unique within the shop. Always present in responses and required
             *     for each element of a bulk submit; for a single submit the number is taken from
             *     the path.
             */
            number: string;
            /** @description Current payment status (set by Komfortkasse). */
            paymentStatus?: $Read<components["schemas"]["PaymentStatus"]>;
            /** @description Payment reference the customer should use; only set when Komfortkasse sends the payment details. */
            referenceNumber?: $Read<string>;
            /** @description Bank account the customer should pay into. */
            bankAccount?: $Read<components["schemas"]["BankAccount"]>;
            /** @description Dunning level, i.e. the number of payment reminders sent so far (`0` when none was sent). */
            dunningLevel?: $Read<number>;
            /**
             * @description Total amount paid so far, with two decimals: the sum of all postings minus the sum
             *     of all refunds. Only set when `paymentStatus` is not `UNPAID`.
             */
            amountPaid?: $Read<number>;
            /** @description Postings assigned to the order; only with `includePostings=true`. */
            postings?: $Read<components["schemas"]["Posting"][]>;
            /** @description Name of the debt collection agency; only while collection is active. */
            collectionPartner?: $Read<string>;
            /** @description File number at the debt collection agency; only while collection is active. */
            collectionFile?: $Read<string>;
            /** @description Status of the debt collection; only while collection is active. The possible values are undocumented. */
            collectionStatus?: $Read<string>;
            /** @description Debt collection events; only while collection is active and with `includeCollectionHistory=true`. */
            collectionHistory?: $Read<components["schemas"]["CollectionEvent"][]>;
            /** @description Payment reminders sent for the order; only with `includePaymentReminders=true`. */
            paymentReminders?: $Read<components["schemas"]["PaymentReminder"][]>;
            /** @description Refunds of the order; only with `includeRefunds=true`. */
            refunds?: $Read<components["schemas"]["Refund"][]>;
            /** @description Whether bank details for a refund are known; only set with `includePostings=true`. */
            hasBankDetailsForRefund?: $Read<boolean>;
        };
        /**
         * @description List of orders: the body and the response of the bulk submit (`submitOrders`) and the
         *     response of `readOrders`.
         */
        OrderList: components["schemas"]["Order"][];
        /** @description Numbers of all orders that are currently open in the shop (always the complete list). */
        OrderSyncRequest: string[];
        /** @description Number of orders that were set to `LEGACY` because they were missing from the list. */
        OrderSyncResult: number;
        /** @description Multipart form carrying one invoice document. */
        InvoiceUpload: {
            /**
             * Format: binary
             * @description The invoice document (PDF).
             */
            file: string;
        };
    };
    responses: {
        /** @description The request is invalid, for example a required field is missing or a value has the wrong format. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is missing or not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The addressed resource does not exist, for example an unknown order number. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The shop's order number (unique within the shop).
         * @example 10001
         */
        OrderNumber: string;
        /**
         * @description Number of the invoice the uploaded file belongs to.
         * @example 100072533
         */
        InvoiceNumber: string;
        /**
         * @description Set to `true` to get the bank postings assigned to each returned order (`postings`,
         *     also `hasBankDetailsForRefund`).
         * @example true
         */
        IncludePostings: boolean;
        /**
         * @description Set to `true` to get the debt collection events of each returned order
         *     (`collectionHistory`; only present while collection is active).
         * @example true
         */
        IncludeCollectionHistory: boolean;
        /**
         * @description Set to `true` to get the payment reminders sent for each returned order (`paymentReminders`).
         * @example true
         */
        IncludePaymentReminders: boolean;
        /**
         * @description Set to `true` to get the refunds of each returned order (`refunds`).
         * @example true
         */
        IncludeRefunds: boolean;
        /**
         * @description Only return orders that are at most this many days old. Defaults to 120. The reference
         *     page types the parameter as a string and describes it only as the maximum order age in
         *     days; it does not say which strings other than a number of days the server accepts, so
         *     any string is accepted here. Send the number of days, for example `30`.
         * @example 30
         */
        MaxAge: string;
        /**
         * @description Only return orders in one of these payment statuses, sent as a comma-separated list
         *     (for example `PAID,PAID_PARTIAL`).
         */
        PaymentStatusFilter: components["schemas"]["PaymentStatus"][];
        /**
         * @description Only return orders whose latest posting is on or after this date, format `dd-MM-yyyy`.
         *     With this filter only orders that have postings are returned, so orders that were set to
         *     paid manually without a posting are left out. (The page does not restate the date format;
         *     the API-wide `dd-MM-yyyy` format is assumed.)
         * @example 01-05-2018
         */
        MinPostingDate: string;
        /**
         * @description Only return postings created on or after this date (inclusive), format `dd-MM-yyyy`.
         * @example 01-05-2018
         */
        CreatedMin: string;
        /**
         * @description Only return postings created before this date (exclusive), format `dd-MM-yyyy`.
         * @example 01-06-2018
         */
        CreatedMax: string;
        /**
         * @description Set to `true` to get, for each posting, the orders it was assigned to (`orders`).
         * @example true
         */
        IncludeOrders: boolean;
        /**
         * @description Only return postings of the bank account with this IBAN. Without it, postings of all accounts are returned.
         * @example DE02120300000000202051
         */
        Iban: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOrder: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to get the bank postings assigned to each returned order (`postings`,
                 *     also `hasBankDetailsForRefund`).
                 * @example true
                 */
                includePostings?: components["parameters"]["IncludePostings"];
                /**
                 * @description Set to `true` to get the debt collection events of each returned order
                 *     (`collectionHistory`; only present while collection is active).
                 * @example true
                 */
                includeCollectionHistory?: components["parameters"]["IncludeCollectionHistory"];
                /**
                 * @description Set to `true` to get the payment reminders sent for each returned order (`paymentReminders`).
                 * @example true
                 */
                includePaymentReminders?: components["parameters"]["IncludePaymentReminders"];
                /**
                 * @description Set to `true` to get the refunds of each returned order (`refunds`).
                 * @example true
                 */
                includeRefunds?: components["parameters"]["IncludeRefunds"];
            };
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order (shape assumed to be the `Order`, see the operation description). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    submitOrder: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to get the bank postings assigned to each returned order (`postings`,
                 *     also `hasBankDetailsForRefund`).
                 * @example true
                 */
                includePostings?: components["parameters"]["IncludePostings"];
                /**
                 * @description Set to `true` to get the debt collection events of each returned order
                 *     (`collectionHistory`; only present while collection is active).
                 * @example true
                 */
                includeCollectionHistory?: components["parameters"]["IncludeCollectionHistory"];
                /**
                 * @description Set to `true` to get the payment reminders sent for each returned order (`paymentReminders`).
                 * @example true
                 */
                includePaymentReminders?: components["parameters"]["IncludePaymentReminders"];
                /**
                 * @description Set to `true` to get the refunds of each returned order (`refunds`).
                 * @example true
                 */
                includeRefunds?: components["parameters"]["IncludeRefunds"];
            };
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        /** @description The order as known to the shop. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderData"];
            };
        };
        responses: {
            /** @description The order was stored (created or updated). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    removeOrder: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to get the bank postings assigned to each returned order (`postings`,
                 *     also `hasBankDetailsForRefund`).
                 * @example true
                 */
                includePostings?: components["parameters"]["IncludePostings"];
                /**
                 * @description Set to `true` to get the debt collection events of each returned order
                 *     (`collectionHistory`; only present while collection is active).
                 * @example true
                 */
                includeCollectionHistory?: components["parameters"]["IncludeCollectionHistory"];
                /**
                 * @description Set to `true` to get the payment reminders sent for each returned order (`paymentReminders`).
                 * @example true
                 */
                includePaymentReminders?: components["parameters"]["IncludePaymentReminders"];
                /**
                 * @description Set to `true` to get the refunds of each returned order (`refunds`).
                 * @example true
                 */
                includeRefunds?: components["parameters"]["IncludeRefunds"];
            };
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order is now marked as removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order is now cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    setOrderPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The order was marked as paid. The body is undocumented; its schema is intentionally
             *     left open.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    setOrderUnpaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order is now unpaid again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    submitInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
                /**
                 * @description Number of the invoice the uploaded file belongs to.
                 * @example 100072533
                 */
                invoiceNumber: components["parameters"]["InvoiceNumber"];
            };
            cookie?: never;
        };
        /** @description The invoice document as a multipart form with a single file part. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["InvoiceUpload"];
            };
        };
        responses: {
            /** @description The invoice file was accepted. There is no response body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        /** @description The refund to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description The refund was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getImage: {
        parameters: {
            query?: {
                /**
                 * @description Which image to return (see `ImageType`). Optional; no default is documented.
                 * @example QRCODE
                 */
                type?: components["schemas"]["ImageType"];
            };
            header?: never;
            path: {
                /**
                 * @description The shop's order number (unique within the shop).
                 * @example 10001
                 */
                orderNumber: components["parameters"]["OrderNumber"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentImage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    readOrders: {
        parameters: {
            query?: {
                /**
                 * @description Only return orders that are at most this many days old. Defaults to 120. The reference
                 *     page types the parameter as a string and describes it only as the maximum order age in
                 *     days; it does not say which strings other than a number of days the server accepts, so
                 *     any string is accepted here. Send the number of days, for example `30`.
                 * @example 30
                 */
                maxAge?: components["parameters"]["MaxAge"];
                /**
                 * @description Only return orders in one of these payment statuses, sent as a comma-separated list
                 *     (for example `PAID,PAID_PARTIAL`).
                 */
                paymentStatus?: components["parameters"]["PaymentStatusFilter"];
                /**
                 * @description Only return orders whose latest posting is on or after this date, format `dd-MM-yyyy`.
                 *     With this filter only orders that have postings are returned, so orders that were set to
                 *     paid manually without a posting are left out. (The page does not restate the date format;
                 *     the API-wide `dd-MM-yyyy` format is assumed.)
                 * @example 01-05-2018
                 */
                minPostingDate?: components["parameters"]["MinPostingDate"];
                /**
                 * @description Set to `true` to get the bank postings assigned to each returned order (`postings`,
                 *     also `hasBankDetailsForRefund`).
                 * @example true
                 */
                includePostings?: components["parameters"]["IncludePostings"];
                /**
                 * @description Set to `true` to get the debt collection events of each returned order
                 *     (`collectionHistory`; only present while collection is active).
                 * @example true
                 */
                includeCollectionHistory?: components["parameters"]["IncludeCollectionHistory"];
                /**
                 * @description Set to `true` to get the payment reminders sent for each returned order (`paymentReminders`).
                 * @example true
                 */
                includePaymentReminders?: components["parameters"]["IncludePaymentReminders"];
                /**
                 * @description Set to `true` to get the refunds of each returned order (`refunds`).
                 * @example true
                 */
                includeRefunds?: components["parameters"]["IncludeRefunds"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching orders. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    submitOrders: {
        parameters: {
            query?: {
                /**
                 * @description Set to `true` to get the bank postings assigned to each returned order (`postings`,
                 *     also `hasBankDetailsForRefund`).
                 * @example true
                 */
                includePostings?: components["parameters"]["IncludePostings"];
                /**
                 * @description Set to `true` to get the debt collection events of each returned order
                 *     (`collectionHistory`; only present while collection is active).
                 * @example true
                 */
                includeCollectionHistory?: components["parameters"]["IncludeCollectionHistory"];
                /**
                 * @description Set to `true` to get the payment reminders sent for each returned order (`paymentReminders`).
                 * @example true
                 */
                includePaymentReminders?: components["parameters"]["IncludePaymentReminders"];
                /**
                 * @description Set to `true` to get the refunds of each returned order (`refunds`).
                 * @example true
                 */
                includeRefunds?: components["parameters"]["IncludeRefunds"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The orders to create or update, each with its order number. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderList"];
            };
        };
        responses: {
            /** @description The orders were stored; the body lists them as read back afterwards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    syncOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The numbers of all orders currently open in the shop. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderSyncRequest"];
            };
        };
        responses: {
            /** @description The list was processed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderSyncResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    readPostings: {
        parameters: {
            query?: {
                /**
                 * @description Only return postings created on or after this date (inclusive), format `dd-MM-yyyy`.
                 * @example 01-05-2018
                 */
                createdMin?: components["parameters"]["CreatedMin"];
                /**
                 * @description Only return postings created before this date (exclusive), format `dd-MM-yyyy`.
                 * @example 01-06-2018
                 */
                createdMax?: components["parameters"]["CreatedMax"];
                /**
                 * @description Set to `true` to get, for each posting, the orders it was assigned to (`orders`).
                 * @example true
                 */
                includeOrders?: components["parameters"]["IncludeOrders"];
                /**
                 * @description Only return postings of the bank account with this IBAN. Without it, postings of all accounts are returned.
                 * @example DE02120300000000202051
                 */
                iban?: components["parameters"]["Iban"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching postings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
