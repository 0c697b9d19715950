import type { FakeOperation } from '@shopclients/core/testing';

/**
 * The operations of the spec as the fake routes them. Interim: replaced by the `operations` table of
 * `@shopclients/iom-order-types/validators` once the generated validators are on main.
 */
const MEDIA_TYPE = 'application/vnd.intershop.order.v2+json';
const path = (name: string, type: 'string' | 'integer' = 'string') => ({ name, in: 'path', required: true, type, explode: false }) as const;
const list = (name: string) => ({ name, in: 'query', required: false, type: 'array', items: 'string', explode: true }) as const;
const text = (name: string) => ({ name, in: 'query', required: false, type: 'string', explode: true }) as const;
const integer = (name: string) => ({ name, in: 'query', required: false, type: 'integer', explode: true }) as const;
const order = [path('shopId', 'integer'), path('shopOrderNumber')];

export const OPERATIONS = {
  createOrder: { method: 'post', path: '/shops/{shopId}/orders', parameters: [path('shopId', 'integer')], requestMediaType: MEDIA_TYPE },
  getOrder: { method: 'get', path: '/shops/{shopId}/orders/{shopOrderNumber}', parameters: order },
  getChangeRequestViewList: { method: 'get', path: '/shops/{shopId}/orders/{shopOrderNumber}/change-requests', parameters: [...order, list('excludes')] },
  createChangeRequest: { method: 'post', path: '/shops/{shopId}/orders/{shopOrderNumber}/change-requests', parameters: order, requestMediaType: MEDIA_TYPE },
  getChangeRequest: {
    method: 'get',
    path: '/shops/{shopId}/orders/{shopOrderNumber}/change-requests/{changeRequestId}',
    parameters: [...order, path('changeRequestId'), list('excludes')],
  },
  getOrderStatesBySortCriterias: {
    method: 'get',
    path: '/shops/{shopId}/order-states',
    parameters: [
      path('shopId', 'integer'),
      ...['shopOrderNumbers', 'shopCustomerNumbers', 'productNumbers', 'statuses', 'emails'].map(list),
      text('shopOrderCreationDate[gte]'),
      text('shopOrderCreationDate[lte]'),
      text('orderBy'),
      text('sortDirection'),
      integer('offset'),
      integer('limit'),
    ],
  },
} as const satisfies Record<string, FakeOperation>;

export type OperationId = keyof typeof OPERATIONS;
export { MEDIA_TYPE };
