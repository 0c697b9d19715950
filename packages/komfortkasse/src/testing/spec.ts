import type { FakeOperation } from '@shopclients/core/testing';

/**
 * The operations of the spec as the fake routes them. Interim: replaced by the `operations` table of
 * `@shopclients/komfortkasse-types/validators` once the generated validators are on main.
 */
const flag = (name: string) => ({ name, in: 'query', required: false, type: 'boolean', explode: true }) as const;
const orderNumber = { name: 'orderNumber', in: 'path', required: true, type: 'string', explode: false } as const;
const INCLUDES = [flag('includePostings'), flag('includeCollectionHistory'), flag('includePaymentReminders'), flag('includeRefunds')];

export const OPERATIONS = {
  getOrder: { method: 'get', path: '/order/{orderNumber}', parameters: [orderNumber] },
  submitOrder: { method: 'post', path: '/order/{orderNumber}', parameters: [orderNumber, ...INCLUDES], requestMediaType: 'application/json' },
  removeOrder: { method: 'post', path: '/order/remove/{orderNumber}', parameters: [orderNumber, ...INCLUDES] },
  cancelOrder: { method: 'post', path: '/order/{orderNumber}/cancel', parameters: [orderNumber] },
  setOrderPaid: { method: 'post', path: '/order/{orderNumber}/setpaid', parameters: [orderNumber] },
  setOrderUnpaid: { method: 'post', path: '/order/{orderNumber}/setunpaid', parameters: [orderNumber] },
  submitInvoice: {
    method: 'post',
    path: '/order/{orderNumber}/invoice/{invoiceNumber}',
    parameters: [orderNumber, { name: 'invoiceNumber', in: 'path', required: true, type: 'string', explode: false }],
    requestMediaType: 'multipart/form-data',
  },
  createRefund: { method: 'post', path: '/order/{orderNumber}/refund', parameters: [orderNumber], requestMediaType: 'application/json' },
  readOrders: {
    method: 'get',
    path: '/orders',
    parameters: [
      { name: 'maxAge', in: 'query', required: false, type: 'number', explode: true },
      { name: 'paymentStatus', in: 'query', required: false, type: 'array', items: 'string', explode: false },
      { name: 'minPostingDate', in: 'query', required: false, type: 'string', explode: true },
      ...INCLUDES,
    ],
  },
  submitOrders: { method: 'post', path: '/orders', parameters: INCLUDES, requestMediaType: 'application/json' },
  syncOrders: { method: 'post', path: '/ordersync', parameters: [], requestMediaType: 'application/json' },
  readPostings: {
    method: 'get',
    path: '/postings',
    parameters: [
      { name: 'createdMin', in: 'query', required: false, type: 'string', explode: true },
      { name: 'createdMax', in: 'query', required: false, type: 'string', explode: true },
      flag('includeOrders'),
      { name: 'iban', in: 'query', required: false, type: 'string', explode: true },
    ],
  },
} as const satisfies Record<string, FakeOperation>;

export type OperationId = keyof typeof OPERATIONS;
