import { cartEmptied, loadCart } from '../cart/cart-state.js';
import { busy, h, money, say } from '../lib/dom.js';
import { go } from '../lib/router.js';
import { clientConfig, shop, unwrap } from '../lib/shop.js';
import { flash, rememberOrderView } from '../orders/order-access.js';
import { addressFields, addressLine } from './address-form.js';
import { paymentStep } from './payment.js';

/**
 * `#/checkout`: contact (guests), the shipping address (a saved one or a new one), billing, the shipping
 * method, a discount code and payment, then the order. The client package sends it with an
 * Idempotency-Key and retries with the same key, so a lost answer never places two orders.
 */
export async function checkoutView(_params, _query, view) {
  const [cart, session, methods, config] = await Promise.all([
    loadCart(),
    shop.session(),
    unwrap(shop.api.GET('/api/shipping-methods')).then((r) => r.data),
    clientConfig(),
  ]);
  if (cart.items.length === 0) {
    view.replaceChildren(h('h1', {}, 'Checkout'), h('p', { class: 'empty' }, 'Your cart is empty. ', h('a', { href: '#/' }, 'Find something you like')));
    return;
  }
  const saved = session ? (await unwrap(shop.api.GET('/api/users/addresses', { params: { query: { limit: 50 } } }))).data : [];
  const digital = cart.items.every((l) => l.is_digital);
  const payment = await paymentStep(config);
  const status = h('p', { id: 'checkout-status', class: 'status', role: 'status' });

  // Shipping address: a saved one, or new fields (saved to the address book if asked).
  const ship = addressFields('ship', 'New address');
  const defaultId = saved.find((a) => a.is_default_shipping)?.id ?? saved[0]?.id;
  const savedChoices = saved.map((a) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'ship_choice', value: String(a.id), checked: a.id === defaultId }), h('span', {}, addressLine(a))),
  );
  const newChoice = saved.length > 0 && h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'ship_choice', value: 'new' }), h('span', {}, 'A new address'));
  const saveNew = session && h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'save_address', checked: true }), ' Save it to my addresses');
  const bill = addressFields('bill', 'Billing address');
  const sameBilling = h('input', { type: 'checkbox', name: 'billing_same', checked: true });

  const shippingChoices = methods.map((m, i) =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: 'shipping_method', value: m.code, checked: i === 0 }),
      h('span', {}, h('strong', {}, m.name), ' ', shippingPrice(m, cart), h('small', {}, `${m.min_days}-${m.max_days} business days`)),
    ),
  );
  const estimate = h('p', { class: 'summary-line' });

  const form = h(
    'form',
    { id: 'checkout-form', class: 'checkout', novalidate: false },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Contact'),
      session
        ? h('p', {}, 'Signed in as ', h('strong', {}, session.user.email))
        : [h('label', {}, 'Email', h('input', { type: 'email', name: 'email', autocomplete: 'email', required: true, maxlength: 254 })), h('p', { class: 'note' }, 'Have an account? ', h('a', { href: '#/signin?next=/checkout' }, 'Sign in'), ' to use your saved addresses; your cart comes with you.')],
    ),
    h('fieldset', { class: 'shipping-to' }, h('legend', {}, digital ? 'Your address' : 'Shipping address'), savedChoices, newChoice, ship.fieldset, saveNew),
    h('fieldset', {}, h('legend', {}, 'Billing'), h('label', { class: 'check' }, sameBilling, digital ? ' Same as my address' : ' Same as the shipping address'), bill.fieldset),
    !digital && h('fieldset', { id: 'shipping-methods' }, h('legend', {}, 'Shipping method'), shippingChoices),
    h('fieldset', {}, h('legend', {}, 'Discount code'), h('label', {}, 'Code (optional)', h('input', { name: 'discount_code', maxlength: 32, autocomplete: 'off', placeholder: 'WELCOME10' }))),
    payment.fieldset,
    h('section', { class: 'summary' }, h('h2', {}, 'Order summary'), h('ul', { class: 'summary-lines' }, cart.items.map((l) => h('li', {}, `${l.quantity} × ${l.name}${l.variant_name ? ` (${l.variant_name})` : ''}`, h('span', {}, money(l.line_total, cart.currency))))), estimate, h('p', { class: 'note' }, 'Tax and discounts are worked out when you place the order.')),
    h('button', { type: 'submit', id: 'place-order' }, 'Place order'),
    status,
  );

  const sync = () => {
    const choice = form.querySelector('input[name="ship_choice"]:checked')?.value ?? 'new';
    ship.setRequired(choice === 'new');
    ship.fieldset.hidden = choice !== 'new';
    if (saveNew) saveNew.hidden = choice !== 'new';
    bill.setRequired(!sameBilling.checked);
    bill.fieldset.hidden = sameBilling.checked;
    const method = methods.find((m) => m.code === form.querySelector('input[name="shipping_method"]:checked')?.value);
    estimate.replaceChildren('Subtotal ', money(cart.subtotal, cart.currency), ...(method && !digital ? [' · shipping ', shippingPrice(method, cart)] : []));
  };
  form.addEventListener('change', sync);
  sync();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(form, async () => {
      try {
        say(status, 'Placing your order…');
        const body = await checkoutBody(form, { session, digital, ship, bill, sameBilling, saveNew, payment });
        const { order } = await shop.checkout(body);
        if (!session) await rememberOrderView(order, body.email);
        cartEmptied(order.currency);
        say(status, 'Order placed. Payment…');
        const paid = await payment.complete(order);
        if (paid.message) flash(order.id, paid.message);
        go(`/order/${order.id}`);
      } catch (err) {
        say(status, explain(err), true);
      }
    });
  });

  view.replaceChildren(h('h1', {}, 'Checkout'), form);
}

async function checkoutBody(form, { session, digital, ship, bill, sameBilling, saveNew, payment }) {
  const data = new FormData(form);
  const body = { payment_method: payment.method() };
  if (!session) body.email = String(data.get('email') ?? '').trim();
  const choice = data.get('ship_choice') ?? 'new';
  let shippingId = null;
  if (choice !== 'new') shippingId = Number(choice);
  else if (session && saveNew?.querySelector('input').checked) {
    shippingId = (await unwrap(shop.api.POST('/api/users/addresses', { body: ship.read() }))).id;
  }
  if (shippingId) body.shipping_address_id = shippingId;
  else body.shipping_address = ship.read();
  if (!digital) body.shipping_method = String(data.get('shipping_method') ?? 'standard');
  if (sameBilling.checked) body.billing_same_as_shipping = true;
  else body.billing_address = bill.read();
  const code = String(data.get('discount_code') ?? '').trim();
  if (code) body.discount_code = code.toUpperCase();
  return body;
}

function shippingPrice(method, cart) {
  const free = method.free_over !== null && cart.subtotal >= method.free_over;
  if (free) return h('span', { class: 'free' }, 'free');
  return h('span', {}, money(method.rate, cart.currency), method.free_over !== null ? h('small', {}, ` (free over ${money(method.free_over, cart.currency)})`) : '');
}

/** The API's error, with the field it is about when it names one. */
function explain(err) {
  const issue = Array.isArray(err.details?.issues) ? err.details.issues[0] : Array.isArray(err.details) ? err.details[0] : null;
  if (issue?.path) return `${err.message}: ${[issue.path].flat().join('.')} ${issue.message ?? ''}`.trim();
  return err.message;
}
