import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, json, registerUser } from '../../../test/worker/helpers';
import { addItem, cartCall, makeProduct, makeUser } from '../../../test/worker/shop';

describe('cart', () => {
  it('adds up quantities and shows current prices, line totals, the subtotal and stock warnings', async () => {
    const me = await makeUser();
    const a = await makeProduct({ price_cents: 1999, stock: 10 });
    const b = await makeProduct({ price_cents: 250, stock: 5, variants: [{ stock: 3 }, { stock: 4, price_cents: 300 }] });
    expect((await cartCall(me, '')).body).toMatchObject({ id: null, items: [], subtotal: 0 });

    await addItem(me, { product_id: a.id, quantity: 2 });
    await addItem(me, { product_id: a.id, quantity: 1 });
    const { res, body } = await addItem(me, { product_id: b.id, variant_id: b.variants[1]!.id, quantity: 2 });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Cart-Token')).toBeNull(); // users need no token
    expect(body).toMatchObject({ item_count: 5, subtotal: 65.97, has_warnings: false, cart_token: null });
    expect(body.items).toEqual([
      expect.objectContaining({ product_id: a.id, variant_id: null, quantity: 3, unit_price: 19.99, line_total: 59.97, stock_quantity: 10, warning: null }),
      expect.objectContaining({ product_id: b.id, variant_id: b.variants[1]!.id, variant_name: 'Size 1', sku: b.variants[1]!.sku, unit_price: 3, line_total: 6 }),
    ]);

    // Prices and stock are read live: a price change and a stock drop show at the next read.
    await testDb().updateTable('products').set({ price_cents: 1500, stock_quantity: 2 }).where('id', '=', a.id).execute();
    const after = (await cartCall(me, '')).body;
    expect(after.subtotal).toBe(51);
    expect(after.has_warnings).toBe(true);
    expect(after.items[0]).toMatchObject({ unit_price: 15, line_total: 45, warning: { code: 'insufficient_stock', available: 2 } });
  });

  it('changes and removes lines, and empties the cart', async () => {
    const me = await makeUser();
    const a = await makeProduct({ stock: 10 });
    const b = await makeProduct({ stock: 10 });
    await addItem(me, { product_id: a.id, quantity: 1 });
    const line = (await addItem(me, { product_id: b.id, quantity: 1 })).body.items[1];
    const patched = await cartCall(me, `/items/${line.id}`, json({ quantity: 4 }, { method: 'PATCH' }));
    expect(patched.body.items[1]).toMatchObject({ id: line.id, quantity: 4 });
    const removed = await cartCall(me, `/items/${line.id}`, { method: 'DELETE' });
    expect(removed.body.items.map((i: any) => i.product_id)).toEqual([a.id]);
    const zero = await cartCall(me, `/items/${removed.body.items[0].id}`, json({ quantity: 0 }, { method: 'PATCH' }));
    expect(zero.body.items).toEqual([]);
    await addItem(me, { product_id: a.id });
    expect((await cartCall(me, '', { method: 'DELETE' })).res.status).toBe(204);
    expect((await cartCall(me, '')).body.items).toEqual([]);
  });

  it('gives guests a cart token on creation and keeps their cart under it', async () => {
    const a = await makeProduct({ stock: 10 });
    const first = await addItem({}, { product_id: a.id, quantity: 2 });
    const token = first.res.headers.get('X-Cart-Token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.body.cart_token).toBe(token);
    const again = await addItem({ cart: token }, { product_id: a.id, quantity: 1 });
    expect(again.res.headers.get('X-Cart-Token')).toBeNull();
    expect(again.body).toMatchObject({ id: first.body.id, cart_token: null, item_count: 3 });
    expect((await cartCall({ cart: token }, '')).body.items[0].quantity).toBe(3);
  });

  it('merges a guest cart into the user cart when both tokens are presented: quantities add, capped by stock', async () => {
    const me = await makeUser();
    const a = await makeProduct({ stock: 5 });
    const b = await makeProduct({ stock: 10 });
    const c = await makeProduct({ stock: 10 });
    await addItem(me, { product_id: a.id, quantity: 3 });
    await addItem(me, { product_id: b.id, quantity: 1 });
    const guest = (await addItem({}, { product_id: a.id, quantity: 4 })).res.headers.get('X-Cart-Token')!;
    await addItem({ cart: guest }, { product_id: c.id, quantity: 2 });

    const merged = (await cartCall({ ...me, cart: guest }, '')).body;
    expect(merged.items.map((i: any) => [i.product_id, i.quantity])).toEqual([[a.id, 5], [b.id, 1], [c.id, 2]]);
    // The guest cart is gone: its token now addresses nothing.
    expect((await cartCall({ cart: guest }, '')).body).toMatchObject({ id: null, items: [] });
  });

  it('merges the guest cart at login', async () => {
    const s = await registerUser();
    const a = await makeProduct({ stock: 10 });
    const guest = (await addItem({}, { product_id: a.id, quantity: 2 })).res.headers.get('X-Cart-Token')!;
    const login = await api('/api/users/login', json({ email: s.email, password: s.password }, { headers: { 'X-Cart-Token': guest, 'CF-Connecting-IP': '10.9.8.7' } }));
    expect(login.status).toBe(200);
    const { access_token } = (await login.json()) as any;
    expect((await cartCall({ token: access_token }, '')).body.items).toEqual([expect.objectContaining({ product_id: a.id, quantity: 2 })]);
  });
});
