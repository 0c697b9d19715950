import { standardSchema } from '@shopclients/core/internal';
import type { ChangeRequestInput, OrderInput } from '@shopclients/iom-order-types';
import { validateSchema } from '@shopclients/iom-order-types/validators';

/**
 * The request bodies as Standard Schema v1 objects, with the same rules the client checks before
 * sending: e.g. check an order read from your own database before you queue it.
 */
export const schemas = {
  OrderInput: standardSchema<OrderInput>((value) => validateSchema('Order', value)),
  ChangeRequestInput: standardSchema<ChangeRequestInput>((value) => validateSchema('ChangeRequestCreate', value)),
};
