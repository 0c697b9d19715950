// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

const schema42 = {"type":"object","required":["changeRequestId","creationDate","creator","status"],"properties":{"changeRequest":{"$ref":"common#/components/schemas/Order"},"changeRequestId":{"type":"string","minLength":0,"maxLength":255},"creator":{"type":"string"},"creationDate":{"type":"string","format":"date-time"},"updateDate":{"type":"string","format":"date-time"},"status":{"type":"string","enum":["OPEN","ACCEPTED","APPLIED","FAILED_TO_APPLY"]}}};

/** The checks of this module, by the names the index uses. */
export const checks = {  };
export { schema42 };
