import { invalidParam, missingParam, noSuch, StripeError, unexpectedState } from './errors';
import { bool, type FormObject, int, metadata, onlyKnown, str } from './form';
import { type Charge, id, type PaymentIntent, type Refund, TEST_METHODS } from './objects';

// PaymentIntents and Refunds with Stripe's status machine. Every change reports its events through
// `emit`, which the server turns into signed webhook deliveries.

const CURRENCY = /^[a-z]{3}$/;
// Amounts Stripe refuses although they are whole minor units (https://docs.stripe.com/currencies#special-cases):
// ISK is charged in whole krónur (multiples of 100), three-decimal currencies in multiples of 10.
const STEPS: Record<string, number> = { isk: 100, bhd: 10, jod: 10, kwd: 10, omr: 10, tnd: 10 };

/** Refuses an amount the currency's rules do not allow, as Stripe does. */
function checkStep(param: string, amount: number, currency: string): void {
  const step = STEPS[currency];
  if (!step || amount % step === 0) return;
  if (currency === 'isk') {
    throw invalidParam(param, 'Invalid amount. Currency ISK has become effectively zero-decimal and charged amounts must be evenly divisible by 100.', 'invalid_charge_amount_no_decimal_compatible');
  }
  throw invalidParam(param, `Invalid amount. ${currency.toUpperCase()} amounts must be rounded to the nearest ten: the last digit must be 0.`, 'invalid_charge_amount');
}
const CANCELABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action', 'requires_capture', 'processing'];
const CONFIRMABLE = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

export interface Ledger {
  intents: Map<string, PaymentIntent>;
  charges: Map<string, Charge>;
  refunds: Map<string, Refund>;
}

export type Emit = (type: string, object: unknown) => void;

export class Payments {
  readonly data: Ledger = { intents: new Map(), charges: new Map(), refunds: new Map() };

  constructor(
    private readonly emit: Emit,
    private readonly now: () => number,
    /** Where the 3-D Secure page of an intent is: `{origin}/__standin/3ds/{id}`. */
    private readonly actionUrl: (intentId: string) => string,
  ) {}

  private seconds = () => Math.floor(this.now() / 1000);
  private snapshot = <T>(o: T): T => structuredClone(o);

  intent(intentId: string, param?: string): PaymentIntent {
    const pi = this.data.intents.get(intentId);
    if (!pi) throw noSuch('payment_intent', intentId, param);
    return pi;
  }

  create(params: FormObject): PaymentIntent {
    onlyKnown(params, ['amount', 'currency', 'capture_method', 'confirm', 'description', 'metadata', 'payment_method', 'payment_method_types', 'allowed_payment_method_types', 'receipt_email', 'automatic_payment_methods', 'return_url', 'expand']);
    const amount = int(params, 'amount', 1);
    if (amount === undefined) throw missingParam('amount');
    if (amount > 99_999_999) throw invalidParam('amount', 'Amount must be no more than 99,999,999', 'amount_too_large');
    const currency = str(params, 'currency');
    if (currency === undefined) throw missingParam('currency');
    if (!CURRENCY.test(currency.toLowerCase())) throw invalidParam('currency', `Invalid currency: ${currency}`);
    checkStep('amount', amount, currency.toLowerCase());
    const capture = str(params, 'capture_method') ?? 'automatic';
    if (!['automatic', 'automatic_async', 'manual'].includes(capture)) throw invalidParam('capture_method', `Invalid capture_method: ${capture}`);
    const pm = str(params, 'payment_method') ?? null;
    if (pm !== null && !TEST_METHODS[pm]) throw noSuch('PaymentMethod', pm, 'payment_method');
    const intentId = id('pi');
    const pi: PaymentIntent = {
      id: intentId,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      capture_method: capture as PaymentIntent['capture_method'],
      confirmation_method: 'automatic',
      client_secret: `${intentId}_secret_${id('s').slice(2)}`,
      currency: currency.toLowerCase(),
      created: this.seconds(),
      canceled_at: null,
      cancellation_reason: null,
      description: str(params, 'description') ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadata(params) ?? {},
      next_action: null,
      payment_method: pm,
      payment_method_types: ['card'],
      receipt_email: str(params, 'receipt_email') ?? null,
      status: pm ? 'requires_confirmation' : 'requires_payment_method',
    };
    this.data.intents.set(pi.id, pi);
    this.emit('payment_intent.created', this.snapshot(pi));
    if (bool(params, 'confirm')) return this.confirm(pi.id, { payment_method: pm ?? '' });
    return pi;
  }

