import Stripe from 'stripe';
import type { Database } from '../db/client';
import type { IntentRow, OrderSnapshot } from '../db/queries/order-mappers';
import type { WithEvents } from '../db/queries/orders';
import { type ApplyArgs, type ApplyResult, applyPayment, markStripeOrder, type PaymentFact, saveIntent } from '../db/queries/payments';
import { raising } from '../db/raised';
import type { Env } from '../lib/env';
import { ApiError } from '../lib/errors';
import type { Clock } from '../lib/clock';
import type { Logger } from '../lib/logger';
import { ORDER_TRANSITIONS } from '../orders/status';
import { fromStripeAmount, stripeAmount } from './stripe-amounts';
import { intentFacts, refundFacts } from './stripe-events';
import { isStripeUnavailable, stripeError } from './stripe';

// Card payments through Stripe: each call to Stripe carries an Idempotency-Key derived from the order
// (or from the admin's key), and what Stripe answers is written to the ledger at once; the webhook that
// reports the same fact later finds it recorded. Callers broadcast the result's events and stock.

export interface PaymentDeps {
  db: Database;
  stripe: Stripe;
  env: Env;
  log: Logger;
  clock: Clock;
}

export type Applied = ApplyResult & WithEvents;

const apply = (d: PaymentDeps, args: Omit<ApplyArgs, 'order_transitions' | 'provider'>) =>
  raising(applyPayment(d.db.db, { provider: 'stripe', order_transitions: ORDER_TRANSITIONS, ...args }));

async function call<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw stripeError(err);
  }
}

/**
 * Creates the order's PaymentIntent for exactly its total (minor units of its currency, as Stripe counts
 * them) and keeps it. Stripe unreachable: null, the order marked as Stripe's so the client can ask again
 * (POST /api/orders/{id}/payment-intent) or the unpaid-order sweep cancels it.
 */
export async function openIntent(d: PaymentDeps, order: OrderSnapshot): Promise<IntentRow | null> {
  // Nothing to charge (a fully discounted order): no intent; the order is settled by hand.
  if (Number(order.total_amount_cents) <= 0) return null;
  let pi: Stripe.PaymentIntent;
  try {
    pi = await d.stripe.paymentIntents.create(intentParams(d, order), { idempotencyKey: intentKey(order), maxNetworkRetries: 0 });
  } catch (err) {
    // The order is placed whatever Stripe answers: it waits for its intent (POST .../payment-intent asks again
    // and shows Stripe's refusal, if any), and the unpaid-order sweep cancels it if it is never paid.
    const unavailable = isStripeUnavailable(err);
    d.log[unavailable ? 'warn' : 'error']('no payment intent at checkout; the order waits for one', { order_id: order.id, stripe_error: (err as Error).message });
    await markStripeOrder(d.db.db, order.id);
    return null;
  }
  return keep(d, order, pi);
}

const intentParams = (d: PaymentDeps, order: OrderSnapshot): Stripe.PaymentIntentCreateParams => ({
  amount: stripeAmount(Number(order.total_amount_cents), order.currency),
  currency: order.currency.trim().toLowerCase(),
  capture_method: d.env.STRIPE_CAPTURE,
  allowed_payment_method_types: ['card'],
  description: `Order ${order.order_number}`,
  metadata: { order_id: String(order.id), order_number: order.order_number },
  ...(order.email ? { receipt_email: order.email } : {}),
});

/** A retried checkout (or payment-intent call) gets the same intent back from Stripe. */
const intentKey = (order: OrderSnapshot) => `order:${order.id}:${order.order_number}:intent`;

function keep(d: PaymentDeps, order: OrderSnapshot, pi: Stripe.PaymentIntent): Promise<IntentRow> {
  return saveIntent(d.db.db, {
    order_id: order.id,
    intent_id: pi.id,
    client_secret: pi.client_secret!,
    status: pi.status,
    at: pi.created,
    capture_method: pi.capture_method === 'manual' ? 'manual' : 'automatic',
    amount_cents: fromStripeAmount(pi.amount, pi.currency),
    currency: pi.currency,
  });
}

/** Records what an API answer says of an intent (the same facts its webhooks will report). */
function recordIntent(d: PaymentDeps, pi: Stripe.PaymentIntent, actor: number | null, note?: string): Promise<Applied> {
  return apply(d, { intent_id: pi.id, intent: { status: pi.status }, facts: intentFacts(pi), actor_user_id: actor, note });
}

