// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by scripts/lib/validators from the spec.
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import type { OperationTable } from '@shopclients/core/internal';

/**
 * For each operation of the spec: method, path template, parameters, request media type, and the
 * documented statuses with the media types of each.
 */
export const operationTable = {
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
    }
  },
  "syncOrders": {
    "method": "post",
    "path": "/ordersync",
    "parameters": [],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
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
    "responses": {
      "200": [
        "application/json"
      ],
      "400": [
        "application/json"
      ],
      "401": [
        "application/json"
      ],
      "404": [
        "application/json"
      ]
    }
  }
} as const satisfies OperationTable;

/** The spec's operationIds. */
export type OperationId = keyof typeof operationTable;
