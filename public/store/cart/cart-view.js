import { h, money, say } from '../lib/dom.js';
import { loadCart, removeLine, setQuantity } from './cart-state.js';

/** `#/cart`: the lines with their quantities, warnings from the API (stock, availability), the subtotal. */
export async function cartView(_params, _query, view) {
  const status = h('p', { id: 'cart-status', class: 'status', role: 'status' });
  const body = h('div', { id: 'cart' });

  const draw = (cart) => {
    if (cart.items.length === 0) {
      body.replaceChildren(h('div', { class: 'empty', id: 'cart-empty' }, h('p', {}, 'Your cart is empty.'), h('a', { href: '#/' }, 'Continue shopping')));
      return;
    }
    body.replaceChildren(
      h(
        'ul',
        { class: 'lines' },
        cart.items.map((line) =>
          h(
            'li',
            { class: 'line', 'data-line-id': line.id },
            line.image_url ? h('img', { src: line.image_url, alt: '', width: 64, height: 64 }) : h('span', { class: 'placeholder small' }),
            h(
              'div',
              { class: 'what' },
              h('a', { href: `#/p/${encodeURIComponent(line.slug)}` }, line.name),
              line.variant_name && h('span', { class: 'variant' }, line.variant_name),
              h('span', { class: 'unit' }, money(line.unit_price, cart.currency)),
              line.warning && h('span', { class: 'warning' }, line.warning.message),
            ),
            h('input', {
              type: 'number',
              min: 0,
              max: 999,
              value: line.quantity,
              'aria-label': `Quantity of ${line.name}`,
              onchange: (e) => void act(() => setQuantity(line.id, Math.max(0, Number(e.currentTarget.value) || 0))),
            }),
            h('span', { class: 'total' }, money(line.line_total, cart.currency)),
            h('button', { type: 'button', class: 'link', onclick: () => void act(() => removeLine(line.id)) }, 'Remove'),
          ),
        ),
      ),
      h('p', { class: 'subtotal' }, 'Subtotal ', h('strong', { id: 'subtotal' }, money(cart.subtotal, cart.currency))),
      h('p', { class: 'note' }, 'Shipping, tax and discounts are added at checkout.'),
      cart.has_warnings
        ? h('p', { class: 'status error' }, 'Fix the lines marked above before checking out.')
        : h('a', { href: '#/checkout', class: 'button', id: 'checkout-link' }, 'Check out'),
    );
  };

  async function act(work) {
    try {
      say(status, '');
      draw(await work());
    } catch (err) {
      say(status, err, true);
    }
  }

  view.replaceChildren(h('h1', {}, 'Your cart'), status, body);
  draw(await loadCart());
}
