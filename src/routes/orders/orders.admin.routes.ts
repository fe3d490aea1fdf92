import { createRoute } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, databaseBusyResponse, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { bearerSecurity, requireAdmin } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Order, OrderStatusUpdate, PaymentUpdate } from '../../schemas/orders';

// Admin-only: every route here sits behind requireAdmin.
const tags = ['Orders (admin)'];
const admin = { middleware: requireAdmin(), security: bearerSecurity };

export const setStatus = createRoute({
  method: 'put',
  path: '/api/orders/{id}/status',
  tags,
  summary: 'Move an order along the transition table',
  description:
    'pending → confirmed → processing → shipped → delivered; cancelled from pending, confirmed or processing (restocks, ' +
    'in the same round trip); refunded from delivered, or from cancelled when paid. `shipped` needs carrier and ' +
    'tracking_number and sets estimated_delivery; `delivered` sets actual_delivery.',
  ...admin,
  request: { params: IdParam, ...jsonBody(OrderStatusUpdate) },
  responses: {
    200: jsonResponse(Order, 'The order after the change'),
    ...bodyErrors,
    ...adminErrors,
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
  ...admin,
  request: { params: IdParam, ...jsonBody(PaymentUpdate) },
  responses: {
    200: jsonResponse(Order, 'The order after the change'),
    ...bodyErrors,
    ...adminErrors,
    404: errorResponse('No such order (`not_found`)'),
    409: errorResponse('Not allowed from the current payment status (`invalid_transition`, `details.allowed`)'),
    503: databaseBusyResponse,
  },
});
