import { createRoute } from '@hono/zod-openapi';
import { toOrder } from '../../db/queries/order-mappers';
import { findOrderByNumber } from '../../db/queries/order-lookup';
import { findOrder } from '../../db/queries/orders';
import { clientIp } from '../../lib/background';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import { bodyErrors, errorResponse, jsonBody, jsonResponse, rateLimitedResponse } from '../../lib/openapi';
import { signOrderViewToken, verifyOrderViewToken } from '../../orders/view-token';
import { IdParam } from '../../schemas/common';
import { OrderLookupInput, OrderLookupResult, OrderViewHeaders } from '../../schemas/order-lookup';
import { Order } from '../../schemas/orders';

// Guests find their order with its number and email, and read it with the short-lived token that
// answers. Wrong number and wrong email answer alike, so a lookup tells nothing about other orders.

const tags = ['Orders'];
const noMatch = () => new ApiError('not_found', 404, 'No order matches this order number and email');

export const lookupOrder = createRoute({
  method: 'post',
  path: '/api/orders/lookup',
  tags,
  summary: 'Find an order by its number and email (guests); answers it with a 15-minute view token',
  description:
    'Rate-limited per client address and per order number. An unknown number and a wrong email answer the same 404. ' +
    'The token reads this order only, with `GET /api/orders/{id}/view`.',
  request: jsonBody(OrderLookupInput),
  responses: {
    200: jsonResponse(OrderLookupResult, 'The order and its view token'),
    ...bodyErrors,
    404: errorResponse('No order with this number and email (`not_found`)'),
    429: rateLimitedResponse('Too many lookups from this address or for this order number (`rate_limited`, with `Retry-After`)'),
  },
});

export const viewOrder = createRoute({
  method: 'get',
  path: '/api/orders/{id}/view',
  tags,
  summary: 'Read an order with the view token of POST /api/orders/lookup',
  request: { params: IdParam, headers: OrderViewHeaders },
  responses: {
    200: jsonResponse(Order, 'The order'),
    401: errorResponse('The view token is invalid or expired (`invalid_token`): look the order up again'),
    404: errorResponse('The token is for another order (`not_found`)'),
    422: errorResponse('Bad id, or no X-Order-Token (`validation_failed`)'),
  },
});

const lookup = createRouter()
  .openapi(lookupOrder, async (c) => {
    const { db, env, rateLimit } = c.var.services;
    const body = c.req.valid('json');
    await rateLimit.check('order_lookup_ip', clientIp(c));
    await rateLimit.check('order_lookup_order', body.order_number);
    const row = await findOrderByNumber(db.db, body.order_number);
    if (!row || row.email?.toLowerCase() !== body.email) {
      c.var.services.log.info('order lookup: no match', { order_found: Boolean(row) });
      throw noMatch();
    }
    const { token, expiresAt } = await signOrderViewToken(env.JWT_SECRET, row.id);
    // No Realtime topic: the owner's topic would also carry their other orders.
    return c.json({ view_token: token, expires_at: expiresAt.toISOString(), order: toOrder(row.snapshot, null) }, 200);
  })
  .openapi(viewOrder, async (c) => {
    const { db, env } = c.var.services;
    const orderId = await verifyOrderViewToken(env.JWT_SECRET, c.req.valid('header')['x-order-token']);
    if (orderId === null) throw new ApiError('invalid_token', 401, 'The order view token is invalid or expired; look the order up again');
    const { id } = c.req.valid('param');
    if (orderId !== id) throw new ApiError('not_found', 404, 'Order not found');
    const row = await findOrder(db.db, id);
    if (!row) throw new ApiError('not_found', 404, 'Order not found');
    return c.json(toOrder(row.snapshot, null), 200);
  });

export default lookup;
