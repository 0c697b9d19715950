import { standardSchema } from '@shopclients/core/internal';
import type { ChangeRequestInput, OrderInput } from '@shopclients/iom-order-types';
import { validators } from '@shopclients/iom-order-types/validators/lazy';

/**
 * The request bodies as Standard Schema v1 objects, with the same rules the client checks before
 * sending: e.g. check an order read from your own database before you queue it. The first
 * `validate` of each loads its check, and so returns a promise; the later ones answer at once.
 */
export const schemas = {
  OrderInput: standardSchema<OrderInput>(
    (value) => validators.validateSchema('Order', value),
    () => validators.loadSchema('Order'),
  ),
  ChangeRequestInput: standardSchema<ChangeRequestInput>(
    (value) => validators.validateSchema('ChangeRequestCreate', value),
    () => validators.loadSchema('ChangeRequestCreate'),
  ),
};