  /** Confirms with a test payment method; a decline is a 402 card_error and leaves the intent payable again. */
  confirm(intentId: string, params: FormObject, returnUrl?: string): PaymentIntent {
    onlyKnown(params, ['payment_method', 'return_url', 'expand', 'client_secret', 'key', 'use_stripe_sdk']);
    const pi = this.intent(intentId);
    if (!CONFIRMABLE.includes(pi.status)) {
      throw unexpectedState(`This PaymentIntent's status is ${pi.status}, but it must be one of ${CONFIRMABLE.join(', ')} to be confirmed.`, pi);
    }
    const pm = str(params, 'payment_method') || pi.payment_method;
    if (!pm) throw invalidParam('payment_method', 'You cannot confirm this PaymentIntent because it\'s missing a payment method.', 'payment_intent_unexpected_state');
    const method = TEST_METHODS[pm];
    if (!method) throw noSuch('PaymentMethod', pm, 'payment_method');
    pi.payment_method = pm;
    pi.last_payment_error = null;
    if (method.outcome === 'decline') return this.decline(pi, method.decline_code!, method.message!);
    if (method.outcome === 'authenticate') {
      const url = str(params, 'return_url') ?? returnUrl ?? null;
      pi.status = 'requires_action';
      pi.next_action = { type: 'redirect_to_url', redirect_to_url: { url: `${this.actionUrl(pi.id)}${url ? `?return_url=${encodeURIComponent(url)}` : ''}`, return_url: url } };
      this.emit('payment_intent.requires_action', this.snapshot(pi));
      return pi;
    }
    return this.authorize(pi);
  }

  /** The 3-D Secure page's answer: the check passed (the payment goes on) or failed (a decline). */
  authenticate(intentId: string, passed: boolean): PaymentIntent {
    const pi = this.intent(intentId);
    if (pi.status !== 'requires_action') throw unexpectedState(`This PaymentIntent's status is ${pi.status}; it has no action to complete.`);
    pi.next_action = null;
    if (!passed) {
      try {
        this.decline(pi, 'authentication_required', 'The payment could not be authenticated.', 'payment_intent_authentication_failure');
      } catch {
        // The page shows the intent; the decline is in its last_payment_error.
      }
      return pi;
    }
    return this.authorize(pi);
  }

  private decline(pi: PaymentIntent, declineCode: string, message: string, code = 'card_declined'): never {
    const charge = this.charge(pi, 'failed');
    pi.status = 'requires_payment_method';
    pi.next_action = null;
    pi.last_payment_error = { type: 'card_error', code, decline_code: declineCode, message, charge: charge.id, payment_method: { id: pi.payment_method } };
    this.emit('payment_intent.payment_failed', this.snapshot(pi));
    throw new StripeError(402, 'card_error', message, { code, decline_code: declineCode, payment_intent: this.snapshot(pi) });
  }

  private charge(pi: PaymentIntent, status: Charge['status']): Charge {
    const charge: Charge = {
      id: id('ch'),
      object: 'charge',
      amount: pi.amount,
      amount_captured: 0,
      amount_refunded: 0,
      captured: false,
      currency: pi.currency,
      created: this.seconds(),
      livemode: false,
      metadata: { ...pi.metadata },
      paid: status === 'succeeded',
      payment_intent: pi.id,
      payment_method: pi.payment_method ?? '',
      refunded: false,
      status,
    };
    this.data.charges.set(charge.id, charge);
    pi.latest_charge = charge.id;
    return charge;
  }

  private authorize(pi: PaymentIntent): PaymentIntent {
    const charge = this.charge(pi, 'succeeded');
    pi.next_action = null;
    if (pi.capture_method === 'manual') {
      pi.status = 'requires_capture';
      pi.amount_capturable = pi.amount;
      this.emit('payment_intent.amount_capturable_updated', this.snapshot(pi));
      return pi;
    }
    return this.settle(pi, charge, pi.amount);
  }

