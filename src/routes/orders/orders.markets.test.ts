import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, json } from '../../../test/worker/helpers';
import { cartCall, checkoutBody, makeDiscount, makeProduct, makeUser, type Caller } from '../../../test/worker/shop';

// Checkout in a market: the order in its currency, tax-inclusive totals that add up on every line,
// per-currency discounts and shipping, and a cart bound to its market.

const market = (m: string) => ({ headers: { 'X-Market': m } });
const add = (who: Caller, m: string, item: { product_id: number; variant_id?: number; quantity?: number }) =>
  cartCall(who, '/items', { method: 'POST', headers: { 'content-type': 'application/json', 'X-Market': m }, body: JSON.stringify(item) });
async function checkoutIn(who: Caller, m: string, body: Record<string, unknown>) {
  const headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID(), 'X-Market': m };
  if (who.token) headers.Authorization = `Bearer ${who.token}`;
  if (who.cart) headers['X-Cart-Token'] = who.cart;
  const res = await api('/api/orders', json(body, { headers }));
  return { res, body: (await res.json()) as any };
}
const DE = { first_name: 'Ada', line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' };
const FR = { first_name: 'Ada', line1: '1 Rue de Rivoli', city: 'Paris', postal_code: '75001', country: 'FR' };
const cents = (x: number) => Math.round(x * 100);

/** Integer arithmetic the checkout must match: tax included in a gross amount at a percent rate. */
const included = (gross: number, rate: number) => Math.round((gross * rate) / (100 + rate));

describe('tax-inclusive checkout (EUR)', () => {
  it('records net, tax and gross per line and in total, adding up to the cent, at the address rate', async () => {
    const me = await makeUser();
    // $18.40 → €16.99, $25.00 → €23.99, $0.50 → €0.99 (all to .99).
    const [a, b, c] = [await makeProduct({ price_cents: 1840, stock: 100 }), await makeProduct({ price_cents: 2500, stock: 100 }), await makeProduct({ price_cents: 50, stock: 100 })];
    await add(me, 'eu', { product_id: a.id, quantity: 3 });
    await add(me, 'eu', { product_id: b.id, quantity: 1 });
    const cart = await add(me, 'eu', { product_id: c.id, quantity: 7 });
    expect(cart.body).toMatchObject({ currency: 'EUR', market: 'eu', subtotal: 81.89 });
    const code = await makeDiscount({ kind: 'percent', percent_off: 10 });

    for (const [address, rate] of [[DE, 19], [FR, 20]] as const) {
      const { res, body } = await checkoutIn(me, 'eu', { ...checkoutBody({ shipping_address: address, discount_code: code }) });
      expect(res.status).toBe(201);
      // 3 × 16.99 + 23.99 + 7 × 0.99 = 81.89; 10% = 8.19; 73.70 ≥ 50.00 so standard shipping is free.
      expect(body).toMatchObject({ currency: 'EUR', market: 'eu', tax_inclusive: true, subtotal: 81.89, discount_amount: 8.19, shipping_amount: 0, total_amount: 73.7 });
      const lines = body.items.map((i: any) => ({ gross: cents(i.total_price), disc: cents(i.discount_amount), tax: cents(i.tax_amount), net: cents(i.net_amount) }));
      expect(lines.reduce((s: number, l: any) => s + l.disc, 0)).toBe(819);
      for (const l of lines) {
        expect(l.net + l.tax).toBe(l.gross - l.disc);
        expect(l.tax).toBe(included(l.gross - l.disc, rate));
        expect(l.disc).toBeLessThanOrEqual(l.gross);
      }
      expect(cents(body.tax_amount)).toBe(lines.reduce((s: number, l: any) => s + l.tax, 0));
      expect(cents(body.net_amount) + cents(body.tax_amount)).toBe(cents(body.total_amount));
      expect(cents(body.total_amount)).toBe(cents(body.subtotal) - cents(body.discount_amount) + cents(body.shipping_amount));
      // The next round: the same cart again.
      await add(me, 'eu', { product_id: a.id, quantity: 3 });
      await add(me, 'eu', { product_id: b.id, quantity: 1 });
      await add(me, 'eu', { product_id: c.id, quantity: 7 });
    }
  });

  it('taxes shipping included in its price where the rate says so; JPY orders are whole yen', async () => {
    const me = await makeUser();
    const p = await makeProduct({ price_cents: 1000 });
    await add(me, 'eu', { product_id: p.id, quantity: 2 });
    const eu = await checkoutIn(me, 'eu', checkoutBody({ shipping_address: DE }));
    // 2 × 9.99 = 19.98 < 50: shipping €5.99, its included tax at 19% is 0.96.
    expect(eu.body).toMatchObject({ subtotal: 19.98, shipping_amount: 5.99, shipping_tax_amount: 0.96, total_amount: 25.97 });
    expect(cents(eu.body.tax_amount)).toBe(included(1998, 19) + included(599, 19));

    const jp = await makeUser();
    await add(jp, 'jp', { product_id: p.id, quantity: 3 });
    const order = await checkoutIn(jp, 'jp', checkoutBody({ shipping_address: { line1: '1-1 Chiyoda', city: 'Tokyo', postal_code: '100-0001', country: 'JP' } }));
    // $10.00 × 150 = ¥1,500; 3 × 1500 = 4500 < 8000: shipping ¥800; no JP tax rate is configured.
    expect(order.body).toMatchObject({ currency: 'JPY', market: 'jp', subtotal: 4500, shipping_amount: 800, tax_amount: 0, total_amount: 5300 });
    expect(order.body.items[0]).toMatchObject({ unit_price: 1500, total_price: 4500, net_amount: 4500, tax_amount: 0 });
  });
});

describe('discounts and markets', () => {
  it('a fixed discount without an amount in the order currency does not apply, with details.reason', async () => {
    const me = await makeUser();
    const p = await makeProduct({ price_cents: 10000 });
    await add(me, 'uk', { product_id: p.id });
    const code = await makeDiscount({ kind: 'fixed', amount_off_cents: 1000 });
    const refused = await checkoutIn(me, 'uk', checkoutBody({ shipping_address: { line1: '1 Strand', city: 'London', postal_code: 'WC2N 5DN', country: 'GB' }, discount_code: code }));
    expect(refused.res.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'discount_invalid', details: { reason: 'currency_not_supported', currency: 'GBP' } });
    expect((await cartCall(me, '')).body.items).toHaveLength(1);

    const id = (await testDb().selectFrom('discounts').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    await sql`insert into discount_amounts (discount_id, currency, amount_off) values (${id}, 'GBP', 800)`.execute(testDb());
    const ok = await checkoutIn(me, 'uk', checkoutBody({ shipping_address: { line1: '1 Strand', city: 'London', postal_code: 'WC2N 5DN', country: 'GB' }, discount_code: code }));
    expect(ok.res.status).toBe(201);
    // $100 → £79.99; £8.00 off; £71.99 ≥ £45: free shipping; GB 20% included.
    expect(ok.body).toMatchObject({ currency: 'GBP', subtotal: 79.99, discount_amount: 8, total_amount: 71.99, tax_amount: 12 });
  });
});

describe('a cart keeps its market', () => {
  it('refuses checkout from another market (409) until a change there reprices the cart', async () => {
    const me = await makeUser();
    const p = await makeProduct({ price_cents: 2000 });
    const first = await add(me, 'eu', { product_id: p.id, quantity: 2 });
    // $20.00 → €18.40 → €18.99.
    expect(first.body).toMatchObject({ market: 'eu', currency: 'EUR', subtotal: 37.98 });
    // Reading it from another market shows it as it is, in its own market.
    const read = await cartCall(me, '', market('us'));
    expect(read.body).toMatchObject({ market: 'eu', currency: 'EUR' });

    const refused = await checkoutIn(me, 'us', checkoutBody());
    expect(refused.res.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'market_mismatch', details: { cart_market: 'eu', request_market: 'us' } });
    expect((await cartCall(me, '')).body.items).toHaveLength(1);

    const moved = await cartCall(me, `/items/${first.body.items[0].id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'X-Market': 'us' }, body: JSON.stringify({ quantity: 1 }) });
    expect(moved.body).toMatchObject({ market: 'us', currency: 'USD', subtotal: 20 });
    const ok = await checkoutIn(me, 'us', checkoutBody());
    expect(ok.res.status).toBe(201);
    expect(ok.body).toMatchObject({ currency: 'USD', market: 'us', tax_inclusive: false, subtotal: 20 });
  });
});
