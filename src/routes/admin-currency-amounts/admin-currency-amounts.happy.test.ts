import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { json, unique } from '../../../test/worker/helpers';
import { makeAdmin, makeDiscount, makeProduct, makeUser } from '../../../test/worker/shop';
import { buyIn, call, put } from './test-helpers';

const auditOf = async (token: string, type: string, id: string) =>
  (await call(token, `/api/admin/audit?entity_type=${type}&entity_id=${encodeURIComponent(id)}`)).body.data.reverse();

describe('shipping rates per currency', () => {
  it('sets, replaces and removes a rate that the next checkout in that currency takes, audited', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 50, price_cents: 1000 })]);
    const code = unique('r').toLowerCase().replace(/[^a-z0-9_]/g, '').slice(0, 30);
    expect((await call(admin.token, '/api/admin/shipping-methods', json({ code, name: 'Courier', rate: 3.5, min_days: 0, max_days: 1 }))).status).toBe(201);
    try {
      expect(await call(admin.token, `/api/admin/shipping-methods/${code}/rates`)).toEqual({ status: 200, body: { data: [] } });
      const made = await put(admin.token, `/api/admin/shipping-methods/${code}/rates/eur`, { rate_minor: 250 });
      expect(made).toEqual({
        status: 201,
        body: { method_code: code, currency: 'EUR', currency_exponent: 2, rate_minor: 250, free_over_minor: null, updated_at: expect.any(String) },
      });
      expect((await buyIn(await makeUser(), 'eu', product.id, { shipping_method: code })).body).toMatchObject({ currency: 'EUR', shipping_amount: 2.5, shipping_method: code });

      const replaced = await put(admin.token, `/api/admin/shipping-methods/${code}/rates/EUR`, { rate_minor: 199, free_over_minor: 900 });
      expect([replaced.status, replaced.body.rate_minor, replaced.body.free_over_minor]).toEqual([200, 199, 900]);
      // €9.99 ≥ €9.00: free; under it, €1.99.
      expect((await buyIn(await makeUser(), 'eu', product.id, { shipping_method: code })).body.shipping_amount).toBe(0);
      await put(admin.token, `/api/admin/shipping-methods/${code}/rates/EUR`, { rate_minor: 199, free_over_minor: null });
      expect((await buyIn(await makeUser(), 'eu', product.id, { shipping_method: code })).body.shipping_amount).toBe(1.99);
      expect((await put(admin.token, `/api/admin/shipping-methods/${code}/rates/JPY`, { rate_minor: 500 })).body.currency_exponent).toBe(0);
      expect((await call(admin.token, `/api/admin/shipping-methods/${code}/rates`)).body.data.map((r: any) => [r.currency, r.rate_minor])).toEqual([['EUR', 199], ['JPY', 500]]);

      expect((await call(admin.token, `/api/admin/shipping-methods/${code}/rates/EUR`, { method: 'DELETE' })).status).toBe(204);
      // Without its own rate the base rate ($3.50) is converted again.
      const converted = (await buyIn(await makeUser(), 'eu', product.id, { shipping_method: code })).body.shipping_amount;
      expect(converted).toBeGreaterThan(2);
      expect(converted).not.toBe(1.99);

      const audit = await auditOf(admin.token, 'shipping_rates', `${code}:EUR`);
      expect(audit.map((e: any) => e.action)).toEqual(['insert', 'update', 'update', 'delete']);
      expect(audit[0]).toMatchObject({ actor_user_id: admin.id, actor_role: 'admin', after: { method_code: code, currency: 'EUR', rate: 250, free_over: null } });
      expect(audit[1]).toMatchObject({ before: { rate: 250, free_over: null }, after: { rate: 199, free_over: 900 } });
      expect(audit[3]).toMatchObject({ action: 'delete', before: { rate: 199 }, after: null });
      expect(audit[0].request_id).toBeTruthy();
    } finally {
      await call(admin.token, `/api/admin/shipping-methods/${code}`, { method: 'DELETE' });
    }
  });
});

describe('discount amounts per currency', () => {
  it('gives a fixed code an amount in a currency, which checkout applies at once, audited', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 50, price_cents: 10000 })]);
    const code = await makeDiscount({ kind: 'fixed', amount_off_cents: 1000 });
    const id = (await testDb().selectFrom('discounts').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const path = `/api/admin/discounts/${id}/amounts`;
    expect((await buyIn(await makeUser(), 'uk', product.id, { discount_code: code })).body.error.details.reason).toBe('currency_not_supported');

    const made = await put(admin.token, `${path}/GBP`, { amount_off_minor: 800 });
    expect(made).toEqual({
      status: 201,
      body: { discount_id: id, currency: 'GBP', currency_exponent: 2, amount_off_minor: 800, min_subtotal_minor: 0, updated_at: expect.any(String) },
    });
    // $100 → £79.99, £8.00 off.
    expect((await buyIn(await makeUser(), 'uk', product.id, { discount_code: code })).body).toMatchObject({ currency: 'GBP', subtotal: 79.99, discount_amount: 8 });

    expect((await put(admin.token, `${path}/GBP`, { amount_off_minor: 800, min_subtotal_minor: 9000 })).status).toBe(200);
    const below = await buyIn(await makeUser(), 'uk', product.id, { discount_code: code });
    expect(below.body.error).toMatchObject({ code: 'discount_invalid', details: { reason: 'minimum_not_met', minimum_subtotal: 90, currency: 'GBP' } });
    expect((await call(admin.token, path)).body.data).toEqual([expect.objectContaining({ currency: 'GBP', amount_off_minor: 800, min_subtotal_minor: 9000 })]);

    expect((await call(admin.token, `${path}/GBP`, { method: 'DELETE' })).status).toBe(204);
    expect((await buyIn(await makeUser(), 'uk', product.id, { discount_code: code })).body.error.details.reason).toBe('currency_not_supported');
    expect((await call(admin.token, path)).body).toEqual({ data: [] });

    const audit = await auditOf(admin.token, 'discount_amounts', `${id}:GBP`);
    expect(audit.map((e: any) => e.action)).toEqual(['insert', 'update', 'delete']);
    expect(audit[1]).toMatchObject({ actor_user_id: admin.id, before: { min_subtotal: 0 }, after: { min_subtotal: 9000 } });
  });

  it('gives a percent code only a minimum per currency', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 50, price_cents: 2000 })]);
    const code = await makeDiscount({ kind: 'percent', percent_off: 10 });
    const id = (await testDb().selectFrom('discounts').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    expect((await buyIn(await makeUser(), 'eu', product.id, { discount_code: code })).status).toBe(201);
    const set = await put(admin.token, `/api/admin/discounts/${id}/amounts/EUR`, { min_subtotal_minor: 5000 });
    expect([set.status, set.body.amount_off_minor, set.body.min_subtotal_minor]).toEqual([201, null, 5000]);
    expect((await buyIn(await makeUser(), 'eu', product.id, { discount_code: code })).body.error.details).toMatchObject({ reason: 'minimum_not_met', minimum_subtotal: 50 });
  });
});
