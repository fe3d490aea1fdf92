import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, bearer, json, type Session, testEnv, unique } from '../../../test/worker/helpers';
import { createDatabase } from '../../db/client';
import { loadEnv } from '../../lib/env';
import { Timing } from '../../lib/timing';
import { marketWrites } from '../../db/queries/market-admin';

// The markets admin: a currency, its exchange rate, a market, explicit and sale prices, each showing in the
// storefront at once. The seeded markets and rates are left alone (other tests price in them): this file
// opens its own market, in ISK (a zero-decimal currency) for Iceland.

let admin: Session;
let product: any;
const handle = unique('is').toLowerCase().replace(/[^a-z0-9]/g, '');
const call = (path: string, init: RequestInit = {}) => api(path, { ...init, headers: { ...bearer(admin.access_token), ...(init.headers as Record<string, string>) } });
const send = async (path: string, method: string, body?: unknown) => {
  const res = await call(path, body === undefined ? { method } : json(body, { method }));
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
};
/** The product as a shopper in Iceland sees it. */
const inIceland = async () => {
  const res = await api(`/api/products/${product.id}`, { headers: { 'CF-IPCountry': 'IS' } });
  const body = (await res.json()) as any;
  return { market: res.headers.get('X-Market'), price: body.price, compare_at: body.compare_at_price, currency: body.currency };
};

beforeAll(async () => {
  admin = await adminSession();
  // $19.99 → ISK at 138.5: 1999 × 1.385 = 2768.615 → 2769 whole krónur → up to tens: 2770.
  product = await createProduct(admin.access_token, { price: 19.99, compare_at_price: null });
});

