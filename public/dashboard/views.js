import { API_BASE } from '../config.js';
import { h, money } from '../store/lib/dom.js';
import { initMoneySettings } from './money-settings.js';

// The dashboard's tables and forms. Each loader fills its section from the admin API.

const $ = (id) => document.getElementById(id);
const date = (iso) => new Date(iso).toLocaleDateString();
const query = (form) => new URLSearchParams([...new FormData(form)].filter(([, v]) => v !== '').map(([k, v]) => [k, k.startsWith('created_') ? new Date(`${v}T00:00:00Z`).toISOString() : v]));

/** Next actions an order can take from its status (the API checks the transition table). */
const NEXT = { pending: ['confirmed', 'cancelled'], confirmed: ['processing', 'cancelled'], processing: ['shipped', 'cancelled'], shipped: ['delivered'], delivered: ['refunded'] };

export function initViews({ call, say }) {
  let cursor = null;
  const perCurrency = initMoneySettings({ call, say });
  const role = () => JSON.parse(sessionStorage.getItem('edge-commerce.dashboard') ?? '{}').role;

  async function setStatus(order, status) {
    const body = { status };
    if (status === 'shipped') {
      const carrier = prompt('Carrier (e.g. ups, fedex, usps, dhl)');
      const tracking = carrier && prompt('Tracking number');
      if (!carrier || !tracking) return;
      Object.assign(body, { carrier, tracking_number: tracking });
    }
    await call(`/api/orders/${order.id}/status`, { method: 'PUT', body });
    say(`Order ${order.order_number} is ${status}.`);
    await orders();
  }

  function orderRow(o) {
    const actions = (NEXT[o.status] ?? []).filter((s) => s !== 'refunded' || role() === 'admin');
    return h('tr', { 'data-order': o.order_number },
      h('td', {}, o.order_number), h('td', {}, date(o.created_at)), h('td', {}, o.customer?.name ?? o.email ?? ''),
      h('td', { class: 'status-cell' }, o.status), h('td', {}, o.payment_status), h('td', { class: 'num' }, money(o.total_amount, o.currency)),
      h('td', {}, h('span', { class: 'actions' }, actions.map((s) => h('button', { type: 'button', 'data-action': s, onclick: () => setStatus(o, s).catch((e) => say(e.message, true)) }, s)))));
  }

  let latest = 0;
  async function orders(more = false) {
    const params = query($('order-filters'));
    params.set('limit', '25');
    if (more && cursor) params.set('cursor', cursor);
    // Only the latest request fills the table: a slower earlier answer must not overwrite a newer filter's.
    const mine = ++latest;
    const page = await call(`/api/admin/orders?${params}`);
    if (mine !== latest) return;
    const body = $('orders-table').tBodies[0];
    if (!more) body.replaceChildren();
    body.append(...page.data.map(orderRow));
    cursor = page.next_cursor;
    $('orders-more').hidden = !cursor;
  }
  $('order-filters').addEventListener('submit', (e) => {
    e.preventDefault();
    orders().catch((err) => say(err.message, true));
  });
  $('orders-more').addEventListener('click', () => orders(true).catch((err) => say(err.message, true)));
  $('export').addEventListener('click', async (e) => {
    e.preventDefault();
    const params = query($('order-filters'));
    params.delete('sort');
    const token = JSON.parse(sessionStorage.getItem('edge-commerce.dashboard') ?? '{}').token;
    const res = await fetch(`${API_BASE}/api/admin/orders/export?${params}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return say(`Export failed (${res.status})`, true);
    const url = URL.createObjectURL(await res.blob());
    h('a', { href: url, download: /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'orders.csv' }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  async function showCustomer(id) {
    const c = await call(`/api/admin/customers/${id}`);
    const spend = c.lifetime_spend.map((s) => money(s.amount, s.currency)).join(', ') || 'nothing yet';
    $('customer-detail').replaceChildren(
      h('h3', {}, c.email), h('p', {}, `${c.first_name ?? ''} ${c.last_name ?? ''} · ${c.role} · ${c.is_active ? 'active' : 'disabled'}`),
      h('p', {}, `${c.order_count} orders · paid ${spend}`, c.last_order ? ` · last ${c.last_order.order_number} (${c.last_order.status})` : ''),
      role() === 'admin'
        ? h('p', {}, h('button', { type: 'button', onclick: () => call(`/api/admin/customers/${id}`, { method: 'PATCH', body: { is_active: !c.is_active } }).then(() => showCustomer(id)).catch((e) => say(e.message, true)) }, c.is_active ? 'Disable' : 'Enable'), ' ',
            h('button', { type: 'button', onclick: () => call(`/api/admin/customers/${id}/password-reset`, { method: 'POST' }).then(() => say('Reset mail sent.')).catch((e) => say(e.message, true)) }, 'Send password reset'))
        : null);
    $('customer-detail').hidden = false;
  }
  async function customers() {
    const page = await call(`/api/admin/customers?${query($('customer-search'))}&limit=50`);
    $('customers-table').tBodies[0].replaceChildren(...page.data.map((c) =>
      h('tr', {}, h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showCustomer(c.id).catch((e) => say(e.message, true)) }, c.email)),
        h('td', {}, `${c.first_name ?? ''} ${c.last_name ?? ''}`), h('td', {}, c.role), h('td', {}, c.is_active ? 'yes' : 'no'), h('td', {}, date(c.created_at)))));
  }
  $('customer-search').addEventListener('submit', (e) => {
    e.preventDefault();
    customers().catch((err) => say(err.message, true));
  });

  async function stock() {
    const page = await call('/api/admin/inventory/low-stock?limit=100');
    $('stock-table').tBodies[0].replaceChildren(...page.data.map((i) => {
      const input = h('input', { type: 'number', min: 1, value: 10, size: 4, 'aria-label': `Units received of ${i.sku}` });
      const receive = () => call('/api/admin/inventory/adjustments', { method: 'POST', body: { product_id: i.product_id, ...(i.variant_id ? { variant_id: i.variant_id } : {}), reason: 'received', quantity: Number(input.value) } })
        .then(() => stock()).catch((e) => say(e.message, true));
      return h('tr', {}, h('td', {}, i.name), h('td', {}, i.sku), h('td', { class: 'num' }, i.stock_quantity), h('td', { class: 'num' }, i.threshold), h('td', {}, input, h('button', { type: 'button', onclick: receive }, 'Receive')));
    }));
  }

  async function discounts() {
    const page = await call('/api/admin/discounts?limit=100');
    $('discounts-table').tBodies[0].replaceChildren(...page.data.map((d) =>
      h('tr', { 'data-code': d.code }, h('td', {}, d.code), h('td', {}, d.kind === 'percent' ? `${d.percent_off}%` : String(d.amount_off)),
        h('td', {}, `${d.usage_count}${d.usage_limit ? ` / ${d.usage_limit}` : ''}`), h('td', {}, d.state),
        h('td', {}, h('button', { type: 'button', 'data-amounts': d.code, onclick: () => perCurrency.discountAmounts(d).catch((e) => say(e.message, true)) }, 'Per currency')),
        h('td', {}, d.is_active ? h('button', { type: 'button', onclick: () => call(`/api/admin/discounts/${d.id}`, { method: 'DELETE' }).then(discounts).catch((e) => say(e.message, true)) }, 'Deactivate') : ''))));
  }
  $('discount-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const num = (k) => (f.get(k) ? Number(f.get(k)) : undefined);
    const kind = f.get('kind');
    try {
      await call('/api/admin/discounts', { method: 'POST', body: {
        code: f.get('code'), kind, [kind === 'percent' ? 'percent_off' : 'amount_off']: num('amount'), min_subtotal: num('min_subtotal') ?? 0,
        ...(num('usage_limit') ? { usage_limit: num('usage_limit') } : {}), ...(num('per_customer_limit') ? { per_customer_limit: num('per_customer_limit') } : {}),
      } });
      say(`Discount ${String(f.get('code')).toUpperCase()} created.`);
      form.reset();
      await discounts();
    } catch (err) {
      say(err.message, true);
    }
  });

  async function settings() {
    const [methods, rates] = await Promise.all([call('/api/admin/shipping-methods'), call('/api/admin/tax-rates')]);
    $('shipping-table').tBodies[0].replaceChildren(...methods.data.map((m) =>
      h('tr', {}, h('td', {}, m.code), h('td', {}, m.name), h('td', { class: 'num' }, m.rate), h('td', { class: 'num' }, m.free_over ?? '—'), h('td', {}, `${m.min_days}–${m.max_days}`), h('td', {}, m.is_active ? 'yes' : 'no'),
        h('td', {}, h('button', { type: 'button', 'data-rates': m.code, onclick: () => perCurrency.shippingRates(m.code).catch((e) => say(e.message, true)) }, 'Per currency')))));
    $('tax-table').tBodies[0].replaceChildren(...rates.data.map((r) =>
      h('tr', {}, h('td', {}, r.country), h('td', {}, r.region ?? '—'), h('td', { class: 'num' }, `${r.rate}%`), h('td', {}, r.applies_to_shipping ? 'yes' : 'no'),
        h('td', {}, h('button', { type: 'button', onclick: () => call(`/api/admin/tax-rates/${r.id}`, { method: 'DELETE' }).then(settings).catch((e) => say(e.message, true)) }, 'Delete')))));
  }
  $('tax-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    try {
      await call('/api/admin/tax-rates', { method: 'POST', body: { country: f.get('country'), ...(f.get('region') ? { region: f.get('region') } : {}), rate: Number(f.get('rate')), applies_to_shipping: f.get('applies_to_shipping') === 'on' } });
      form.reset();
      await settings();
    } catch (err) {
      say(err.message, true);
    }
  });

  return { orders: () => orders(), customers, stock, discounts, settings };
}
