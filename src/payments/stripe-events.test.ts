import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { eventArgs, intentFacts } from './stripe-events';

const event = (type: string, object: object) => ({ id: 'evt_1', type, created: 1_800_000_000, data: { object } }) as unknown as Stripe.Event;
const intent = (extra: object) => ({ id: 'pi_1', amount: 5000, currency: 'usd', amount_capturable: 0, amount_received: 0, metadata: { order_id: '7' }, ...extra }) as unknown as Stripe.PaymentIntent;
const noRefunds = async () => [];

describe('what Stripe events tell the ledger', () => {
  it('maps each intent state to its facts, keyed by the intent', () => {
    expect(intentFacts(intent({ status: 'requires_capture', amount_capturable: 5000 }))).toEqual([{ kind: 'authorize', amount_cents: 5000, reference: 'pi_1' }]);
    expect(intentFacts(intent({ status: 'succeeded', amount_received: 4000 }))).toEqual([{ kind: 'capture', amount_cents: 4000, reference: 'pi_1' }]);
    expect(intentFacts(intent({ status: 'canceled', cancellation_reason: 'automatic' }))[0]).toMatchObject({ kind: 'void', note: 'The authorization expired' });
    const failed = intentFacts(intent({ status: 'requires_payment_method', last_payment_error: { message: 'Your card was declined.', decline_code: 'generic_decline' } }), 'payment_intent.payment_failed');
    expect(failed).toEqual([{ kind: 'failure', amount_cents: 0, reference: 'pi_1', note: 'Your card was declined. (generic_decline)' }]);
    // Stripe's units back to ISO minor units: 500 at Stripe are 5 krónur.
    expect(intentFacts(intent({ currency: 'isk', status: 'succeeded', amount_received: 500 }))).toEqual([{ kind: 'capture', amount_cents: 5, reference: 'pi_1' }]);
  });

  it('finds the order by the intent, falling back on its metadata, and mirrors the status as of the event', async () => {
    const args = await eventArgs(event('payment_intent.succeeded', intent({ status: 'succeeded', amount_received: 5000 })), noRefunds);
    expect(args).toMatchObject({ provider: 'stripe', event: { id: 'evt_1' }, intent_id: 'pi_1', order_id: 7, intent: { status: 'succeeded', at: 1_800_000_000 } });
  });

  it('a charge.refunded lists its refunds (and implies the capture); a refund.updated that succeeded is money back', async () => {
    const refunds = [{ id: 're_1', amount: 1000, currency: 'usd', status: 'succeeded', reason: null }, { id: 're_2', amount: 500, currency: 'usd', status: 'pending', reason: null }] as unknown as Stripe.Refund[];
    const charge = await eventArgs(event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', amount_captured: 5000, currency: 'usd' }), async (id) => (id === 'ch_1' ? refunds : []));
    expect(charge.facts.map((f) => `${f.kind}:${f.reference}:${f.amount_cents}`)).toEqual(['capture:pi_1:5000', 'refund:re_1:1000']);
    const later = await eventArgs(event('refund.updated', { ...refunds[1], status: 'succeeded', payment_intent: 'pi_1' }), noRefunds);
    expect(later).toMatchObject({ intent_id: 'pi_1', facts: [{ kind: 'refund', reference: 're_2', amount_cents: 500 }] });
  });

  it('keeps the id of an event it does not act on, and nothing else', async () => {
    expect(await eventArgs(event('customer.created', { id: 'cus_1' }), noRefunds)).toEqual({ provider: 'stripe', event: { id: 'evt_1', type: 'customer.created' }, facts: [] });
  });
});
