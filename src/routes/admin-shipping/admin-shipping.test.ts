import { describe, expect, it } from 'vitest';
import { api, bearer, json, unique } from '../../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeStaff, makeUsers } from '../../../test/worker/shop';

const call = async (token: string, path: string, init: RequestInit = {}) => {
  const res = await api(path, { ...init, headers: { ...bearer(token), ...(init.headers as Record<string, string>) } });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
};

describe('admin shipping methods', () => {
  it('adds a method checkout takes at once, changes it, and deletes it', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 10, price_cents: 1000 })]);
    const code = unique('m').toLowerCase().replace(/[^a-z0-9_]/g, '').slice(0, 30);
    try {
      const made = await call(admin.token, '/api/admin/shipping-methods', json({ code, name: 'Courier', rate: 3.5, min_days: 0, max_days: 1, position: 9 }));
      expect(made).toEqual({ status: 201, body: expect.objectContaining({ code, rate: 3.5, free_over: null, is_active: true, position: 9 }) });
      const [buyer] = await makeUsers(1);
      await addItem(buyer!, { product_id: product.id, quantity: 1 });
      const order = await checkout(buyer!, checkoutBody({ shipping_method: code }));
      expect([order.res.status, order.body.shipping_amount, order.body.shipping_method]).toEqual([201, 3.5, code]);

      const changed = await call(admin.token, `/api/admin/shipping-methods/${code}`, json({ rate: 4.25, free_over: 100 }, { method: 'PATCH' }));
      expect(changed.body).toMatchObject({ rate: 4.25, free_over: 100 });
      expect((await call(admin.token, '/api/admin/shipping-methods')).body.data).toEqual(expect.arrayContaining([expect.objectContaining({ code, rate: 4.25 })]));
      const bad = await call(admin.token, `/api/admin/shipping-methods/${code}`, json({ max_days: 0, min_days: 2 }, { method: 'PATCH' }));
      expect([bad.status, bad.body.error.details[0].path]).toEqual([422, 'max_days']);
      const againstStored = await call(admin.token, `/api/admin/shipping-methods/${code}`, json({ min_days: 5 }, { method: 'PATCH' }));
      expect([againstStored.status, againstStored.body.error.details[0].path]).toEqual([422, 'max_days']);
      const dup = await call(admin.token, '/api/admin/shipping-methods', json({ code, name: 'Again', rate: 1, min_days: 0, max_days: 1 }));
      expect([dup.status, dup.body.error.code]).toEqual([409, 'conflict']);
    } finally {
      await call(admin.token, `/api/admin/shipping-methods/${code}`, { method: 'DELETE' });
    }
    expect((await call(admin.token, `/api/admin/shipping-methods/${code}`, { method: 'DELETE' })).status).toBe(404);
    const [late] = await makeUsers(1);
    await addItem(late!, { product_id: product.id, quantity: 1 });
    expect((await checkout(late!, checkoutBody({ shipping_method: code }))).body.error.code).toBe('shipping_method_invalid');
  });

  it('refuses bad bodies and keeps settings from staff', async () => {
    const [admin, staff] = await Promise.all([makeAdmin(), makeStaff()]);
    for (const body of [
      { code: 'Bad Code', name: 'x', rate: 1, min_days: 0, max_days: 1 },
      { code: 'ok_code', name: 'x', rate: -1, min_days: 0, max_days: 1 },
      { code: 'ok_code', name: 'x', rate: 1.999, min_days: 0, max_days: 1 },
      { code: 'ok_code', name: 'x', rate: 1, min_days: 3, max_days: 1 },
      { code: 'ok_code', name: '\u0000', rate: 1, min_days: 0, max_days: 1 },
    ]) {
      expect((await call(admin.token, '/api/admin/shipping-methods', json(body))).status).toBe(422);
    }
    expect((await call(admin.token, '/api/admin/shipping-methods/standard', json({}, { method: 'PATCH' }))).status).toBe(422);
    expect((await call(staff.token, '/api/admin/shipping-methods')).status).toBe(403);
  });
});
