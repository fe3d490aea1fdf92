import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession, testDb } from '../../../test/worker/db';
import { api, bearer, json, type Session } from '../../../test/worker/helpers';
import { makeProduct } from '../../../test/worker/shop';

// The markets admin refuses what would break pricing, and writes nothing when it does.

let admin: Session;
let product: any;
const send = async (path: string, method: string, body?: unknown) => {
  const init = { method, headers: bearer(admin.access_token) };
  const res = await api(path, body === undefined ? init : json(body, init));
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
};
const paths = (r: { body: any }) => r.body.error.details?.map((d: any) => d.path);

beforeAll(async () => {
  admin = await adminSession();
  product = await createProduct(admin.access_token, { price: 10 });
});

describe('markets admin: refusals', () => {
  it('keeps one active default market and unique handles', async () => {
    const us = (await send('/api/admin/markets', 'GET')).body.data.find((m: any) => m.handle === 'us');
    expect(await send(`/api/admin/markets/${us.id}`, 'PATCH', { is_active: false })).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    const dup = await send('/api/admin/markets', 'POST', { handle: 'eu', name: 'Again', currency: 'EUR' });
    expect(dup).toMatchObject({ status: 409, body: { error: { code: 'conflict', details: { field: 'handle' } } } });
    expect((await send('/api/admin/markets', 'POST', { handle: 'mars', name: 'Mars', currency: 'USD', is_default: true, is_active: false })).status).toBe(409);
    expect((await send(`/api/admin/markets/${us.id}`, 'PATCH', {})).status).toBe(422);
    expect((await send(`/api/admin/markets/${us.id}`, 'PATCH', { is_default: false })).status).toBe(422);
    expect((await send('/api/admin/markets/2147483648', 'GET')).status).toBe(422);
    expect((await send('/api/admin/markets/2147483647', 'PATCH', { name: 'x' })).status).toBe(404);
    const bad = await send('/api/admin/markets', 'POST', { handle: 'Bad Handle', name: '', currency: 'EURO', countries: ['USA', 'DE', 'DE'], default_locale: 'english' });
    expect(bad.status).toBe(422);
    expect(paths(bad)).toEqual(expect.arrayContaining(['handle', 'name', 'currency', 'countries.0', 'countries', 'default_locale']));
    expect((await send('/api/admin/markets', 'POST', { handle: 'zz', name: 'Zed', currency: 'ZZZ' })).status).toBe(422);
    expect((await testDb().selectFrom('markets').select('handle').where('handle', 'in', ['mars', 'zz']).execute()).length).toBe(0);
  });

  it('takes exact positive rates between two known currencies, and keeps the rates markets price through', async () => {
    for (const rate of [0, -1, '1e5', '0.00000000001', 1234567890, 'abc', null]) {
      expect((await send('/api/admin/exchange-rates/USD/EUR', 'PUT', { rate })).status, String(rate)).toBe(422);
    }
    expect((await send('/api/admin/exchange-rates/USD/USD', 'PUT', { rate: 1 })).status).toBe(422);
    expect((await send('/api/admin/exchange-rates/USD/XYZ', 'PUT', { rate: 1 })).body.error.details[0].path).toBe('quote');
    expect((await send('/api/admin/exchange-rates/US/EUR', 'PUT', { rate: 1 })).status).toBe(422);
    const kept = await send('/api/admin/exchange-rates/USD/EUR', 'DELETE');
    expect(kept).toMatchObject({ status: 409, body: { error: { code: 'conflict', details: { market: 'eu' } } } });
    expect((await send('/api/admin/exchange-rates/EUR/GBP', 'DELETE')).status).toBe(404);
    expect((await send('/api/admin/exchange-rates', 'GET')).body.data).toContainEqual(expect.objectContaining({ base: 'USD', quote: 'EUR', rate: '0.92' }));
    expect((await send('/api/admin/currencies/EUR', 'PUT', { rounding_increment: 100, rounding_ending: 100 })).status).toBe(422);
  });

  it('refuses bad price lists and prices, writing none of a refused batch', async () => {
    expect(paths(await send('/api/admin/price-lists', 'POST', { name: 'Sale', kind: 'sale', currency: 'EUR' }))).toEqual(['starts_at']);
    expect(paths(await send('/api/admin/price-lists', 'POST', { name: 'S', kind: 'sale', currency: 'EUR', starts_at: '2030-01-02T00:00:00Z', ends_at: '2030-01-01T00:00:00Z' }))).toEqual(['ends_at']);
    expect(paths(await send('/api/admin/price-lists', 'POST', { name: 'P', kind: 'price', currency: 'EUR', ends_at: '2030-01-01T00:00:00Z' }))).toEqual(['starts_at']);
    expect((await send('/api/admin/price-lists', 'POST', { name: 'Q', kind: 'price', currency: 'QQQ' })).status).toBe(422);
    const sale = await send('/api/admin/price-lists', 'POST', { name: 'Refusals', kind: 'sale', currency: 'GBP', starts_at: '2030-01-01T00:00:00Z' });
    expect(sale.status).toBe(201);
    const id = sale.body.id;
    expect(paths(await send(`/api/admin/price-lists/${id}`, 'PATCH', { ends_at: '2029-01-01T00:00:00Z' }))).toEqual(['ends_at']);
    expect((await send(`/api/admin/price-lists/${id}`, 'PATCH', {})).status).toBe(422);

    const other = await makeProduct({ variants: [{ stock: 1 }] });
    const items = [{ product_id: product.id, amount: 9 }, { product_id: 2_147_483_000, amount: 1 }];
    const missing = await send(`/api/admin/price-lists/${id}/prices`, 'PUT', { items });
    expect(missing.status).toBe(422);
    expect(paths(missing)).toEqual(['items.1']);
    const wrong = await send(`/api/admin/price-lists/${id}/prices`, 'PUT', { items: [{ product_id: product.id, variant_id: other.variants[0]!.id, amount: 1 }] });
    expect(paths(wrong)).toEqual(['items.0']);
    expect(paths(await send(`/api/admin/price-lists/${id}/prices`, 'PUT', { items: [items[0], items[0]] }))).toEqual(['items.1']);
    expect(paths(await send(`/api/admin/price-lists/${id}/prices`, 'PUT', { items: [{ product_id: product.id, amount: 1.234 }] }))).toEqual(['items.0.amount']);
    expect((await send(`/api/admin/price-lists/${id}/prices`, 'PUT', { items: [] })).status).toBe(422);
    const many = Array.from({ length: 1001 }, (_, i) => ({ product_id: i + 1, amount: 1 }));
    expect((await send(`/api/admin/price-lists/${id}/prices`, 'PUT', { items: many })).status).toBe(422);
    expect((await send(`/api/admin/price-lists/2147483647/prices`, 'PUT', { items: [items[0]] })).status).toBe(404);
    expect((await send(`/api/admin/price-lists/${id}`, 'GET')).body.price_count).toBe(0);
    expect((await send(`/api/admin/price-lists?cursor=forged`, 'GET')).status).toBe(400);
  });
});
