import { createRoute } from '@hono/zod-openapi';
import { bodyErrors, databaseBusyResponse, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { IdParam } from '../../schemas/common';
import { Order, OrderStatusUpdate, PaymentUpdate } from '../../schemas/orders';

// Status changes: admin and staff (staff may not refund); payments: admin only.
const tags = ['Orders (admin)'];

export const setStatus = createRoute({
  method: 'put',
  path: '/api/orders/{id}/status',
  tags,
  summary: 'Move an order along the transition table',
  description:
    'pending → confirmed → processing → shipped → delivered; cancelled from pending, confirmed or processing (restocks, ' +
    'in the same round trip); refunded from delivered, or from cancelled when paid. `shipped` needs carrier and ' +
    'tracking_number and sets estimated_delivery; `delivered` sets actual_delivery. Staff may do everything but refund.',
  ...guardedBy('admin', 'staff'),
  request: { params: IdParam, ...jsonBody(OrderStatusUpdate) },
  responses: {
    200: jsonResponse(Order, 'The order after the change'),
    ...bodyErrors,
    ...roleErrors,
    404: errorResponse('No such order (`not_found`)'),
    409: errorResponse('Not allowed from the current status (`invalid_transition`, `details.allowed`)'),
    503: databaseBusyResponse,
  },
});

export const recordPayment = createRoute({
  method: 'put',
  path: '/api/orders/{id}/payment',
  tags,
  summary: 'Record a payment state from the payment provider: authorized, paid or refunded',
  description:
    'pending → authorized | paid, authorized → paid, paid → refunded. Refunding the payment of a delivered or cancelled ' +
    'order also moves the order to refunded.',
  ...guardedBy('admin'),
  request: { params: IdParam, ...jsonBody(PaymentUpdate) },
  responses: {
    200: jsonResponse(Order, 'The order after the change'),
    ...bodyErrors,
    ...roleErrors,
    404: errorResponse('No such order (`not_found`)'),
    409: errorResponse('Not allowed from the current payment status (`invalid_transition`, `details.allowed`)'),
    503: databaseBusyResponse,
  },
});
