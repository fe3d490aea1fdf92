import { date, h, money } from '../lib/dom.js';
import { liveBadge, watchOrders } from '../lib/live.js';
import { go } from '../lib/router.js';
import { clientConfig, shop, unwrap } from '../lib/shop.js';
import { addressLine } from '../checkout/address-form.js';
import { payAgainForm, withKnownPayment } from '../checkout/payment.js';
import { takeFlash, viewToken } from './order-access.js';

const GUEST_REFRESH_MS = 20_000;

/**
 * `#/order/<id>`: the order with its status, payment and tracking. The owner's page follows the order
 * live over Realtime (the order's `realtime_topic`); a guest's page, which has no topic, reads it again
 * every 20 seconds while its view token lasts.
 */
export async function orderView({ id }, _query, view) {
  const orderId = Number(id);
  const session = await shop.session();
  const token = viewToken(orderId);
  if (!session && !token) {
    go(`/lookup?order=${orderId}`);
    return;
  }
  const read = session
    ? () => unwrap(shop.api.GET('/api/orders/{id}', { params: { path: { id: orderId } } }))
    : () => shop.viewOrder(orderId, token);
  const tracking = () => (session ? unwrap(shop.api.GET('/api/orders/{id}/tracking', { params: { path: { id: orderId } } })).catch(() => null) : Promise.resolve(null));

  let [order, track, config] = await Promise.all([read(), tracking(), clientConfig()]);
  const note = takeFlash(orderId);
  const pay = await payAgainForm(config, withKnownPayment(order), () => void (pay.hidden = true));
  const state = h('section', { id: 'order-state', class: 'order-state' });
  const live = liveBadge('order-live');
  const draw = () => state.replaceChildren(...stateBlock(order, track).filter(Boolean));
  draw();

  view.replaceChildren(
    h('p', { class: 'crumbs' }, session ? [h('a', { href: '#/account' }, 'Your account'), ' / '] : '', `Order ${order.order_number}`),
    h('h1', {}, 'Order ', h('span', { id: 'order-number' }, order.order_number), ' ', live.el),
    h('p', { class: 'note' }, `Order id ${order.id} · placed ${date(order.created_at)} · a confirmation was sent to ${order.email ?? 'your email'}`),
    note && h('p', { id: 'order-note', class: 'status error' }, note),
    state,
    pay,
    itemsBlock(order),
    h(
      'section',
      { class: 'addresses' },
      order.shipping_address && h('div', {}, h('h2', {}, 'Shipping to'), h('p', {}, addressLine(order.shipping_address))),
      order.billing_address && h('div', {}, h('h2', {}, 'Billing'), h('p', {}, addressLine(order.billing_address))),
    ),
  );

  if (session) {
    return watchOrders(
      order.realtime_topic,
      async (change) => {
        if (change.order_id !== order.id) return;
        order = { ...order, ...pick(change) };
        draw();
        track = await tracking();
        draw();
      },
      live.set,
    );
  }
  live.set('refreshing');
  const timer = setInterval(async () => {
    if (!viewToken(orderId)) return clearInterval(timer);
    order = await read().catch(() => order);
    draw();
  }, GUEST_REFRESH_MS);
  return () => clearInterval(timer);
}

const pick = (c) =>
  Object.fromEntries(
    ['status', 'payment_status', 'fulfillment_status', 'carrier', 'tracking_number', 'estimated_delivery', 'actual_delivery', 'updated_at']
      .filter((k) => k in c)
      .map((k) => [k, c[k]]),
  );

const PAYMENT = { pending: 'Awaiting payment', authorized: 'Payment authorized', paid: 'Paid', failed: 'Payment failed', refunded: 'Refunded', voided: 'Payment voided' };

function stateBlock(order, track) {
  const url = track?.tracking_url;
  return [
    h(
      'dl',
      { class: 'badges' },
      h('dt', {}, 'Status'),
      h('dd', { id: 'order-status', class: `badge ${order.status}` }, order.status),
      h('dt', {}, 'Payment'),
      h('dd', { id: 'payment-status', class: `badge ${order.payment_status}`, 'data-status': order.payment_status }, PAYMENT[order.payment_status] ?? order.payment_status),
      h('dt', {}, 'Delivery'),
      h('dd', { id: 'fulfillment-status', class: 'badge' }, order.fulfillment_status),
    ),
    order.tracking_number &&
      h(
        'p',
        { id: 'tracking' },
        `Shipped with ${order.carrier ?? 'the carrier'}: `,
        url ? h('a', { href: url, rel: 'noopener', target: '_blank' }, order.tracking_number) : order.tracking_number,
        order.estimated_delivery ? ` · expected ${date(order.estimated_delivery)}` : '',
        order.actual_delivery ? ` · delivered ${date(order.actual_delivery)}` : '',
      ),
    track?.events?.length > 0 &&
      h('ol', { class: 'events' }, track.events.map((e) => h('li', {}, h('time', {}, date(e.at)), ` ${e.kind === 'payment' ? 'Payment' : 'Order'} ${e.to_status}`, e.note ? ` · ${e.note}` : ''))),
  ];
}

function itemsBlock(order) {
  const c = order.currency;
  const row = (label, amount, id) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', { id }, money(amount, c)));
  return h(
    'section',
    {},
    h('h2', {}, 'Items'),
    h('ul', { class: 'summary-lines' }, order.items.map((i) => h('li', {}, `${i.quantity} × ${i.product_name}${i.variant_name ? ` (${i.variant_name})` : ''}`, h('span', {}, money(i.total_price, c))))),
    h(
      'table',
      { class: 'totals' },
      h(
        'tbody',
        {},
        row('Subtotal', order.subtotal, 'order-subtotal'),
        order.discount_amount > 0 && row(`Discount${order.discount_code ? ` (${order.discount_code})` : ''}`, -order.discount_amount, 'order-discount'),
        row(`Shipping${order.shipping_method ? ` (${order.shipping_method})` : ''}`, order.shipping_amount, 'order-shipping'),
        row('Tax', order.tax_amount, 'order-tax'),
        row('Total', order.total_amount, 'order-total'),
      ),
    ),
  );
}
