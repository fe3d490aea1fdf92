import { h, money } from '../store/lib/dom.js';

// Money per currency: a shipping method's rates and a discount's amounts in the store's other currencies.
// The API takes and gives minor units (cents; yen for JPY); the forms take major units and convert them with
// the currency's exponent (GET /api/admin/currencies).

const $ = (id) => document.getElementById(id);
const shown = (minor, currency, exponent) => (minor === null ? '—' : money(minor / 10 ** exponent, currency));

/** Major units typed in a form (`12.5`) as the currency's minor units; null for an empty field. */
function toMinor(value, exponent) {
  if (value === '' || value === null) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error('Amounts are numbers of at least 0');
  const minor = Math.round(n * 10 ** exponent);
  if (Math.abs(minor - n * 10 ** exponent) > 1e-6) throw new Error(`At most ${exponent} decimals in this currency`);
  return minor;
}

export function initMoneySettings({ call, say }) {
  let currencies = null;
  const exponents = async () => {
    currencies ??= call('/api/admin/currencies').then((r) => new Map(r.data.map((c) => [c.code, c.exponent])));
    return currencies;
  };
  const fillCurrencies = async (select) => {
    const known = await exponents();
    select.replaceChildren(...[...known.keys()].map((code) => h('option', { value: code }, code)));
  };
  const fail = (err) => say(err.message, true);

  let method = null;
  async function shippingRates(code) {
    method = code;
    const [rates] = await Promise.all([call(`/api/admin/shipping-methods/${encodeURIComponent(code)}/rates`), fillCurrencies($('shipping-rate-form').elements.currency)]);
    $('shipping-rates-title').textContent = `Rates of ${code} in other currencies`;
    $('shipping-rates-table').tBodies[0].replaceChildren(...rates.data.map((r) =>
      h('tr', { 'data-currency': r.currency }, h('td', {}, r.currency), h('td', { class: 'num' }, shown(r.rate_minor, r.currency, r.currency_exponent)),
        h('td', { class: 'num' }, shown(r.free_over_minor, r.currency, r.currency_exponent)),
        h('td', {}, h('button', { type: 'button', onclick: () => call(`/api/admin/shipping-methods/${encodeURIComponent(code)}/rates/${r.currency}`, { method: 'DELETE' }).then(() => shippingRates(code)).catch(fail) }, 'Remove')))));
    $('shipping-rates').hidden = false;
  }
  $('shipping-rate-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const currency = String(f.get('currency'));
    try {
      const exponent = (await exponents()).get(currency) ?? 2;
      await call(`/api/admin/shipping-methods/${encodeURIComponent(method)}/rates/${currency}`, { method: 'PUT', body: { rate_minor: toMinor(f.get('rate'), exponent), free_over_minor: toMinor(f.get('free_over'), exponent) } });
      say(`Shipping ${method} in ${currency} saved.`);
      e.target.reset();
      await shippingRates(method);
    } catch (err) {
      fail(err);
    }
  });

  let discount = null;
  async function discountAmounts(d) {
    discount = d;
    const [amounts] = await Promise.all([call(`/api/admin/discounts/${d.id}/amounts`), fillCurrencies($('discount-amount-form').elements.currency)]);
    $('discount-amounts-title').textContent = `${d.code} in other currencies`;
    // A percent code takes only a minimum subtotal per currency.
    $('discount-amount-form').elements.amount_off.disabled = d.kind !== 'fixed';
    $('discount-amount-form').elements.amount_off.required = d.kind === 'fixed';
    $('discount-amounts-table').tBodies[0].replaceChildren(...amounts.data.map((a) =>
      h('tr', { 'data-currency': a.currency }, h('td', {}, a.currency), h('td', { class: 'num' }, shown(a.amount_off_minor, a.currency, a.currency_exponent)),
        h('td', { class: 'num' }, shown(a.min_subtotal_minor, a.currency, a.currency_exponent)),
        h('td', {}, h('button', { type: 'button', onclick: () => call(`/api/admin/discounts/${d.id}/amounts/${a.currency}`, { method: 'DELETE' }).then(() => discountAmounts(d)).catch(fail) }, 'Remove')))));
    $('discount-amounts').hidden = false;
  }
  $('discount-amount-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const currency = String(f.get('currency'));
    try {
      const exponent = (await exponents()).get(currency) ?? 2;
      await call(`/api/admin/discounts/${discount.id}/amounts/${currency}`, { method: 'PUT', body: {
        amount_off_minor: discount.kind === 'fixed' ? toMinor(f.get('amount_off'), exponent) : null, min_subtotal_minor: toMinor(f.get('min_subtotal'), exponent) ?? 0,
      } });
      say(`${discount.code} in ${currency} saved.`);
      e.target.reset();
      await discountAmounts(discount);
    } catch (err) {
      fail(err);
    }
  });

  return { shippingRates, discountAmounts };
}
