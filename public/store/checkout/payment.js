import { h } from '../lib/dom.js';

// The payment step of checkout. Everything that depends on the payment provider is in this file: which
// methods are offered, and what happens once the order exists. With the manual provider the order is
// placed with payment pending; the shop marks it paid when the transfer arrives
// (PATCH /api/orders/{id}/payment), and the order page shows that change live.

const METHODS = [{ code: 'bank_transfer', label: 'Bank transfer', note: 'Pay to the account in your confirmation mail; we ship once it arrives.' }];

/**
 * The payment fieldset for the checkout form. `method()` is the `payment_method` to send; `complete(order,
 * progress)` runs after the order is placed (a provider's confirmation goes there) and answers the order.
 */
export async function paymentStep(_config) {
  const fieldset = h(
    'fieldset',
    { class: 'payment', id: 'payment' },
    h('legend', {}, 'Payment'),
    METHODS.map((m, i) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'payment_method', value: m.code, checked: i === 0 }), h('span', {}, h('strong', {}, m.label), h('small', {}, m.note)))),
  );
  return {
    fieldset,
    method: () => fieldset.querySelector('input[name="payment_method"]:checked')?.value ?? METHODS[0].code,
    complete: async (order) => order,
  };
}