describe('markets admin: happy paths', () => {
  it('adds a currency, its rate and a market; shoppers in its countries get it, priced by the rule', async () => {
    const currency = await send('/api/admin/currencies/isk', 'PUT', { rounding_increment: 10, rounding_ending: 0 });
    expect(currency).toMatchObject({ status: 200, body: { code: 'ISK', exponent: 0, rounding_increment: 10, rounding_ending: 0 } });

    const market = { handle, name: 'Iceland', currency: 'ISK', countries: ['is'], tax_inclusive: true, default_locale: 'is-IS' };
    const noRate = await send('/api/admin/markets', 'POST', market);
    expect(noRate.status).toBe(422);
    expect(noRate.body.error.details[0]).toMatchObject({ path: 'currency' });
    expect(noRate.body.error.details[0].message).toMatch(/no exchange rate from USD to ISK/);

    expect(await send('/api/admin/exchange-rates/usd/isk', 'PUT', { rate: 138.5 })).toMatchObject({ status: 200, body: { base: 'USD', quote: 'ISK', rate: '138.5' } });
    const rates = await send('/api/admin/exchange-rates', 'GET');
    expect(rates.body.data).toContainEqual(expect.objectContaining({ base: 'USD', quote: 'EUR', rate: '0.92' }));

    const created = await send('/api/admin/markets', 'POST', market);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ handle, currency: 'ISK', countries: ['IS'], tax_inclusive: true, is_active: true, is_default: false });
    expect((await send(`/api/admin/markets/${created.body.id}`, 'GET')).body).toEqual(created.body);
    expect((await send('/api/admin/markets', 'GET')).body.data[0]).toMatchObject({ handle: 'us', is_default: true });

    const shown = await api('/api/markets', { headers: { 'CF-IPCountry': 'IS' } });
    const body = (await shown.json()) as any;
    expect(body.current).toBe(handle);
    expect(body.data).toContainEqual({ handle, name: 'Iceland', currency: 'ISK', currency_exponent: 0, tax_inclusive: true, locale: 'is-IS', countries: ['IS'], is_default: false });
    expect(await inIceland()).toEqual({ market: handle, price: 2770, compare_at: null, currency: 'ISK' });

    // A rename shows at once; a second Icelandic market cannot be active beside it.
    expect((await send(`/api/admin/markets/${created.body.id}`, 'PATCH', { name: 'Ísland' })).body.name).toBe('Ísland');
    const twice = await send('/api/admin/markets', 'POST', { ...market, handle: `${handle}x` });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/IS is in more than one active market/);
    // An inactive one may list it (to switch over later).
    expect((await send('/api/admin/markets', 'POST', { ...market, handle: `${handle}y`, is_active: false })).status).toBe(201);
  });

  it('explicit prices win over conversion, a running sale over both; amounts keep the currency’s places', async () => {
    const list = await send('/api/admin/price-lists', 'POST', { name: 'ISK prices', kind: 'price', currency: 'isk' });
    expect(list).toMatchObject({ status: 201, body: { kind: 'price', currency: 'ISK', running: true, price_count: 0, starts_at: null } });
    expect((await send('/api/admin/price-lists', 'POST', { name: 'again', kind: 'price', currency: 'ISK' })).status).toBe(409);

    const fractional = await send(`/api/admin/price-lists/${list.body.id}/prices`, 'PUT', { items: [{ product_id: product.id, amount: 2500.5 }] });
    expect(fractional.status).toBe(422);
    expect(fractional.body.error.details[0]).toMatchObject({ path: 'items.0.amount' });
    const set = await send(`/api/admin/price-lists/${list.body.id}/prices`, 'PUT', { items: [{ product_id: product.id, amount: 2500, compare_at_amount: 3000 }] });
    expect(set).toEqual({ status: 200, body: { written: 1, product_ids: [product.id] } });
    expect(await inIceland()).toMatchObject({ price: 2500, compare_at: 3000 });
    const prices = await send(`/api/admin/price-lists/${list.body.id}/prices?product_id=${product.id}`, 'GET');
    expect(prices.body.data).toEqual([expect.objectContaining({ product_id: product.id, variant_id: null, amount: 2500, compare_at_amount: 3000, currency: 'ISK' })]);

    const sale = await send('/api/admin/price-lists', 'POST', { name: 'Winter sale', kind: 'sale', currency: 'ISK', starts_at: '2000-01-01T00:00:00Z', ends_at: '2999-01-01T00:00:00Z' });
    expect(sale.body).toMatchObject({ kind: 'sale', running: true });
    await send(`/api/admin/price-lists/${sale.body.id}/prices`, 'PUT', { items: [{ product_id: product.id, amount: 1990 }] });
    expect((await inIceland()).price).toBe(1990);
    // Switched off, the explicit price is back; removed, the converted one.
    expect((await send(`/api/admin/price-lists/${sale.body.id}`, 'PATCH', { is_active: false })).body).toMatchObject({ is_active: false, running: false, price_count: 1 });
    expect((await inIceland()).price).toBe(2500);
    expect(await send(`/api/admin/price-lists/${list.body.id}/prices/remove`, 'POST', { items: [{ product_id: product.id }] })).toEqual({ status: 200, body: { deleted: 1 } });
    expect((await inIceland()).price).toBe(2770);
    expect((await send(`/api/admin/price-lists/${sale.body.id}`, 'DELETE')).status).toBe(204);
    expect((await send(`/api/admin/price-lists/${sale.body.id}`, 'GET')).status).toBe(404);

    const page = await send('/api/admin/price-lists?currency=ISK&limit=1', 'GET');
    expect(page.body.data.map((l: any) => l.id)).toEqual([list.body.id]);
    expect(page.body.next_cursor).toBeNull();
  });

  it('moves the default in one transaction: the old default stops being one before the new one starts', async () => {
    const database = createDatabase(loadEnv(testEnv), new Timing());
    const db = database.db;
    const jp = (await db.selectFrom('markets').select('id').where('handle', '=', 'jp').executeTakeFirstOrThrow()).id;
    // Run the move with the commit-time rules checked at once, then read the defaults inside the same
    // transaction and roll it back by raising them, so the shared store never sees a second default.
    const probe = sql`select app_raise('conflict', (select string_agg(handle, ',') from markets where is_default), null)`.compile(db);
    const run = (writes: ReturnType<typeof marketWrites>) =>
      database.batch([...writes, sql`set constraints all immediate`.compile(db), probe]).then(() => 'committed', (err: Error) => err.message);
    expect(await run(marketWrites(db, jp, {}, true))).toBe('conflict: jp');
    // Without clearing the old default first, two defaults are refused.
    expect(await run(marketWrites(db, jp, {}, true).slice(1))).toMatch(/default|exclu/i);
    expect((await db.selectFrom('markets').select('handle').where('is_default', '=', true).execute()).map((r) => r.handle)).toEqual(['us']);
  });
});
