import { standardSchema } from '@shopclients/core/internal';
import type { BulkOrderInput, OrderInput, RefundInput } from '@shopclients/komfortkasse-types';
import { validators } from '@shopclients/komfortkasse-types/validators/lazy';

/**
 * The request bodies as Standard Schema v1 objects, with the same rules the client checks before
 * sending: e.g. check an order read from your own database before you queue it. The first
 * `validate` of each loads its check, and so returns a promise; the later ones answer at once. They check the form
 * the API receives, so days are `dd-MM-yyyy` text and amounts numbers.
 */
export const schemas = {
  OrderInput: standardSchema<OrderInput>(
    (value) => validators.validateSchema('OrderData', value),
    () => validators.loadSchema('OrderData'),
  ),
  BulkOrders: standardSchema<BulkOrderInput[]>(
    (value) => validators.validateSchema('OrderList', value),
    () => validators.loadSchema('OrderList'),
  ),
  RefundInput: standardSchema<RefundInput>(
    (value) => validators.validateSchema('RefundRequest', value),
    () => validators.loadSchema('RefundRequest'),
  ),
};
