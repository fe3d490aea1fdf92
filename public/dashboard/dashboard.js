import { api } from '../js/api.js';
import { initCatalogue } from './catalogue.js';
import { barList, columnChart } from './charts.js';
import { initViews } from './views.js';

// The store dashboard: sign in as staff or admin, then orders, customers, low stock, and for admins
// the overview charts, discounts, shipping and tax settings (with their amounts per currency) and the catalogue's
// categories and collections. The token lives in sessionStorage.

const KEY = 'edge-commerce.dashboard';
const $ = (id) => document.getElementById(id);

export const session = () => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
};

export function say(text, error = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error', error);
}

/** Calls the API as the signed-in account; a 401 signs the dashboard out. */
export async function call(path, options = {}) {
  try {
    return await api(path, { ...options, token: session()?.token });
  } catch (err) {
    if (err.status === 401) {
      sessionStorage.removeItem(KEY);
      show();
    }
    throw err;
  }
}

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function overview() {
  const [sales, search] = await Promise.all([
    call(`/api/admin/analytics/sales?from=${day(-29)}&to=${day(0)}&interval=day`),
    call(`/api/admin/analytics/search?from=${day(-29)}&to=${day(0)}&limit=8`),
  ]);
  const currency = sales.data.find(() => true)?.currency;
  const byDay = new Map(sales.data.filter((b) => b.currency === currency).map((b) => [b.period, b.revenue]));
  const points = Array.from({ length: 30 }, (_, i) => ({ label: day(i - 29), value: byDay.get(day(i - 29)) ?? 0 }));
  const fmt = (v) => (currency ? new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(v) : String(v));
  $('sales-chart').replaceChildren(columnChart(points, { title: `Revenue per day${currency ? ` (${currency})` : ''}`, format: fmt }));
  $('top-searches').replaceChildren(barList(search.top_queries.map((q) => ({ label: q.query, value: q.searches })), { title: 'Top searches' }));
  $('zero-searches').replaceChildren(barList(search.zero_result_queries.map((q) => ({ label: q.query, value: q.searches })), { title: 'Searches with no results', zero: true }));
}

const views = initViews({ call, say });
const loaders = { overview, ...views, ...initCatalogue({ call, say }) };

function open(tab) {
  for (const button of document.querySelectorAll('[data-tab]')) button.toggleAttribute('aria-current', button.dataset.tab === tab);
  for (const button of document.querySelectorAll('[data-tab][aria-current]')) button.setAttribute('aria-current', 'page');
  for (const name of Object.keys(loaders)) $(name).hidden = name !== tab;
  say('');
  loaders[tab]().catch((err) => say(err.message, true));
}

function show() {
  const s = session();
  $('sign-in').hidden = Boolean(s);
  $('app').hidden = !s;
  $('sign-out').hidden = !s;
  if (!s) return;
  for (const button of document.querySelectorAll('[data-role="admin"]')) button.hidden = s.role !== 'admin';
  open(s.role === 'admin' ? 'overview' : 'orders');
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  try {
    const auth = await api('/api/users/login', { method: 'POST', body: { email: form.get('email'), password: form.get('password') } });
    if (auth.user.role === 'customer') throw new Error('This account is not staff or admin.');
    sessionStorage.setItem(KEY, JSON.stringify({ token: auth.access_token, role: auth.user.role, email: auth.user.email }));
    $('sign-in-status').textContent = '';
    show();
  } catch (err) {
    $('sign-in-status').textContent = err.message;
  }
});
$('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  show();
});
for (const button of document.querySelectorAll('[data-tab]')) button.addEventListener('click', () => open(button.dataset.tab));
show();
