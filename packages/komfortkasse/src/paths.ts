import { type PathParameterCheck, createPathParameterCheck } from '@shopclients/core';
import type { paths } from '@shopclients/komfortkasse-types';

/**
 * Every path of the spec. The compiler holds this list to the generated `paths` both ways: a path
 * not in the spec does not compile, and neither does a spec path missing here.
 */
const SPEC_PATHS = [
  '/order/{orderNumber}',
  '/order/remove/{orderNumber}',
  '/order/{orderNumber}/cancel',
  '/order/{orderNumber}/setpaid',
  '/order/{orderNumber}/setunpaid',
  '/order/{orderNumber}/invoice/{invoiceNumber}',
  '/order/{orderNumber}/refund',
  '/orders',
  '/ordersync',
  '/postings',
] as const satisfies readonly (keyof paths)[];
const everySpecPath: Exclude<keyof paths, (typeof SPEC_PATHS)[number]> extends never ? true : never = true;
void everySpecPath;

/**
 * Checks a path parameter for the path it goes into: a valid segment, and none that would make the
 * path also another operation's. The API's paths overlap: `/order/remove/cancel` is both cancelOrder
 * of order `remove` and removeOrder of order `cancel`, so such order numbers are refused where they
 * would be ambiguous.
 */
export const pathParameter: PathParameterCheck<keyof paths> = createPathParameterCheck<keyof paths>(SPEC_PATHS);
