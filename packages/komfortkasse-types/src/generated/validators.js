// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

/** For each operation: the export that checks each request part and each documented response. */
export const operationChecks = {
  "getOrder": {
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

/** The named request body schemas, each with the export that checks it. */
export const schemaChecks = {
  "OrderData": "v6",
  "OrderList": "v23",
  "OrderSyncRequest": "v24",
  "RefundRequest": "v15"
};

/** For each operation: loads the modules that hold its checks (on its first call). */
export const operationModules = {
  "getOrder": () => Promise.all([import('./checks/operation.getOrder.js'), import('./checks/shared.2.js'), import('./checks/shared.4.js')]),
  "submitOrder": () => Promise.all([import('./checks/operation.submitOrder.js'), import('./checks/shared.2.js'), import('./checks/shared.4.js'), import('./checks/shared.5.js')]),
  "removeOrder": () => Promise.all([import('./checks/operation.removeOrder.js'), import('./checks/shared.2.js'), import('./checks/shared.4.js')]),
  "cancelOrder": () => Promise.all([import('./checks/operation.cancelOrder.js'), import('./checks/shared.2.js'), import('./checks/shared.4.js')]),
  "setOrderPaid": () => Promise.all([import('./checks/operation.setOrderPaid.js'), import('./checks/shared.4.js')]),
  "setOrderUnpaid": () => Promise.all([import('./checks/operation.setOrderUnpaid.js'), import('./checks/shared.2.js'), import('./checks/shared.4.js')]),
  "submitInvoice": () => Promise.all([import('./checks/operation.submitInvoice.js'), import('./checks/shared.4.js')]),
  "createRefund": () => Promise.all([import('./checks/operation.createRefund.js'), import('./checks/shared.4.js'), import('./checks/shared.6.js')]),
  "getImage": () => Promise.all([import('./checks/operation.getImage.js'), import('./checks/shared.4.js')]),
  "readOrders": () => Promise.all([import('./checks/operation.readOrders.js'), import('./checks/shared.4.js'), import('./checks/shared.7.js')]),
  "submitOrders": () => Promise.all([import('./checks/operation.submitOrders.js'), import('./checks/shared.4.js'), import('./checks/shared.7.js'), import('./checks/shared.8.js')]),
  "syncOrders": () => Promise.all([import('./checks/operation.syncOrders.js'), import('./checks/shared.4.js'), import('./checks/shared.9.js')]),
  "readPostings": () => Promise.all([import('./checks/operation.readPostings.js'), import('./checks/shared.4.js')]),
};

/** For each named schema: loads the modules that hold its check. */
export const schemaModules = {
  "OrderData": () => Promise.all([import('./checks/shared.5.js')]),
  "OrderList": () => Promise.all([import('./checks/shared.8.js')]),
  "OrderSyncRequest": () => Promise.all([import('./checks/shared.9.js')]),
  "RefundRequest": () => Promise.all([import('./checks/shared.6.js')]),
};
