import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { bearerSecurity, optionalBearerSecurity, optionalUser, requireAdmin } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { OrderViewToken } from '../../schemas/order-lookup';
import { IdempotencyHeaders, Order, RefundInput } from '../../schemas/orders';

const tags = ['Payments'];

export const createPaymentIntent = createRoute({
  method: 'post',
  path: '/api/orders/{id}/payment-intent',
  tags,
  summary: "The order's Stripe PaymentIntent: its open one, or a new one when Stripe was unreachable at checkout",
  description:
    'For the order\'s owner (a bearer token, or a guest\'s `X-Order-Token` from POST /api/orders/lookup). Idempotent: ' +
    'retries answer the same intent. The answer is the order with `payment.client_secret` to confirm the payment with.',
  middleware: [optionalUser()],
  security: optionalBearerSecurity,
  request: { params: IdParam, headers: z.object({ 'x-order-token': OrderViewToken.optional() }) },
  responses: {
    200: jsonResponse(Order, 'The order with its payment'),
    401: errorResponse('Bad access token (`unauthenticated`)'),
    404: errorResponse('No such order of yours (`not_found`)'),
    409: errorResponse('Nothing to pay: the order is not a card order awaiting payment, or card payments are off (`invalid_transition`)'),
    422: errorResponse('Bad id or token (`validation_failed`)'),
    503: errorResponse('Stripe is unreachable: retry (`upstream_unavailable`, `Retry-After`)', 'Retry-After'),
  },
});

export const createRefund = createRoute({
  method: 'post',
  path: '/api/orders/{id}/refunds',
  tags: ['Payments (admin)'],
  summary: 'Refund an order in full or in part (admin)',
  description:
    'At most what was captured and not yet refunded. Card payments are refunded at Stripe and recorded when Stripe confirms; ' +
    'manual payments are recorded. A full refund moves a delivered or cancelled order to `refunded`. `restock: true` puts the ' +
    'lines back in stock (shipped or delivered orders, once; a cancellation restocks by itself). An Idempotency-Key is ' +
    'required: a retry with the same key never refunds twice.',
  middleware: [requireAdmin()],
  security: bearerSecurity,
  request: { params: IdParam, headers: IdempotencyHeaders, ...jsonBody(RefundInput) },
  responses: {
    200: jsonResponse(Order, 'The order after the refund'),
    ...bodyErrors,
    ...adminErrors,
    400: errorResponse('Malformed JSON (`invalid_json`) or no Idempotency-Key (`idempotency_key_required`)'),
    404: errorResponse('No such order (`not_found`)'),
    409: errorResponse('Nothing (or less) to refund, or a restock of an order still to ship (`refund_not_allowed`); Stripe refused (`upstream_rejected`)'),
    422: errorResponse('Validation (`validation_failed`), or the key reused with another body (`idempotency_key_reused`)'),
    503: errorResponse('Stripe is unreachable: retry with the same key (`upstream_unavailable`, `Retry-After`)', 'Retry-After'),
  },
});
