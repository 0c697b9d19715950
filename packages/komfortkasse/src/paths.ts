import { type PathParameterCheck, createPathParameterCheck } from '@shopclients/core';
import type { paths } from '@shopclients/komfortkasse-types';
import { operations } from '@shopclients/komfortkasse-types/validators';

/**
 * Checks a path parameter for the path it goes into: a valid segment, and none that would make the
 * path also another operation's. The API's paths overlap: `/order/remove/cancel` is both cancelOrder
 * of order `remove` and removeOrder of order `cancel`, so such order numbers are refused where they
 * would be ambiguous. The paths are the spec's, as the generated validators list them.
 */
export const pathParameter: PathParameterCheck<keyof paths> = createPathParameterCheck<keyof paths>(
  Object.values(operations).map((operation) => operation.path as keyof paths),
);