  private settle(pi: PaymentIntent, charge: Charge, amount: number): PaymentIntent {
    charge.captured = true;
    charge.amount_captured = amount;
    pi.status = 'succeeded';
    pi.amount_received = amount;
    pi.amount_capturable = 0;
    this.emit('charge.succeeded', this.snapshot(charge));
    this.emit('payment_intent.succeeded', this.snapshot(pi));
    return pi;
  }

  capture(intentId: string, params: FormObject): PaymentIntent {
    onlyKnown(params, ['amount_to_capture', 'metadata', 'expand']);
    const pi = this.intent(intentId);
    if (pi.status !== 'requires_capture') {
      throw unexpectedState(`This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`, pi);
    }
    const amount = int(params, 'amount_to_capture', 1) ?? pi.amount_capturable;
    if (amount > pi.amount_capturable) {
      throw invalidParam('amount_to_capture', `The amount to capture (${amount}) must be at most the amount capturable (${pi.amount_capturable}).`, 'amount_too_large');
    }
    checkStep('amount_to_capture', amount, pi.currency);
    Object.assign(pi.metadata, metadata(params) ?? {});
    const charge = this.data.charges.get(pi.latest_charge!)!;
    this.settle(pi, charge, amount);
    this.emit('charge.captured', this.snapshot(charge));
    return pi;
  }

  cancel(intentId: string, params: FormObject, reason?: string): PaymentIntent {
    onlyKnown(params, ['cancellation_reason', 'expand']);
    const pi = this.intent(intentId);
    if (!CANCELABLE.includes(pi.status)) {
      throw unexpectedState(`You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`, pi);
    }
    const given = str(params, 'cancellation_reason');
    if (given && !['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'].includes(given)) throw invalidParam('cancellation_reason', `Invalid cancellation_reason: ${given}`);
    pi.status = 'canceled';
    pi.canceled_at = this.seconds();
    pi.cancellation_reason = given ?? reason ?? null;
    pi.amount_capturable = 0;
    pi.next_action = null;
    this.emit('payment_intent.canceled', this.snapshot(pi));
    return pi;
  }

  refund(params: FormObject): Refund {
    onlyKnown(params, ['payment_intent', 'charge', 'amount', 'reason', 'metadata', 'expand']);
    const intentId = str(params, 'payment_intent');
    const chargeId = str(params, 'charge');
    if (!intentId && !chargeId) throw missingParam('payment_intent');
    const charge = chargeId ? this.data.charges.get(chargeId) : this.data.charges.get(this.intent(intentId!, 'payment_intent').latest_charge ?? '');
    if (chargeId && !charge) throw noSuch('charge', chargeId, 'charge');
    if (!charge || !charge.captured) {
      throw new StripeError(400, 'invalid_request_error', `This PaymentIntent does not have a successful charge to refund.`, { code: 'charge_not_refundable' });
    }
    const left = charge.amount_captured - charge.amount_refunded;
    if (left === 0) throw new StripeError(400, 'invalid_request_error', `Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
    const amount = int(params, 'amount', 1) ?? left;
    if (amount > left) {
      throw invalidParam('amount', `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, 'amount_too_large');
    }
    checkStep('amount', amount, charge.currency);
    const reason = str(params, 'reason') ?? null;
    if (reason && !['duplicate', 'fraudulent', 'requested_by_customer'].includes(reason)) throw invalidParam('reason', `Invalid reason: ${reason}`);
    const refund: Refund = {
      id: id('re'),
      object: 'refund',
      amount,
      charge: charge.id,
      currency: charge.currency,
      created: this.seconds(),
      metadata: metadata(params) ?? {},
      payment_intent: charge.payment_intent,
      reason,
      status: 'succeeded',
    };
    this.data.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount_captured;
    this.emit('refund.created', this.snapshot(refund));
    this.emit('charge.refunded', this.snapshot(charge));
    return refund;
  }

  refundList(query: FormObject): Refund[] {
    const pi = str(query, 'payment_intent');
    const ch = str(query, 'charge');
    return [...this.data.refunds.values()]
      .filter((r) => (!pi || r.payment_intent === pi) && (!ch || r.charge === ch))
      .sort((a, b) => b.created - a.created);
  }
}
