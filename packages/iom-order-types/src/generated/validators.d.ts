// GENERATED FILE — do not edit by hand.
// Source: specs/iom-order/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import type { CheckLoader, OperationChecks } from '@shopclients/core/internal';
import type { OperationId } from './operations.js';

export declare const operationChecks: { readonly [Id in OperationId]: OperationChecks };

export declare const schemaChecks: {
  "ChangeRequestCreate": "v8",
  "Order": "v1"
};

export declare const operationModules: { readonly [Id in OperationId]: CheckLoader };

export declare const schemaModules: { readonly [Name in keyof typeof schemaChecks]: CheckLoader };
