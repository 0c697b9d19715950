// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by scripts/lib/validators from the spec.
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import type { OperationTable } from '@shopclients/core/internal';

/**
 * For each operation of the spec: method, path template, parameters, request media type, and the
 * documented statuses with the media types of each.
 */
export const operationTable = {
  "createOrder": {
    "method": "post",
    "path": "/shops/{shopId}/orders",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      }
    ],
    "requestMediaType": "application/vnd.intershop.order.v2+json",
    "bodyRequired": true,
    "responses": {
      "201": [],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "415": [],
      "500": []
    }
  },
  "getOrder": {
    "method": "get",
    "path": "/shops/{shopId}/orders/{shopOrderNumber}",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      },
      {
        "name": "shopOrderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "responses": {
      "200": [
        "application/vnd.intershop.order.v2+json"
      ],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "404": [],
      "415": [],
      "500": []
    }
  },
  "getChangeRequestViewList": {
    "method": "get",
    "path": "/shops/{shopId}/orders/{shopOrderNumber}/change-requests",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      },
      {
        "name": "shopOrderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "excludes",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      }
    ],
    "responses": {
      "200": [
        "application/vnd.intershop.order.v2+json"
      ],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "404": [],
      "415": [],
      "500": []
    }
  },
  "createChangeRequest": {
    "method": "post",
    "path": "/shops/{shopId}/orders/{shopOrderNumber}/change-requests",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      },
      {
        "name": "shopOrderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "requestMediaType": "application/vnd.intershop.order.v2+json",
    "bodyRequired": true,
    "responses": {
      "201": [],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "415": [],
      "500": []
    }
  },
  "getChangeRequest": {
    "method": "get",
    "path": "/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      },
      {
        "name": "shopOrderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "changeRequestId",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "excludes",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      }
    ],
    "responses": {
      "200": [
        "application/vnd.intershop.order.v2+json"
      ],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "404": [],
      "415": [],
      "500": []
    }
  },
  "getOrderStatesBySortCriterias": {
    "method": "get",
    "path": "/shops/{shopId}/order-states",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      },
      {
        "name": "shopOrderNumbers",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      },
      {
        "name": "shopCustomerNumbers",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      },
      {
        "name": "productNumbers",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      },
      {
        "name": "statuses",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      },
      {
        "name": "emails",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": true
      },
      {
        "name": "shopOrderCreationDate[gte]",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "shopOrderCreationDate[lte]",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "orderBy",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "sortDirection",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "offset",
        "in": "query",
        "required": false,
        "type": "integer",
        "explode": true
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "explode": true
      }
    ],
    "responses": {
      "200": [
        "application/vnd.intershop.order.v2+json"
      ],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "406": [],
      "500": []
    }
  },
  "getModifiedOrderStates": {
    "method": "get",
    "path": "/shops/{shopId}/order-states/modified",
    "parameters": [
      {
        "name": "shopId",
        "in": "path",
        "required": true,
        "type": "integer",
        "explode": true
      },
      {
        "name": "modifiedSince",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "minCursor",
        "in": "query",
        "required": false,
        "type": "integer",
        "explode": true
      },
      {
        "name": "limit",
        "in": "query",
        "required": false,
        "type": "integer",
        "explode": true
      }
    ],
    "responses": {
      "200": [
        "application/vnd.intershop.order.v2+json"
      ],
      "400": [
        "application/json"
      ],
      "401": [],
      "403": [],
      "406": [],
      "500": []
    }
  }
} as const satisfies OperationTable;

/** The spec's operationIds. */
export type OperationId = keyof typeof operationTable;
