// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import { appendErrors } from '@shopclients/core/internal';
import { validate24 } from './shared.2.js';
function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate24(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, validate24.errors, "0");errors = vErrors.length;}}}else {const err0 = {instancePath,keyword:"type",site:"0",params:{type: "array"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate83.errors = vErrors;return errors === 0;}

/** The checks of this module, by the names the index uses. */
export const checks = { v21: validate83 };
