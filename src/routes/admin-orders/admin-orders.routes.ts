import { createRoute, z } from '@hono/zod-openapi';
import { errorResponse, jsonResponse } from '../../lib/openapi';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { AdminOrderDetail, AdminOrderFilters, AdminOrderList, AdminOrderQuery } from '../../schemas/admin-orders';
import { IdParam } from '../../schemas/common';

const tags = ['Orders (admin)'];
const badQuery = errorResponse('A filter is not valid (`validation_failed`, issues in `details`)');

export const listOrders = createRoute({
  method: 'get',
  path: '/api/admin/orders',
  tags,
  summary: 'Orders across customers, filtered, newest or largest first',
  description:
    '`q` is an order number (exact), an email address (exact, any case) or the start of a customer name. A total range ' +
    '(`total_min`, `total_max`) is in `currency`, which it requires. Keyset-paginated: follow `next_cursor`.',
  ...guardedBy('admin', 'staff'),
  request: { query: AdminOrderQuery },
  responses: { 200: jsonResponse(AdminOrderList, 'A page of orders'), 400: errorResponse('Bad cursor (`invalid_cursor`)'), ...roleErrors, 422: badQuery },
});

export const exportOrders = createRoute({
  method: 'get',
  path: '/api/admin/orders/export',
  tags,
  summary: 'The filtered order list as CSV, newest first, streamed page by page',
  description: 'Takes the filters of the order list. Amounts carry their currency’s decimal places; cells that a spreadsheet would run as a formula are prefixed with `\'`.',
  ...guardedBy('admin', 'staff'),
  request: { query: AdminOrderFilters },
  responses: {
    200: { description: 'The CSV, one line per order after the header', content: { 'text/csv': { schema: z.string() } } },
    ...roleErrors,
    422: badQuery,
  },
});

export const getOrder = createRoute({
  method: 'get',
  path: '/api/admin/orders/{id}',
  tags,
  summary: 'One order with its customer and its full event history',
  ...guardedBy('admin', 'staff'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(AdminOrderDetail, 'The order'), ...roleErrors, 404: errorResponse('No such order (`not_found`)'), 422: badQuery },
});
