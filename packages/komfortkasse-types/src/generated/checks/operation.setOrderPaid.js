// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate64.errors = vErrors;return errors === 0;}function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){validate65.errors = null;return true;}

/** The checks of this module, by the names the index uses. */
export const checks = { v10: validate64, v11: validate65 };
