// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import type { Check } from '@shopclients/core';

export declare const operations: {
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
    "request": {
      "path": "v0",
      "body": "v1"
    },
    "responses": {
      "201": {},
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "415": {},
      "500": {}
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
    "request": {
      "path": "v3"
    },
    "responses": {
      "200": {
        "application/vnd.intershop.order.v2+json": "v1"
      },
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "404": {},
      "415": {},
      "500": {}
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
    "request": {
      "path": "v4",
      "query": "v5"
    },
    "responses": {
      "200": {
        "application/vnd.intershop.order.v2+json": "v6"
      },
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "404": {},
      "415": {},
      "500": {}
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
    "request": {
      "path": "v7",
      "body": "v8"
    },
    "responses": {
      "201": {},
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "415": {},
      "500": {}
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
    "request": {
      "path": "v9",
      "query": "v10"
    },
    "responses": {
      "200": {
        "application/vnd.intershop.order.v2+json": "v11"
      },
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "404": {},
      "415": {},
      "500": {}
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
    "request": {
      "path": "v12",
      "query": "v13"
    },
    "responses": {
      "200": {
        "application/vnd.intershop.order.v2+json": "v14"
      },
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "406": {},
      "500": {}
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
    "request": {
      "path": "v15",
      "query": "v16"
    },
    "responses": {
      "200": {
        "application/vnd.intershop.order.v2+json": "v17"
      },
      "400": {
        "application/json": "v2"
      },
      "401": {},
      "403": {},
      "406": {},
      "500": {}
    }
  }
};

export declare const schemaChecks: {
  "ChangeRequestCreate": "v8",
  "Order": "v1"
};

export declare const checks: Readonly<Record<string, Check>>;
