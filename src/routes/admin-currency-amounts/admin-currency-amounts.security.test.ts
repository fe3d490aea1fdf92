import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { makeDiscount, makeStaff, makeUser } from '../../../test/worker/shop';
import { call, put } from './test-helpers';

describe('per-currency money settings are for admins only', () => {
  it('answers anonymous 401 and customers and staff 403, and changes nothing', async () => {
    const [customer, staff] = await Promise.all([makeUser(), makeStaff()]);
    const code = await makeDiscount({ kind: 'fixed', amount_off_cents: 500 });
    const id = (await testDb().selectFrom('discounts').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const before = await testDb().selectFrom('shipping_rates').selectAll().where('method_code', '=', 'standard').orderBy('currency').execute();
    const calls: [string, string, unknown][] = [
      ['GET', '/api/admin/shipping-methods/standard/rates', undefined],
      ['PUT', '/api/admin/shipping-methods/standard/rates/EUR', { rate_minor: 1 }],
      ['DELETE', '/api/admin/shipping-methods/standard/rates/EUR', undefined],
      ['GET', `/api/admin/discounts/${id}/amounts`, undefined],
      ['PUT', `/api/admin/discounts/${id}/amounts/EUR`, { amount_off_minor: 1 }],
      ['DELETE', `/api/admin/discounts/${id}/amounts/EUR`, undefined],
    ];
    for (const [method, path, body] of calls) {
      const as = (token: string | null) => (method === 'PUT' ? put(token, path, body) : call(token, path, { method }));
      expect((await as(null)).status, `${method} ${path}`).toBe(401);
      const denied = await as(customer.token);
      expect([denied.status, denied.body.error.code]).toEqual([403, 'forbidden']);
      expect((await as(staff.token)).status).toBe(403);
    }
    expect(await testDb().selectFrom('shipping_rates').selectAll().where('method_code', '=', 'standard').orderBy('currency').execute()).toEqual(before);
    expect(await testDb().selectFrom('discount_amounts').selectAll().where('discount_id', '=', id).execute()).toEqual([]);
  });
});
