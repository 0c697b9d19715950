// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import { checks as m0 } from './checks/operation.getOrder.js';
import { checks as m1 } from './checks/shared.2.js';
import { checks as m2 } from './checks/shared.4.js';
import { checks as m3 } from './checks/operation.submitOrder.js';
import { checks as m4 } from './checks/shared.5.js';
import { checks as m5 } from './checks/operation.removeOrder.js';
import { checks as m6 } from './checks/operation.cancelOrder.js';
import { checks as m7 } from './checks/operation.setOrderPaid.js';
import { checks as m8 } from './checks/operation.setOrderUnpaid.js';
import { checks as m9 } from './checks/operation.submitInvoice.js';
import { checks as m10 } from './checks/operation.createRefund.js';
import { checks as m11 } from './checks/shared.6.js';
import { checks as m12 } from './checks/operation.getImage.js';
import { checks as m13 } from './checks/operation.readOrders.js';
import { checks as m14 } from './checks/shared.7.js';
import { checks as m15 } from './checks/operation.submitOrders.js';
import { checks as m16 } from './checks/shared.8.js';
import { checks as m17 } from './checks/shared.9.js';
import { checks as m18 } from './checks/operation.syncOrders.js';
import { checks as m19 } from './checks/operation.readPostings.js';

/** Every check of the spec, by the names the index uses. */
export const checks = { ...m0, ...m1, ...m2, ...m3, ...m4, ...m5, ...m6, ...m7, ...m8, ...m9, ...m10, ...m11, ...m12, ...m13, ...m14, ...m15, ...m16, ...m17, ...m18, ...m19 };
