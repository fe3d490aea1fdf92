import { createRoute } from '@hono/zod-openapi';
import { authErrors, databaseBusyResponse, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { bearerSecurity, optionalUser, requireUser } from '../../middleware/auth';
import { market } from '../../middleware/market';
import { IdParam } from '../../schemas/common';
import { CheckoutHeaders, CheckoutInput, Order, OrderList, OrderTracking } from '../../schemas/orders';
import { PageQuery } from '../../schemas/pagination';

const tags = ['Orders'];
// Signed in or not: either no credentials or a bearer token.
const optionalSecurity: Record<string, string[]>[] = [{}, { bearerAuth: [] }];
const guarded = { middleware: requireUser(), security: bearerSecurity };
const notFound = errorResponse('No such order of yours (`not_found`)');

export const createOrder = createRoute({
  method: 'post',
  path: '/api/orders',
  tags,
  summary: 'Check out: create an order from your cart (users, or guests with X-Cart-Token and email)',
  description:
    'One database round trip: stock is decremented for every line, the discount counted, the order, its items and first ' +
    'event written and the cart emptied, or nothing at all. Retries with the same Idempotency-Key and body replay the ' +
    'first answer for 24 hours (`Idempotent-Replayed: true`), waiting while the first request is still running. ' +
    "The order is in the request's market (its currency, tax-inclusive or not); a cart priced in another market is refused.",
  middleware: [optionalUser(), market()],
  security: optionalSecurity,
  request: { headers: CheckoutHeaders, ...jsonBody(CheckoutInput) },
  responses: {
    201: jsonResponse(Order, 'The order (or the replay of the first answer to this key, with `Idempotent-Replayed: true`)', 'Idempotent-Replayed'),
    400: errorResponse('Malformed JSON (`invalid_json`) or no Idempotency-Key (`idempotency_key_required`)'),
    401: errorResponse('Bad access token (`unauthenticated`)'),
    404: errorResponse('A saved address that is not yours (`not_found`)'),
    409: errorResponse(
      'Lines without enough stock (`insufficient_stock`, `details.lines`), an empty cart (`cart_empty`), a cart priced in another market (`market_mismatch`), or the same key still running (`request_in_progress`, with `Retry-After`)',
      'Retry-After',
    ),
    422: errorResponse('Validation (`validation_failed`), `discount_invalid`, `shipping_method_invalid`, or the key reused with another body (`idempotency_key_reused`)'),
    503: databaseBusyResponse,
  },
});

export const listOrders = createRoute({
  method: 'get',
  path: '/api/orders',
  tags,
  summary: 'Your orders, newest first',
  ...guarded,
  request: { query: PageQuery },
  responses: { 200: jsonResponse(OrderList, 'A page of orders'), ...authErrors, 400: errorResponse('Bad cursor (`invalid_cursor`)'), 422: errorResponse('Bad query') },
});

export const getOrder = createRoute({
  method: 'get',
  path: '/api/orders/{id}',
  tags,
  summary: 'One order (yours, or any for admins)',
  ...guarded,
  request: { params: IdParam },
  responses: { 200: jsonResponse(Order, 'The order'), ...authErrors, 404: notFound, 422: errorResponse('Bad id') },
});

export const getTracking = createRoute({
  method: 'get',
  path: '/api/orders/{id}/tracking',
  tags,
  summary: 'Shipping status, carrier link, delivery dates and the event history',
  ...guarded,
  request: { params: IdParam },
  responses: { 200: jsonResponse(OrderTracking, 'Tracking'), ...authErrors, 404: notFound, 422: errorResponse('Bad id') },
});

