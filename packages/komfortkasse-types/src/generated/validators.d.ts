// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import type { Check } from '@shopclients/core';

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
      },
      "404": {
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
      },
      "404": {
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
  "getImage": {
    "method": "get",
    "path": "/image/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "type",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v17",
      "query": "v18"
    },
    "responses": {
      "200": {
        "application/json": "v19"
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
      "query": "v20"
    },
    "responses": {
      "200": {
        "application/json": "v21"
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
      "query": "v22",
      "body": "v23"
    },
    "responses": {
      "200": {
        "application/json": "v21"
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
      "body": "v24"
    },
    "responses": {
      "200": {
        "application/json": "v25"
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
      "query": "v26"
    },
    "responses": {
      "200": {
        "application/json": "v27"
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
  "OrderList": "v23",
  "OrderSyncRequest": "v24",
  "RefundRequest": "v15"
};

export declare const checks: Readonly<Record<string, Check>>;
