import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { json } from '../../../test/worker/helpers';
import { makeAdmin, makeDiscount } from '../../../test/worker/shop';
import { call, put } from './test-helpers';

const discountId = async (kind: 'fixed' | 'percent') => {
  const code = await makeDiscount(kind === 'fixed' ? { kind, amount_off_cents: 500 } : { kind, percent_off: 5 });
  return (await testDb().selectFrom('discounts').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
};
const detailPath = (r: { body: any }) => r.body.error.details?.[0]?.path;

describe('per-currency money settings refuse bad input', () => {
  it('refuses bad amounts and bodies with 422 naming the field, and writes nothing', async () => {
    const admin = await makeAdmin();
    const rates = '/api/admin/shipping-methods/express/rates';
    for (const [body, field] of [
      [{ rate_minor: -1 }, 'rate_minor'],
      [{ rate_minor: 1.5 }, 'rate_minor'],
      [{ rate_minor: 2_147_483_648 }, 'rate_minor'],
      [{ rate_minor: 1e300 }, 'rate_minor'],
      [{ rate_minor: '100' }, 'rate_minor'],
      [{ rate_minor: 100, free_over_minor: -5 }, 'free_over_minor'],
      [{ rate_minor: 100, extra: 1 }, ''],
      [{}, 'rate_minor'],
    ] as const) {
      const r = await put(admin.token, `${rates}/CHF`, body);
      expect([r.status, r.body.error.code], JSON.stringify(body)).toEqual([422, 'validation_failed']);
      if (field) expect(detailPath(r)).toBe(field);
    }
    const malformed = await call(admin.token, `${rates}/CHF`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"rate_minor":' });
    expect(malformed.status).toBe(400);
    const fixed = await discountId('fixed');
    for (const body of [{ amount_off_minor: 0 }, { amount_off_minor: 100, min_subtotal_minor: -1 }, { amount_off_minor: 2_147_483_648 }, { amount_off_minor: 5, currency: 'EUR' }]) {
      expect((await put(admin.token, `/api/admin/discounts/${fixed}/amounts/EUR`, body)).status, JSON.stringify(body)).toBe(422);
    }
    expect((await call(admin.token, `/api/admin/discounts/${fixed}/amounts`)).body.data).toEqual([]);
  });

  it('refuses currencies the store lacks and the base currency, whose amounts live on the owner', async () => {
    const admin = await makeAdmin();
    const fixed = await discountId('fixed');
    for (const path of ['/api/admin/shipping-methods/standard/rates', `/api/admin/discounts/${fixed}/amounts`]) {
      const body = path.includes('discounts') ? { amount_off_minor: 100 } : { rate_minor: 100 };
      const unknown = await put(admin.token, `${path}/XXX`, body);
      expect([unknown.status, detailPath(unknown)]).toEqual([422, 'currency']);
      expect(unknown.body.error.details[0].message).toMatch(/not a currency of the store/);
      const base = await put(admin.token, `${path}/USD`, body);
      expect([base.status, detailPath(base)]).toEqual([422, 'currency']);
      expect(base.body.error.details[0].message).toMatch(/base currency/);
      for (const bad of ['EU', 'EURO', 'E1R', '%20']) expect((await put(admin.token, `${path}/${bad}`, body)).status, bad).toBe(422);
    }
  });

  it('refuses an amount off for a percent code and a fixed code without one', async () => {
    const admin = await makeAdmin();
    const [fixed, percent] = [await discountId('fixed'), await discountId('percent')];
    const noAmount = await put(admin.token, `/api/admin/discounts/${fixed}/amounts/EUR`, { min_subtotal_minor: 100 });
    expect([noAmount.status, detailPath(noAmount)]).toEqual([422, 'amount_off_minor']);
    const amount = await put(admin.token, `/api/admin/discounts/${percent}/amounts/EUR`, { amount_off_minor: 100 });
    expect([amount.status, detailPath(amount)]).toEqual([422, 'amount_off_minor']);
  });

  it('answers 404 for an owner or an amount that does not exist', async () => {
    const admin = await makeAdmin();
    const fixed = await discountId('fixed');
    for (const [method, path, body] of [
      ['GET', '/api/admin/shipping-methods/no_such_method/rates', undefined],
      ['PUT', '/api/admin/shipping-methods/no_such_method/rates/EUR', { rate_minor: 1 }],
      ['DELETE', '/api/admin/shipping-methods/no_such_method/rates/EUR', undefined],
      ['DELETE', '/api/admin/shipping-methods/standard/rates/CHF', undefined],
      ['GET', '/api/admin/discounts/2147483000/amounts', undefined],
      ['PUT', '/api/admin/discounts/2147483000/amounts/EUR', { amount_off_minor: 1 }],
      ['DELETE', '/api/admin/discounts/2147483000/amounts/EUR', undefined],
      ['DELETE', `/api/admin/discounts/${fixed}/amounts/EUR`, undefined],
    ] as const) {
      const r = body ? await call(admin.token, path, json(body, { method })) : await call(admin.token, path, { method });
      expect([r.status, r.body?.error.code], `${method} ${path}`).toEqual([404, 'not_found']);
    }
    for (const path of ['/api/admin/discounts/0/amounts', '/api/admin/discounts/1e3/amounts', '/api/admin/shipping-methods/Bad%20Code/rates']) {
      expect((await call(admin.token, path)).status, path).toBe(422);
    }
  });
});