/** Captures an authorization when the order ships: its total, or less when the order was edited down. */
export async function captureForShipping(d: PaymentDeps, order: OrderSnapshot, actor: number): Promise<Applied> {
  const intentId = order.payment_intent_id!;
  const amount = Math.min(Number(order.total_amount_cents), Number(order.amount_authorized_cents ?? 0));
  const pi = await call(d.stripe.paymentIntents.capture(intentId, { amount_to_capture: stripeAmount(amount, order.currency) }, { idempotencyKey: `capture:${intentId}` }));
  return recordIntent(d, pi, actor, 'Captured at shipping');
}

export interface RefundRequest {
  amountCents: number;
  reason: 'requested_by_customer' | 'duplicate' | 'fraudulent';
  /** The admin's Idempotency-Key: the same key never refunds twice. */
  key: string;
  actor: number | null;
  note?: string;
  restock?: boolean;
}

/** Sends a refund to Stripe and records it once Stripe has confirmed it (a pending refund waits for its webhook). */
export async function refundAtStripe(d: PaymentDeps, order: OrderSnapshot, r: RefundRequest): Promise<Applied> {
  const intentId = order.payment_intent_id!;
  const refund = await call(
    d.stripe.refunds.create(
      { payment_intent: intentId, amount: stripeAmount(r.amountCents, order.currency), reason: r.reason, metadata: { order_id: String(order.id), order_number: order.order_number } },
      { idempotencyKey: `refund:${order.id}:${r.key}` },
    ),
  );
  const facts: PaymentFact[] = refundFacts([refund]).map((f) => ({ ...f, note: r.note ?? f.note }));
  return apply(d, { order_id: order.id, intent_id: intentId, facts, actor_user_id: r.actor, note: r.note, restock: r.restock });
}

/**
 * After an order was cancelled: an open intent is cancelled, money already captured is refunded
 * (cancel-with-refund). An intent that succeeded meanwhile is recorded and its money sent back.
 */
export async function settleCancelled(d: PaymentDeps, order: OrderSnapshot, actor: number | null): Promise<Applied | null> {
  const intentId = order.payment_intent_id;
  if (!intentId) return null;
  if (Number(order.amount_captured_cents ?? 0) > Number(order.amount_refunded_cents ?? 0)) return refundCancelled(d, order, actor);
  try {
    const pi = await d.stripe.paymentIntents.cancel(intentId, { cancellation_reason: 'abandoned' }, { idempotencyKey: `cancel:${intentId}` });
    return await recordIntent(d, pi, actor, 'Order cancelled');
  } catch (err) {
    if (!(err instanceof Stripe.errors.StripeInvalidRequestError) || err.code !== 'payment_intent_unexpected_state') throw stripeError(err);
    // The customer paid while the order was being cancelled: record it, then refund it.
    const pi = await call(d.stripe.paymentIntents.retrieve(intentId));
    const recorded = await recordIntent(d, pi, actor);
    return recorded.refund_due ? refundCancelled(d, recorded.order!, actor) : recorded;
  }
}

/** Refunds all that a cancelled order still holds; one refund per intent whoever asks (webhook, cancel, sweep). */
export async function refundCancelled(d: PaymentDeps, order: OrderSnapshot, actor: number | null): Promise<Applied> {
  const due = Number(order.amount_captured_cents ?? 0) - Number(order.amount_refunded_cents ?? 0);
  d.log.warn('refunding a payment for a cancelled order', { order_id: order.id, amount_cents: due });
  return refundAtStripe(d, order, { amountCents: due, reason: 'requested_by_customer', key: `cancelled:${order.payment_intent_id}`, actor, note: 'Order cancelled: payment refunded' });
}

/** The intent of an order that has none yet (Stripe was down at checkout), or its open one. */
export async function ensureIntent(d: PaymentDeps, order: OrderSnapshot, existing: IntentRow | null): Promise<IntentRow> {
  if (existing && existing.status !== 'canceled') return existing;
  if (Number(order.total_amount_cents) <= 0) throw new ApiError('invalid_transition', 409, 'Nothing to pay: the order total is zero');
  const pi = await call(
    d.stripe.paymentIntents.create(intentParams(d, order), { idempotencyKey: intentKey(order), maxNetworkRetries: 0 }),
  );
  return keep(d, order, pi);
}
