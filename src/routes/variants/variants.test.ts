import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession, testDb } from '../../../test/worker/db';
import { api, bearer, json, registerUser, type Session } from '../../../test/worker/helpers';

let admin: Session;
beforeAll(async () => {
  admin = await adminSession();
});

const call = (path: string, init: RequestInit) => api(path, { ...init, headers: { ...bearer(admin.access_token), ...(init.headers as Record<string, string>) } });
const detail = async (id: number) => (await (await api(`/api/products/${id}`)).json()) as any;

describe('variants and the stock rule', () => {
  it("moves stock to the variants: the product's stock is their active total", async () => {
    const p = await createProduct(admin.access_token, { stock_quantity: 50, price: 20 });
    const m = await call(`/api/products/${p.id}/variants`, json({ sku: `${p.sku}-M`, name: 'Medium', options: { size: 'M' }, stock_quantity: 4 }));
    expect(m.status).toBe(201);
    const medium = (await m.json()) as any;
    expect(medium).toMatchObject({ options: { size: 'M' }, price: null, effective_price: 20, stock_quantity: 4, in_stock: true });
    const l = (await (await call(`/api/products/${p.id}/variants`, json({ sku: `${p.sku}-L`, name: 'Large', options: { size: 'L' }, price: 24.5, stock_quantity: 6 }))).json()) as any;
    expect(l.effective_price).toBe(24.5);

    let d = await detail(p.id);
    expect(d).toMatchObject({ has_variants: true, stock_quantity: 10, in_stock: true });
    expect(d.variants.map((v: any) => v.name)).toEqual(['Medium', 'Large']);

    // Product-level stock edits are refused once variants hold the stock.
    const refused = await call(`/api/products/${p.id}`, json({ stock_quantity: 99 }, { method: 'PUT' }));
    expect(refused.status).toBe(422);

    await call(`/api/products/${p.id}/variants/${medium.id}`, json({ stock_quantity: 0 }, { method: 'PUT' }));
    await call(`/api/products/${p.id}/variants/${l.id}`, json({ is_active: false }, { method: 'PUT' }));
    d = await detail(p.id);
    expect(d).toMatchObject({ stock_quantity: 0, in_stock: false });

    expect((await call(`/api/products/${p.id}/variants/${medium.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/products/${p.id}/variants/${l.id}`, { method: 'DELETE' })).status).toBe(204);
    d = await detail(p.id);
    expect(d.has_variants).toBe(false);
  });

  it('lets the database refuse negative stock, whatever writes it', async () => {
    const p = await createProduct(admin.access_token);
    const v = (await (await call(`/api/products/${p.id}/variants`, json({ sku: `${p.sku}-X`, name: 'X', stock_quantity: 1 }))).json()) as any;
    const db = testDb();
    await expect(db.updateTable('product_variants').set({ stock_quantity: -1 }).where('id', '=', v.id).execute()).rejects.toMatchObject({ code: '23514' });
    await expect(db.updateTable('products').set({ stock_quantity: -1 }).where('id', '=', p.id).execute()).rejects.toMatchObject({ code: '23514' });
    expect((await call(`/api/products/${p.id}/variants/${v.id}`, json({ stock_quantity: -1 }, { method: 'PUT' }))).status).toBe(422);
  });

  it('refuses a duplicate sku, unknown products and variants, and non-admins', async () => {
    const p = await createProduct(admin.access_token);
    const body = { sku: `${p.sku}-S`, name: 'Small' };
    expect((await call(`/api/products/${p.id}/variants`, json(body))).status).toBe(201);
    const dup = await call(`/api/products/${p.id}/variants`, json(body));
    expect(dup.status).toBe(409);
    expect(((await dup.json()) as any).error.code).toBe('sku_taken');
    expect((await call('/api/products/999999999/variants', json({ sku: 'NOPE-1', name: 'x' }))).status).toBe(404);
    expect((await call(`/api/products/${p.id}/variants/999999999`, json({ name: 'x' }, { method: 'PUT' }))).status).toBe(404);
    const other = await createProduct(admin.access_token);
    const v = (await (await call(`/api/products/${other.id}/variants`, json({ sku: `${other.sku}-A`, name: 'A' }))).json()) as any;
    // A variant is addressed under its own product only.
    expect((await call(`/api/products/${p.id}/variants/${v.id}`, { method: 'DELETE' })).status).toBe(404);
    const customer = await registerUser();
    expect((await api(`/api/products/${p.id}/variants`, json({ sku: 'C-1', name: 'c' }, { headers: bearer(customer.access_token) }))).status).toBe(403);
  });
});
