import { describe, expect, it } from 'vitest';
import { api, bearer, json, unique } from '../../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeUsers, setStatus } from '../../../test/worker/shop';

const code = () => unique('d').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 24);
const call = async (token: string, path: string, init: RequestInit = {}) => {
  const res = await api(path, { ...init, headers: { ...bearer(token), ...(init.headers as Record<string, string>) } });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
};

describe('admin discounts', () => {
  it('creates, lists with usage, updates and deactivates a code; checkout follows at once', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 20, price_cents: 4000 })]);
    const c = code();
    const created = await call(admin.token, '/api/admin/discounts', json({ code: c.toLowerCase(), kind: 'percent', percent_off: 10, min_subtotal: 30, usage_limit: 5 }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: c, kind: 'percent', percent_off: 10, amount_off: null, min_subtotal: 30, usage_limit: 5, usage_count: 0, state: 'active' });
    const [buyer] = await makeUsers(1);
    await addItem(buyer!, { product_id: product.id, quantity: 1 });
    const order = await checkout(buyer!, checkoutBody({ discount_code: c.toLowerCase() }));
    expect(order.res.status).toBe(201);
    expect(order.body.discount_amount).toBe(4);
    const listed = await call(admin.token, `/api/admin/discounts?q=${c.slice(0, 10).toLowerCase()}`);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: created.body.id, usage_count: 1 })]);
    const changed = await call(admin.token, `/api/admin/discounts/${created.body.id}`, json({ percent_off: 20, ends_at: '2099-01-01T00:00:00Z' }, { method: 'PATCH' }));
    expect(changed.body).toMatchObject({ percent_off: 20, ends_at: '2099-01-01T00:00:00.000Z', state: 'active' });
    const off = await call(admin.token, `/api/admin/discounts/${created.body.id}`, { method: 'DELETE' });
    expect(off.body).toMatchObject({ is_active: false, state: 'inactive', usage_count: 1 });
    await addItem(buyer!, { product_id: product.id, quantity: 1 });
    const refused = await checkout(buyer!, checkoutBody({ discount_code: c }));
    expect([refused.res.status, refused.body.error.code]).toEqual([422, 'discount_invalid']);
  });

  it('takes a fixed code and refuses the same code in another case', async () => {
    const admin = await makeAdmin();
    const c = code();
    const fixed = await call(admin.token, '/api/admin/discounts', json({ code: c, kind: 'fixed', amount_off: 5, starts_at: '2099-01-01T00:00:00Z' }));
    expect(fixed.body).toMatchObject({ kind: 'fixed', amount_off: 5, percent_off: null, state: 'scheduled' });
    const again = await call(admin.token, '/api/admin/discounts', json({ code: c.toLowerCase(), kind: 'percent', percent_off: 5 }));
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
  });

  it('holds a customer to the per-customer limit; a cancelled order gives the use back', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 20, price_cents: 1000 })]);
    const c = code();
    await call(admin.token, '/api/admin/discounts', json({ code: c, kind: 'percent', percent_off: 10, per_customer_limit: 1 }));
    const [me, other] = await makeUsers(2);
    await addItem(me!, { product_id: product.id, quantity: 1 });
    const first = await checkout(me!, checkoutBody({ discount_code: c }));
    expect(first.res.status).toBe(201);
    await addItem(me!, { product_id: product.id, quantity: 1 });
    const second = await checkout(me!, checkoutBody({ discount_code: c }));
    expect([second.res.status, second.body.error.code, second.body.error.details]).toEqual([422, 'discount_invalid', { reason: 'per_customer_limit' }]);
    await addItem(other!, { product_id: product.id, quantity: 1 });
    expect((await checkout(other!, checkoutBody({ discount_code: c }))).res.status).toBe(201);
    expect((await setStatus(admin.token, first.body.id, { status: 'cancelled' })).res.status).toBe(200);
    expect((await checkout(me!, checkoutBody({ discount_code: c }))).res.status).toBe(201);
  });
});
