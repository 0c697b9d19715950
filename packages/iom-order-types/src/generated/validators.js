// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

/** For each operation: the export that checks each request part and each documented response. */
export const operationChecks = {
  "createOrder": {
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

/** The named request body schemas, each with the export that checks it. */
export const schemaChecks = {
  "ChangeRequestCreate": "v8",
  "Order": "v1"
};

/** For each operation: loads the modules that hold its checks (on its first call). */
export const operationModules = {
  "createOrder": () => Promise.all([import('./checks/operation.createOrder.js'), import('./checks/shared.1.js'), import('./checks/shared.2.js')]),
  "getOrder": () => Promise.all([import('./checks/operation.getOrder.js'), import('./checks/shared.1.js'), import('./checks/shared.2.js')]),
  "getChangeRequestViewList": () => Promise.all([import('./checks/operation.getChangeRequestViewList.js'), import('./checks/shared.2.js')]),
  "createChangeRequest": () => Promise.all([import('./checks/operation.createChangeRequest.js'), import('./checks/shared.2.js'), import('./checks/shared.4.js')]),
  "getChangeRequest": () => Promise.all([import('./checks/operation.getChangeRequest.js'), import('./checks/shared.2.js')]),
  "getOrderStatesBySortCriterias": () => Promise.all([import('./checks/operation.getOrderStatesBySortCriterias.js'), import('./checks/shared.2.js')]),
  "getModifiedOrderStates": () => Promise.all([import('./checks/operation.getModifiedOrderStates.js'), import('./checks/shared.2.js')]),
};

/** For each named schema: loads the modules that hold its check. */
export const schemaModules = {
  "ChangeRequestCreate": () => Promise.all([import('./checks/shared.4.js')]),
  "Order": () => Promise.all([import('./checks/shared.1.js')]),
};
