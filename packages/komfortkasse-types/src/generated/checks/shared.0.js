// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

const pattern0 = new RegExp("^\\d{2}-\\d{2}-\\d{4}$", "u");

/** The checks of this module, by the names the index uses. */
export const checks = {  };
export { pattern0 };
