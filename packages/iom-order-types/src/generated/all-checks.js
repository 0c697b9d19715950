// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import { checks as m0 } from './checks/operation.createOrder.js';
import { checks as m1 } from './checks/shared.1.js';
import { checks as m2 } from './checks/shared.2.js';
import { checks as m3 } from './checks/operation.getOrder.js';
import { checks as m4 } from './checks/operation.getChangeRequestViewList.js';
import { checks as m5 } from './checks/operation.createChangeRequest.js';
import { checks as m6 } from './checks/shared.4.js';
import { checks as m7 } from './checks/operation.getChangeRequest.js';
import { checks as m8 } from './checks/operation.getOrderStatesBySortCriterias.js';
import { checks as m9 } from './checks/operation.getModifiedOrderStates.js';

/** Every check of the spec, by the names the index uses. */
export const checks = { ...m0, ...m1, ...m2, ...m3, ...m4, ...m5, ...m6, ...m7, ...m8, ...m9 };
