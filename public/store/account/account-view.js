import { loadCart } from '../cart/cart-state.js';
import { addressFields, addressLine } from '../checkout/address-form.js';
import { busy, date, h, money, say } from '../lib/dom.js';
import { go } from '../lib/router.js';
import { shop, unwrap } from '../lib/shop.js';

/** `#/account`: the customer's orders and address book, and signing out. */
export async function accountView(_params, _query, view) {
  const session = await shop.session();
  if (!session) return go('/signin?next=/account');
  const [profile, orders] = await Promise.all([
    unwrap(shop.api.GET('/api/users/profile')),
    unwrap(shop.api.GET('/api/orders', { params: { query: { limit: 20 } } })),
  ]);
  const addresses = h('section', { id: 'addresses' });
  const signOut = h('button', { type: 'button', class: 'link', id: 'sign-out' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    await shop.signOut().catch(() => {});
    await loadCart().catch(() => {});
    go('/');
  });

  view.replaceChildren(
    h('h1', {}, `Hello${profile.first_name ? `, ${profile.first_name}` : ''}`),
    h('p', {}, 'Signed in as ', h('strong', { id: 'account-email' }, profile.email), ' · ', signOut),
    h(
      'section',
      { id: 'orders' },
      h('h2', {}, 'Your orders'),
      orders.data.length === 0
        ? h('p', { class: 'empty' }, 'No orders yet.')
        : h(
            'table',
            { class: 'orders' },
            h('thead', {}, h('tr', {}, ['Order', 'Placed', 'Items', 'Total', 'Status', 'Payment'].map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              {},
              orders.data.map((o) =>
                h(
                  'tr',
                  { 'data-order-id': o.id },
                  h('td', {}, h('a', { href: `#/order/${o.id}` }, o.order_number)),
                  h('td', {}, date(o.created_at)),
                  h('td', {}, String(o.item_count)),
                  h('td', {}, money(o.total_amount, o.currency)),
                  h('td', {}, o.status),
                  h('td', {}, o.payment_status),
                ),
              ),
            ),
          ),
    ),
    addresses,
  );
  await drawAddresses(addresses);
}

async function drawAddresses(section) {
  const { data } = await unwrap(shop.api.GET('/api/users/addresses', { params: { query: { limit: 50 } } }));
  const status = h('p', { class: 'status', role: 'status' });
  const act = (work) => async () => {
    try {
      await work();
      await drawAddresses(section);
    } catch (err) {
      say(status, err, true);
    }
  };
  const fresh = addressFields('addr', 'Add an address');
  const form = h('form', { id: 'address-form', class: 'stack' }, fresh.fieldset, h('button', { type: 'submit' }, 'Save address'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void busy(form, act(() => unwrap(shop.api.POST('/api/users/addresses', { body: fresh.read() }))));
  });
  section.replaceChildren(
    h('h2', {}, 'Your addresses'),
    data.length === 0
      ? h('p', { class: 'empty' }, 'No saved addresses yet. Add one here, or save one at checkout.')
      : h(
          'ul',
          { class: 'address-book' },
          data.map((a) =>
            h(
              'li',
              { 'data-address-id': a.id },
              h('span', {}, addressLine(a)),
              a.is_default_shipping && h('small', { class: 'tag' }, 'default shipping'),
              a.is_default_billing && h('small', { class: 'tag' }, 'default billing'),
              !a.is_default_shipping &&
                h('button', { type: 'button', class: 'link', onclick: act(() => unwrap(shop.api.PUT('/api/users/addresses/{id}', { params: { path: { id: a.id } }, body: { is_default_shipping: true } }))) }, 'Make default'),
              h('button', { type: 'button', class: 'link', onclick: act(() => unwrap(shop.api.DELETE('/api/users/addresses/{id}', { params: { path: { id: a.id } } }))) }, 'Remove'),
            ),
          ),
        ),
    status,
    form,
  );
}
