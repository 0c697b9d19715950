// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import { formats0 } from './shared.0.js';
function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.shopId === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "shopId"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.shopId !== undefined){let data0 = data.shopId;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){const err1 = {instancePath:instancePath+"/shopId",keyword:"type",site:"1",params:{type: "integer"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(typeof data0 == "number"){if(!(formats0.validate(data0))){const err2 = {instancePath:instancePath+"/shopId",keyword:"format",site:"2",params:{format: "int64"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}}else {const err3 = {instancePath,keyword:"type",site:"3",params:{type: "object"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate21.errors = vErrors;return errors === 0;}

/** The checks of this module, by the names the index uses. */
export const checks = { v0: validate21 };
