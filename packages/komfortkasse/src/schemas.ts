import { standardSchema } from '@shopclients/core/internal';
import type { BulkOrderInput, OrderInput, RefundInput } from '@shopclients/komfortkasse-types';
import { validateSchema } from '@shopclients/komfortkasse-types/validators';

/**
 * The request bodies as Standard Schema v1 objects, with the same rules the client checks before
 * sending: e.g. check an order read from your own database before you queue it. They check the form
 * the API receives, so days are `dd-MM-yyyy` text and amounts numbers.
 */
export const schemas = {
  OrderInput: standardSchema<OrderInput>((value) => validateSchema('OrderData', value)),
  BulkOrders: standardSchema<BulkOrderInput[]>((value) => validateSchema('OrderList', value)),
  RefundInput: standardSchema<RefundInput>((value) => validateSchema('RefundRequest', value)),
};
