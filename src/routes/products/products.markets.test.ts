import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession, testDb } from '../../../test/worker/db';
import { api, bearer, json, registerUser, type Session, unique } from '../../../test/worker/helpers';

// Markets on the catalogue: which market answers, prices in its currency, its filters and sorts, and
// caches kept apart per market.

let admin: Session;
const category = unique('mkt-');
const products: any[] = [];

beforeAll(async () => {
  admin = await adminSession();
  // $18.40, $25.00 and $9.10: in EUR (×0.92, to .99) 16.99, 23.99, 8.99; in JPY (×150, to tens) 2760, 3750, 1370.
  for (const price of [18.4, 25, 9.1]) products.push(await createProduct(admin.access_token, { category, price, compare_at_price: null }));
});

const list = async (query: string, headers: Record<string, string> = {}) => {
  const res = await api(`/api/products?category=${category}&${query}`, { headers });
  return { res, body: (await res.json()) as any };
};

describe('choosing the market', () => {
  it('goes X-Market header, then the preferred currency, then the country, then the default; the answer says which', async () => {
    const customer = await registerUser();
    await api('/api/users/profile', json({ preferences: { currency: 'JPY' } }, { method: 'PUT', headers: bearer(customer.access_token) }));
    const relogin = (await (await api('/api/users/login', json({ email: customer.email, password: customer.password }))).json()) as any;
    const token = relogin.access_token as string;

    const cases: [Record<string, string>, string, string][] = [
      [{ 'X-Market': 'uk', Authorization: `Bearer ${token}`, 'CF-IPCountry': 'DE' }, '', 'uk'],
      [{ Authorization: `Bearer ${token}`, 'CF-IPCountry': 'DE' }, 'market=eu', 'eu'],
      [{ Authorization: `Bearer ${token}`, 'CF-IPCountry': 'DE' }, '', 'jp'],
      [{ 'CF-IPCountry': 'FR' }, '', 'eu'],
      [{ 'CF-IPCountry': 'GB' }, '', 'uk'],
      [{ 'CF-IPCountry': 'BR' }, '', 'us'],
      [{}, '', 'us'],
    ];
    for (const [headers, query, expected] of cases) {
      const { res, body } = await list(query || 'limit=1', headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(res.headers.get('X-Market')).toBe(expected);
      expect(body.market.handle).toBe(expected);
      expect(res.headers.get('Vary')).toMatch(/X-Market/);
      expect(res.headers.get('Vary')).toMatch(/Authorization/);
    }
  });

  it('refuses an unknown market with 422 naming the valid ones', async () => {
    const { res, body } = await list('', { 'X-Market': 'mars' });
    expect(res.status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details[0]).toMatchObject({ path: 'market' });
    expect(body.error.details[0].message).toMatch(/us, eu, uk, jp/);
    expect((await list('market=NOT%20A%20HANDLE')).res.status).toBe(422);
  });
});

describe('prices in the market currency', () => {
  it('lists EUR prices converted with the .99 rule, filtered and sorted by them', async () => {
    const { body } = await list('sort=price_asc', { 'X-Market': 'eu' });
    expect(body.market).toEqual({ handle: 'eu', name: 'Euro area', currency: 'EUR', currency_exponent: 2, tax_inclusive: true, locale: 'en-IE' });
    expect(body.data.map((p: any) => [p.price, p.currency])).toEqual([[8.99, 'EUR'], [16.99, 'EUR'], [23.99, 'EUR']]);
    const desc = await list('sort=price_desc&min_price=9&max_price=23.99', { 'X-Market': 'eu' });
    expect(desc.body.data.map((p: any) => p.price)).toEqual([23.99, 16.99]);
  });

  it('lists JPY in whole yen and refuses fractional yen bounds', async () => {
    const { body } = await list('sort=price_asc&min_price=1400', { 'X-Market': 'jp' });
    expect(body.data.map((p: any) => [p.price, p.currency])).toEqual([[2760, 'JPY'], [3750, 'JPY']]);
    const bad = await list('min_price=19.5', { 'X-Market': 'jp' });
    expect(bad.res.status).toBe(422);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'min_price' });
  });

  it('an explicit price wins over conversion, and pages stay in order across it', async () => {
    const [a] = products;
    const db = testDb();
    await sql`insert into price_lists (name, kind, currency) values ('GBP prices', 'price', 'GBP')
      on conflict (currency) where kind = 'price' do nothing`.execute(db);
    await sql`insert into prices (price_list_id, product_id, amount, compare_at_amount)
      select id, ${a.id}, 500, 1000 from price_lists where kind = 'price' and currency = 'GBP'`.execute(db);
    const first = await list('sort=price_asc&limit=2', { 'X-Market': 'uk' });
    expect(first.body.data.map((p: any) => [p.id, p.price, p.compare_at_price])).toEqual([[a.id, 5, 10], [products[2].id, 7.99, null]]);
    const next = await list(`sort=price_asc&limit=2&cursor=${first.body.next_cursor}`, { 'X-Market': 'uk' });
    expect(next.body.data.map((p: any) => p.id)).toEqual([products[1].id]);
    // A cursor is bound to its currency.
    const crossed = await list(`sort=price_asc&limit=2&cursor=${first.body.next_cursor}`, { 'X-Market': 'eu' });
    expect(crossed.res.status).toBe(400);
  });

  it('shows the detail and its variants in the market', async () => {
    const p = await createProduct(admin.access_token, { price: 10 });
    await api(`/api/products/${p.id}/variants`, json({ sku: `${p.sku}-L`, name: 'Large', price: 12 }, { headers: bearer(admin.access_token) }));
    await api(`/api/products/${p.id}/variants`, json({ sku: `${p.sku}-M`, name: 'Medium' }, { headers: bearer(admin.access_token) }));
    const res = await api(`/api/products/${p.slug}`, { headers: { 'X-Market': 'jp' } });
    const d = (await res.json()) as any;
    expect(res.headers.get('X-Market')).toBe('jp');
    expect([d.price, d.currency, d.market.currency]).toEqual([1500, 'JPY', 'JPY']);
    expect(d.variants.map((v: any) => [v.name, v.price, v.effective_price])).toEqual([['Large', 1800, 1800], ['Medium', null, 1500]]);
  });
});

describe('caches per market', () => {
  it('two markets never see each other’s cached prices; each market’s page is cached on its own', async () => {
    const p = products[1];
    const path = `/api/products/${p.id}`;
    const eu1 = (await (await api(path, { headers: { 'X-Market': 'eu' } })).json()) as any;
    const us = await api(path);
    const usBody = (await us.json()) as any;
    const eu2 = await api(path, { headers: { 'X-Market': 'eu' } });
    expect([eu1.price, eu1.currency]).toEqual([23.99, 'EUR']);
    expect([usBody.price, usBody.currency]).toEqual([25, 'USD']);
    expect(((await eu2.json()) as any).price).toBe(23.99);
    // Different bodies, different validators: an EUR ETag does not revalidate the USD answer.
    const etag = eu2.headers.get('ETag')!;
    expect(etag).not.toBe(us.headers.get('ETag'));
    expect((await api(path, { headers: { 'If-None-Match': etag } })).status).toBe(200);
    expect((await api(path, { headers: { 'If-None-Match': etag, 'X-Market': 'eu' } })).status).toBe(304);

    const l1 = await list('sort=name', { 'X-Market': 'uk' });
    const l2 = await list('sort=name', { 'X-Market': 'jp' });
    expect(l1.body.data[0].currency).toBe('GBP');
    expect(l2.body.data[0].currency).toBe('JPY');
  });
});
