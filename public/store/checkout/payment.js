import { h } from '../lib/dom.js';
import { shop } from '../lib/shop.js';

// The payment step of checkout. Everything that depends on the payment provider is in this file: which
// methods are offered, and what happens once the order exists.
// - Bank transfer (the manual provider): the order is placed with payment pending; the shop records the
//   transfer when it arrives (PUT /api/orders/{id}/payment, the admin page's "Mark paid").
// - Card, when /api/client-config hands out a Stripe publishable key: the order comes back with a
//   PaymentIntent's client secret, and the browser confirms it (Stripe.js's confirmCardPayment does the same
//   call). Offline, against the Stripe stand-in named by `stripe_api_base`, the card is one of Stripe's test
//   payment methods; a production storefront loads Stripe.js and its card element instead.

const TEST_CARDS = [
  ['pm_card_visa', 'Visa ending 4242 (pays)'],
  ['pm_card_chargeDeclined', 'Card that is declined'],
  ['pm_card_authenticationRequired', 'Card that asks for 3-D Secure'],
];

const BANK = { code: 'bank_transfer', label: 'Bank transfer', note: 'Pay to the account in your confirmation mail; we ship once it arrives.' };
const CARD = { code: 'card', label: 'Card', note: 'Charged when you place the order.' };

/** Card payments this page can confirm: a publishable key, and the stand-in to confirm against. */
const cardsOn = (config) => Boolean(config?.stripe_publishable_key && config?.stripe_api_base);

/**
 * The payment fieldset for the checkout form. `method()` is the `payment_method` to send; `complete(order)`
 * runs after the order is placed and answers `{ paid, message }` (or navigates away for 3-D Secure).
 */
export async function paymentStep(config) {
  const methods = cardsOn(config) ? [CARD, BANK] : [BANK];
  const card = cardsOn(config) ? testCardSelect() : null;
  const fieldset = h(
    'fieldset',
    { class: 'payment', id: 'payment' },
    h('legend', {}, 'Payment'),
    methods.map((m, i) =>
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'payment_method', value: m.code, checked: i === 0 }), h('span', {}, h('strong', {}, m.label), h('small', {}, m.note))),
    ),
    card,
  );
  const method = () => fieldset.querySelector('input[name="payment_method"]:checked')?.value ?? methods[0].code;
  fieldset.addEventListener('change', () => {
    if (card) card.hidden = method() !== 'card';
  });
  return {
    fieldset,
    method,
    complete: (order) => (method() === 'card' ? payByCard(config, order, card.querySelector('select').value) : Promise.resolve({ paid: false, message: null })),
  };
}

function testCardSelect() {
  return h('label', { class: 'test-card' }, 'Test card (Stripe stand-in)', h('select', { name: 'test_card' }, TEST_CARDS.map(([value, label]) => h('option', { value }, label))));
}

/** A "pay now" form for an order whose card payment is still open (declined before, or never confirmed). */
export async function payAgainForm(config, order, onDone) {
  const secret = order.payment?.client_secret;
  if (!cardsOn(config) || !secret || !['requires_payment_method', 'requires_confirmation'].includes(order.payment.status)) return null;
  const status = h('p', { class: 'status', role: 'status' });
  const card = testCardSelect();
  const form = h('form', { id: 'pay-form', class: 'stack narrow' }, h('h2', {}, 'Pay for this order'), card, h('button', { type: 'submit' }, 'Pay now'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = 'Paying…';
    const result = await payByCard(config, order, card.querySelector('select').value);
    status.textContent = result.message ?? '';
    status.classList.toggle('error', !result.paid);
    if (result.paid) onDone();
  });
  return form;
}

/**
 * Confirms the order's PaymentIntent with a card. The order's payment status changes when Stripe tells the
 * API (its webhook); the order page shows that live. A missing intent (Stripe unreachable at checkout) is
 * asked for again.
 */
async function payByCard(config, order, paymentMethod) {
  let payment = order.payment;
  if (!payment?.client_secret) {
    const { data } = await shop.api.POST('/api/orders/{id}/payment-intent', { params: { path: { id: order.id } } }).catch(() => ({}));
    payment = data?.payment ?? data ?? null;
  }
  if (!payment?.client_secret) return { paid: false, message: 'Card payments are unavailable right now: your order is saved, pay it from its page later.' };
  remember(order.id, payment);
  const body = new URLSearchParams({
    key: config.stripe_publishable_key,
    client_secret: payment.client_secret,
    payment_method: paymentMethod,
    return_url: `${location.origin}${location.pathname}#/order/${order.id}`,
  });
  const res = await fetch(`${config.stripe_api_base}/v1/payment_intents/${encodeURIComponent(payment.intent_id)}/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  const intent = await res.json().catch(() => null);
  if (!res.ok) return { paid: false, message: intent?.error?.message ?? `The card payment failed (HTTP ${res.status}).` };
  if (intent.status === 'requires_action' && intent.next_action?.redirect_to_url?.url) {
    location.assign(intent.next_action.redirect_to_url.url);
    return new Promise(() => {}); // the page is leaving for the bank's check
  }
  return { paid: ['succeeded', 'requires_capture', 'processing'].includes(intent.status), message: null };
}

// The client secret of an open payment, for this tab: the order page offers "Pay now" with it (a guest's
// view of the order does not carry it).
const key = (orderId) => `edge-commerce:payment:${orderId}`;
function remember(orderId, payment) {
  sessionStorage.setItem(key(orderId), JSON.stringify(payment));
}

/** The order with the payment this tab confirmed, if the order as read has none. */
export function withKnownPayment(order) {
  if (order.payment?.client_secret) return order;
  try {
    const kept = JSON.parse(sessionStorage.getItem(key(order.id)) ?? 'null');
    return kept ? { ...order, payment: { ...kept, status: order.payment?.status ?? kept.status } } : order;
  } catch {
    return order;
  }
}
