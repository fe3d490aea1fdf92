import { createRoute, z } from '@hono/zod-openapi';
import { applyPayment } from '../../db/queries/payments';
import { raising } from '../../db/raised';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import { describeError } from '../../lib/logger';
import { errorResponse, jsonResponse } from '../../lib/openapi';
import { ORDER_TRANSITIONS } from '../../orders/status';
import { afterPayment, paymentDeps } from '../../payments/context';
import { refundCancelled } from '../../payments/service';
import { stripeError, verifyEvent } from '../../payments/stripe';
import { eventArgs } from '../../payments/stripe-events';

const StripeReceived = z
  .object({ received: z.literal(true), duplicate: z.boolean().openapi({ description: 'The event was applied before; nothing changed' }) })
  .openapi('StripeWebhookReceived');

export const stripeWebhook = createRoute({
  method: 'post',
  path: '/api/webhooks/stripe',
  tags: ['Webhooks'],
  summary: 'Stripe events: verified by Stripe-Signature over the raw body (5 minutes tolerance), each applied once',
  description:
    'Register this URL in the Stripe dashboard with the events payment_intent.succeeded, payment_intent.payment_failed, ' +
    'payment_intent.canceled, payment_intent.amount_capturable_updated, charge.refunded and refund.updated. Events may arrive in any order ' +
    'and more than once: a replayed event answers 200 with `duplicate: true` and changes nothing.',
  request: { headers: z.object({ 'stripe-signature': z.string().optional() }) },
  responses: {
    200: jsonResponse(StripeReceived, 'Applied (or seen before)'),
    400: errorResponse('Missing, forged or stale signature (`invalid_signature`); nothing changed'),
    404: errorResponse('Card payments are not configured (`not_found`)'),
    503: errorResponse('Stripe or the database is unreachable; Stripe retries the event (`upstream_unavailable`, `service_unavailable`)'),
  },
});

const stripeWebhooks = createRouter().openapi(stripeWebhook, async (c) => {
  const { env, clock, log } = c.var.services;
  const payments = paymentDeps(c);
  if (!payments || !env.STRIPE_WEBHOOK_SECRET) throw new ApiError('not_found', 404, 'Card payments are not configured');
  // The signature covers the exact bytes sent: verified before anything is parsed.
  const body = await c.req.text();
  const event = await verifyEvent(payments.stripe, body, c.req.header('Stripe-Signature'), env.STRIPE_WEBHOOK_SECRET, clock());
  const args = await eventArgs(event, async (charge) => {
    try {
      return (await payments.stripe.refunds.list({ charge, limit: 100 })).data;
    } catch (err) {
      throw stripeError(err);
    }
  });
  const applied = await raising(applyPayment(payments.db.db, { ...args, order_transitions: ORDER_TRANSITIONS }));
  afterPayment(c, applied);
  if (applied.refund_due && applied.order) {
    // Paid after it was cancelled: the money goes back now (the cron sweep retries should this fail).
    try {
      afterPayment(c, await refundCancelled(payments, applied.order, null));
    } catch (err) {
      log.warn('refund of a payment for a cancelled order failed; the sweep retries it', { order_id: applied.order.id, ...describeError(err) });
    }
  }
  log.info('stripe event', { event_id: event.id, type: event.type, duplicate: applied.duplicate, order_id: applied.order?.id ?? null });
  return c.json({ received: true as const, duplicate: applied.duplicate }, 200);
});

export default stripeWebhooks;
