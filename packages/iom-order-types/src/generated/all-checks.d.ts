// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import type { Check } from '@shopclients/core/internal';

export declare const checks: Readonly<Record<string, Check>>;
