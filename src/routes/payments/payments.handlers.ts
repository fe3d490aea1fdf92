import type { RouteHandler } from '@hono/zod-openapi';
import { userOrdersTopic } from '../../clients/realtime';
import type { Database } from '../../db/client';
import { toOrder } from '../../db/queries/order-mappers';
import { findOrder } from '../../db/queries/orders';
import { applyPayment, manualRefundAmount } from '../../db/queries/payments';
import { raising } from '../../db/raised';
import { toMinor } from '../../markets/currency';
import { ApiError } from '../../lib/errors';
import { idempotencyKey } from '../../orders/idempotency';
import { ORDER_TRANSITIONS } from '../../orders/status';
import type { AppEnv } from '../../lib/types';
import { verifyOrderViewToken } from '../../orders/view-token';
import { afterPayment, isCardPayment, paymentDeps } from '../../payments/context';
import { ensureIntent, refundAtStripe } from '../../payments/service';
import { stripeStep, toStripeAmount } from '../../payments/stripe-amounts';
import type * as routes from './payments.routes';

const notFound = () => new ApiError('not_found', 404, 'Order not found');
const refused = (message: string, details?: unknown) => new ApiError('refund_not_allowed', 409, message, details);

export const createPaymentIntent: RouteHandler<typeof routes.createPaymentIntent, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { id } = c.req.valid('param');
  const viewToken = c.req.valid('header')['x-order-token'];
  const row = await findOrder(db.db, id);
  const userId = c.var.auth?.userId ?? null;
  const guestOk = row && row.user_id === null && viewToken ? (await verifyOrderViewToken(env.JWT_SECRET, viewToken, c.var.services.clock())) === id : false;
  if (!row || !((userId !== null && row.user_id === userId) || guestOk)) throw notFound();
  const order = row.snapshot;
  const payments = paymentDeps(c);
  if (!payments || !isCardPayment(order.payment_method)) throw new ApiError('invalid_transition', 409, 'This order is not paid by card');
  if (order.status !== 'pending' || !['pending', 'failed'].includes(order.payment_status)) {
    throw new ApiError('invalid_transition', 409, `Nothing to pay: the order is ${order.status} and its payment ${order.payment_status}`, { status: order.status, payment_status: order.payment_status });
  }
  const intent = await ensureIntent(payments, order, row.intent);
  const topic = order.user_id === null ? null : await userOrdersTopic(env.JWT_SECRET, order.user_id);
  return c.json(toOrder(order, topic, intent, true), 200);
};

/**
 * A manual refund's fact is recorded once per key (the ledger skips a repeated reference): a repeat with
 * the same amount is a replay, one with another amount changed nothing and is refused, as Stripe refuses it.
 */
async function refusedIfKeyReused(db: Database['db'], orderId: number, reference: string, amount: number) {
  const recorded = await manualRefundAmount(db, orderId, reference);
  if (recorded !== null && recorded !== amount) {
    throw new ApiError('idempotency_key_reused', 422, 'This Idempotency-Key was already used with a different request');
  }
}

export const createRefund: RouteHandler<typeof routes.createRefund, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const key = idempotencyKey(c);
  const body = c.req.valid('json');
  const row = await findOrder(db.db, c.req.valid('param').id);
  if (!row) throw notFound();
  const order = row.snapshot;
  const currency = order.currency.trim();
  const left = Number(order.amount_captured_cents ?? 0) - Number(order.amount_refunded_cents ?? 0);
  const requested = body.amount === undefined ? left : toMinor(body.amount, currency);
  if (requested === null) {
    throw new ApiError('validation_failed', 422, 'The request is not valid', [{ path: 'amount', code: 'custom', message: `${currency} amounts have at most their currency's decimal places` }]);
  }
  const amount = Number(requested);
  const stripe = order.payment_provider === 'stripe' && order.payment_intent_id;
  if (stripe && toStripeAmount(amount, currency) === null) {
    const step = stripeStep(currency);
    throw new ApiError('validation_failed', 422, 'The request is not valid', [{ path: 'amount', code: 'custom', message: `Card refunds in ${currency} are multiples of ${step} minor units` }]);
  }
  if (left <= 0) throw refused('Nothing was captured that is not refunded already', { refundable: 0 });
  if (amount > left) throw refused(`At most ${left} (minor units of ${currency}) can be refunded`, { refundable: left, requested: amount });
  if (body.restock && ['pending', 'confirmed', 'processing'].includes(order.status)) {
    throw refused('An order still to ship is restocked by cancelling it (PUT /api/orders/{id}/status)');
  }
  const request = { amountCents: amount, reason: body.reason, key, actor: c.var.auth.userId, note: body.note, restock: body.restock };
  const payments = paymentDeps(c);
  const applied = stripe
    ? await (payments ? refundAtStripe(payments, order, request) : Promise.reject(new ApiError('upstream_unavailable', 503, 'Stripe is not configured', { dependency: 'stripe' })))
    : await raising(
        applyPayment(db.db, {
          provider: 'manual',
          order_id: order.id,
          facts: [{ kind: 'refund', amount_cents: amount, reference: `refund:${key}`, note: body.note ?? `Refund (${body.reason})` }],
          actor_user_id: c.var.auth.userId,
          note: body.note,
          restock: body.restock,
          order_transitions: ORDER_TRANSITIONS,
        }),
      );
  if (!stripe) await refusedIfKeyReused(db.db, order.id, `refund:${key}`, amount);
  afterPayment(c, applied);
  const after = applied.order ?? order;
  const topic = after.user_id === null ? null : await userOrdersTopic(env.JWT_SECRET, after.user_id);
  return c.json(toOrder(after, topic, row.intent), 200);
};
