import { busy, fields, h, say } from '../lib/dom.js';
import { go } from '../lib/router.js';
import { shop } from '../lib/shop.js';
import { keepViewToken } from './order-access.js';

/** `#/lookup`: a guest finds an order with its number and the email it was placed with. */
export function lookupView(_params, query, view) {
  const status = h('p', { id: 'lookup-status', class: 'status', role: 'status' });
  const form = h(
    'form',
    { id: 'lookup-form', class: 'stack narrow' },
    h('label', {}, 'Order number', h('input', { name: 'order_number', required: true, placeholder: 'EC-7K3QX9MP', maxlength: 20, autocomplete: 'off' })),
    h('label', {}, 'Email', h('input', { name: 'email', type: 'email', required: true, autocomplete: 'email', maxlength: 254 })),
    h('button', { type: 'submit' }, 'Find my order'),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(form, async () => {
      try {
        const found = await shop.lookupOrder(fields(form));
        keepViewToken(found);
        go(`/order/${found.order.id}`);
      } catch (err) {
        say(status, err.status === 404 ? 'No order matches this number and email.' : err, true);
      }
    });
  });
  view.replaceChildren(
    h('h1', {}, 'Find an order'),
    query.get('order') && h('p', { class: 'note' }, 'To see this order, enter its number and your email (or sign in if it is on your account).'),
    form,
  );
}
