import { createPathParameterCheck } from '@shopclients/core/internal';
import { type OperationId, operationTable } from '@shopclients/komfortkasse-types';

const check = createPathParameterCheck(Object.values(operationTable).map((operation) => operation.path));

/**
 * Checks a path parameter of an operation: a valid segment, and none that would make the path also
 * another operation's. The API's paths overlap: `/order/remove/cancel` is both the cancellation of
 * order `remove` and the removal of order `cancel`, so such order numbers are refused where they would be
 * ambiguous. The paths are the spec's operation table's.
 */
export function pathParameter(operationId: OperationId, parameter: string, value: unknown): string {
  return check(operationTable[operationId].path, parameter, value);
}
