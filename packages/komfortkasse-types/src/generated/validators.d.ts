// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

/** One problem as Ajv reports it (standalone code, messages off). */
export interface CheckError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled check: true when valid, else `errors` says why. */
export interface Check {
  (data: unknown): boolean;
  errors?: CheckError[] | null;
}

export declare const operations: {
  "getOrder": {
    "method": "get",
    "path": "/order/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "request": {
      "path": "v0",
      "query": "v1"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      }
    }
  },
  "submitOrder": {
    "method": "post",
    "path": "/order/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "path": "v4",
      "query": "v5",
      "body": "v6"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "removeOrder": {
    "method": "post",
    "path": "/order/remove/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "request": {
      "path": "v7",
      "query": "v8"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "cancelOrder": {
    "method": "post",
    "path": "/order/{orderNumber}/cancel",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v9"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "setOrderPaid": {
    "method": "post",
    "path": "/order/{orderNumber}/setpaid",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v10"
    },
    "responses": {
      "200": {
        "application/json": "v11"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      }
    }
  },
  "setOrderUnpaid": {
    "method": "post",
    "path": "/order/{orderNumber}/setunpaid",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v12"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "submitInvoice": {
    "method": "post",
    "path": "/order/{orderNumber}/invoice/{invoiceNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "invoiceNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "requestMediaType": "multipart/form-data",
    "bodyRequired": true,
    "request": {
      "path": "v13"
    },
    "responses": {
      "200": {},
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "createRefund": {
    "method": "post",
    "path": "/order/{orderNumber}/refund",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "path": "v14",
      "body": "v15"
    },
    "responses": {
      "200": {
        "application/json": "v16"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "readOrders": {
    "method": "get",
    "path": "/orders",
    "parameters": [
      {
        "name": "maxAge",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "paymentStatus",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": false
      },
      {
        "name": "minPostingDate",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "request": {
      "query": "v17"
    },
    "responses": {
      "200": {
        "application/json": "v18"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "submitOrders": {
    "method": "post",
    "path": "/orders",
    "parameters": [
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "query": "v19",
      "body": "v20"
    },
    "responses": {
      "200": {
        "application/json": "v18"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "syncOrders": {
    "method": "post",
    "path": "/ordersync",
    "parameters": [],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "body": "v21"
    },
    "responses": {
      "200": {
        "application/json": "v22"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "readPostings": {
    "method": "get",
    "path": "/postings",
    "parameters": [
      {
        "name": "createdMin",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "createdMax",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "includeOrders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "iban",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "query": "v23"
    },
    "responses": {
      "200": {
        "application/json": "v24"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  }
};

export declare const schemaChecks: {
  "OrderData": "v6",
  "OrderList": "v20",
  "OrderSyncRequest": "v21",
  "RefundRequest": "v15"
};

export declare const checks: Readonly<Record<string, Check>>;
