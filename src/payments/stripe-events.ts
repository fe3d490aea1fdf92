import type Stripe from 'stripe';
import type { ApplyArgs, PaymentFact } from '../db/queries/payments';
import { fromStripeAmount } from './stripe-amounts';

// What each Stripe event tells the ledger. Each event maps to facts keyed by Stripe's own ids, so the
// same fact reported twice (an API answer and its webhook, or a replayed event) is recorded once, and the
// derived status does not depend on the order events arrive in.

/** The webhook events the ledger acts on; any other event is acknowledged and ignored. */
export const HANDLED_EVENTS = [
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'payment_intent.amount_capturable_updated',
  'charge.refunded',
  // A refund that was pending when it was made is money back once it succeeds.
  'refund.updated',
] as const;

/** The ledger facts of a PaymentIntent as Stripe reports it (from an event or an API answer). */
export function intentFacts(pi: Stripe.PaymentIntent, eventType?: string): PaymentFact[] {
  const facts: PaymentFact[] = [];
  const minor = (amount: number) => fromStripeAmount(amount, pi.currency);
  if (pi.amount_capturable > 0 && pi.status === 'requires_capture') facts.push({ kind: 'authorize', amount_cents: minor(pi.amount_capturable), reference: pi.id });
  if (pi.status === 'succeeded' && pi.amount_received > 0) facts.push({ kind: 'capture', amount_cents: minor(pi.amount_received), reference: pi.id });
  if (pi.status === 'canceled') {
    const expired = pi.cancellation_reason === 'automatic';
    facts.push({ kind: 'void', amount_cents: minor(pi.amount), reference: pi.id, note: expired ? 'The authorization expired' : `Payment canceled${pi.cancellation_reason ? ` (${pi.cancellation_reason})` : ''}` });
  }
  if (eventType === 'payment_intent.payment_failed') {
    const error = pi.last_payment_error;
    const why = [error?.message, error?.decline_code ? `(${error.decline_code})` : null].filter(Boolean).join(' ');
    facts.push({ kind: 'failure', amount_cents: 0, reference: pi.id, note: why || 'The payment failed' });
  }
  return facts;
}

/** The ledger facts of a refund Stripe confirmed (pending and failed refunds are not money back yet). */
export function refundFacts(refunds: readonly Stripe.Refund[]): PaymentFact[] {
  return refunds
    .filter((r) => r.status === 'succeeded')
    .map((r) => ({ kind: 'refund' as const, amount_cents: fromStripeAmount(r.amount, r.currency), reference: r.id, note: r.reason ? `Refund (${r.reason})` : 'Refund' }));
}

const idOf = (v: string | { id: string } | null | undefined) => (typeof v === 'string' ? v : (v?.id ?? undefined));

/**
 * The ledger call for a verified event; an event the ledger does not act on only has its id stored.
 * `refundsOf` lists a charge's refunds (Stripe's charge objects no longer embed them).
 */
export async function eventArgs(
  event: Stripe.Event,
  refundsOf: (chargeId: string) => Promise<Stripe.Refund[]>,
): Promise<Omit<ApplyArgs, 'order_transitions'>> {
  const base = { provider: 'stripe' as const, event: { id: event.id, type: event.type } };
  if (event.type.startsWith('payment_intent.') && (HANDLED_EVENTS as readonly string[]).includes(event.type)) {
    const pi = event.data.object as Stripe.PaymentIntent;
    const orderId = Number(pi.metadata?.order_id);
    return {
      ...base,
      intent_id: pi.id,
      ...(Number.isSafeInteger(orderId) && orderId > 0 ? { order_id: orderId } : {}),
      intent: { status: pi.status, at: event.created },
      facts: intentFacts(pi, event.type),
    };
  }
  if (event.type === 'charge.refunded') {
    const charge = event.data.object as Stripe.Charge;
    const intentId = idOf(charge.payment_intent);
    if (!intentId) return { ...base, facts: [] };
    const embedded = (charge as { refunds?: { data?: Stripe.Refund[] } }).refunds?.data;
    const refunds = embedded && embedded.length > 0 ? embedded : await refundsOf(charge.id);
    // The capture a refund implies, should its own event arrive later.
    const capture: PaymentFact[] = charge.amount_captured > 0 ? [{ kind: 'capture', amount_cents: fromStripeAmount(charge.amount_captured, charge.currency), reference: intentId }] : [];
    return { ...base, intent_id: intentId, facts: [...capture, ...refundFacts(refunds)] };
  }
  if (event.type === 'refund.updated') {
    const refund = event.data.object as Stripe.Refund;
    const intentId = idOf(refund.payment_intent);
    return intentId ? { ...base, intent_id: intentId, facts: refundFacts([refund]) } : { ...base, facts: [] };
  }
  return { ...base, facts: [] };
}
