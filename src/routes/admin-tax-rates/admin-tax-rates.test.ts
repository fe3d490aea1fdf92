import { describe, expect, it } from 'vitest';
import { api, bearer, json } from '../../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeUsers } from '../../../test/worker/shop';

// Rates here are for Antarctica (AQ), where no other test ships, and each is deleted in the test that made it.
const call = async (token: string, path: string, init: RequestInit = {}) => {
  const res = await api(path, { ...init, headers: { ...bearer(token), ...(init.headers as Record<string, string>) } });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
};
const AQ = { first_name: 'Ada', line1: '1 Ice Shelf', city: 'McMurdo', region: 'RS', postal_code: '9999', country: 'AQ' };

describe('admin tax rates', () => {
  it('adds a country and a region rate checkout uses at once, changes one and deletes them', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 10, price_cents: 10000 })]);
    const made: number[] = [];
    const buy = async () => {
      const [buyer] = await makeUsers(1);
      await addItem(buyer!, { product_id: product.id, quantity: 1 });
      return checkout(buyer!, checkoutBody({ shipping_address: AQ, shipping_method: 'express' }));
    };
    try {
      const country = await call(admin.token, '/api/admin/tax-rates', json({ country: 'aq', rate: 10 }));
      expect(country).toEqual({ status: 201, body: expect.objectContaining({ country: 'AQ', region: null, rate: 10, applies_to_shipping: false }) });
      made.push(country.body.id);
      const before = await buy();
      if (before.res.status !== 201) throw new Error(JSON.stringify(before.body));
      const taxOf = (o: any) => o.tax_amount;
      const countryTax = taxOf(before.body);
      expect(countryTax).toBeGreaterThan(0);

      const region = await call(admin.token, '/api/admin/tax-rates', json({ country: 'AQ', region: 'rs', rate: 20.5, applies_to_shipping: true }));
      expect(region.body).toMatchObject({ region: 'RS', rate: 20.5, applies_to_shipping: true });
      made.push(region.body.id);
      expect(taxOf((await buy()).body)).toBeGreaterThan(countryTax);

      const dup = await call(admin.token, '/api/admin/tax-rates', json({ country: 'AQ', region: 'RS', rate: 1 }));
      expect([dup.status, dup.body.error.code]).toEqual([409, 'conflict']);
      expect((await call(admin.token, `/api/admin/tax-rates/${region.body.id}`, json({ rate: 0 }, { method: 'PATCH' }))).body.rate).toBe(0);
      expect(taxOf((await buy()).body)).toBe(0);
      const listed = await call(admin.token, '/api/admin/tax-rates?country=AQ');
      expect(listed.body.data.map((r: any) => [r.region, r.rate])).toEqual([[null, 10], ['RS', 0]]);
    } finally {
      for (const id of made) await call(admin.token, `/api/admin/tax-rates/${id}`, { method: 'DELETE' });
    }
    expect((await call(admin.token, '/api/admin/tax-rates?country=AQ')).body.data).toEqual([]);
    expect((await call(admin.token, `/api/admin/tax-rates/${made[0]}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses bad countries, regions and rates', async () => {
    const admin = await makeAdmin();
    for (const body of [
      { country: 'AQX', rate: 1 },
      { country: 'A1', rate: 1 },
      { country: 'AQ', region: 'R-S', rate: 1 },
      { country: 'AQ', rate: 100 },
      { country: 'AQ', rate: -0.5 },
      { country: 'AQ', rate: 1.0001 },
      { country: 'AQ', rate: 1, extra: 1 },
    ]) {
      expect((await call(admin.token, '/api/admin/tax-rates', json(body))).status).toBe(422);
    }
    expect((await call(admin.token, '/api/admin/tax-rates/1', json({}, { method: 'PATCH' }))).status).toBe(422);
    expect((await call(admin.token, '/api/admin/tax-rates/2147483647', json({ rate: 1 }, { method: 'PATCH' }))).status).toBe(404);
    expect((await call(admin.token, '/api/admin/tax-rates?country=usa')).status).toBe(422);
  });
});
