import { beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/worker/db';
import { bearer, json, type Session, unique } from '../../test/worker/helpers';
import { countingClient } from '../../test/worker/round-trips';
import { adminSession } from '../../test/worker/db';
import { addItem, checkoutBody, makeProduct, makeUser, type MadeProduct } from '../../test/worker/shop';

// The invalidation rules, by round trips at the 'stock' stand-ins (only this file uses them): a sale keeps
// cached content cached and overlays the new stock at once; `in_stock` lists follow a product crossing
// zero at once; an edit drops its product's pages and the lists, and nothing of the other products.
const rt = countingClient('stock');
let admin: Session;

beforeAll(async () => {
  admin = await adminSession();
});

async function read(path: string) {
  await rt.reset();
  const res = await rt.request(path);
  return { status: res.status, etag: res.headers.get('ETag'), body: (await res.json()) as any, ...(await rt.counts()) };
}

async function productIn(category: string, spec: Parameters<typeof makeProduct>[0]): Promise<MadeProduct> {
  const p = await makeProduct(spec);
  await testDb().updateTable('products').set({ category }).where('id', '=', p.id).execute();
  return p;
}

async function buy(productId: number, quantity: number, variantId?: number) {
  const me = await makeUser();
  await addItem(me, { product_id: productId, quantity, ...(variantId ? { variant_id: variantId } : {}) });
  const res = await rt.request('/api/orders', json(checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }));
  expect(res.status).toBe(201);
  return (await res.json()) as any;
}

const stockIn = (list: any, id: number) => list.data.find((p: any) => p.id === id)?.stock_quantity;

describe('a sale changes stock, not content', () => {
  it('keeps the list and the product page cached and shows the new level on both at once', async () => {
    const category = unique('stock-');
    const a = await productIn(category, { stock: 5 });
    const b = await productIn(category, { stock: 7 });
    const list = `/api/products?category=${category}`;
    const page = `/api/products/${a.id}`;
    await read(list);
    await read(page);
    const before = await read(list);
    expect(before.db).toBe(0);

    await buy(a.id, 2);

    const after = await read(list);
    expect({ db: after.db, redis: after.redis }).toEqual({ db: 0, redis: 1 });
    expect(stockIn(after.body, a.id)).toBe(3);
    expect(stockIn(after.body, b.id)).toBe(7);
    expect(after.etag).not.toBe(before.etag);
    const detail = await read(page);
    expect({ db: detail.db, stock: detail.body.stock_quantity, in_stock: detail.body.in_stock }).toEqual({ db: 0, stock: 3, in_stock: true });
  });

  it('overlays variant levels on the product page', async () => {
    const p = await makeProduct({ variants: [{ stock: 2 }, { stock: 4 }] });
    const page = `/api/products/${p.id}`;
    await read(page);
    expect((await read(page)).db).toBe(0);
    await buy(p.id, 2, p.variants[0]!.id);
    const detail = await read(page);
    expect(detail.db).toBe(0);
    expect(detail.body.stock_quantity).toBe(4);
    expect(detail.body.variants.map((v: any) => [v.stock_quantity, v.in_stock])).toEqual([[0, false], [4, true]]);
  });

  it('moves a product out of `in_stock` lists at once when its last unit sells, and back when an order is cancelled', async () => {
    const category = unique('instock-');
    const a = await productIn(category, { stock: 1 });
    const b = await productIn(category, { stock: 3 });
    const inStock = `/api/products?category=${category}&in_stock=true`;
    const outOfStock = `/api/products?category=${category}&in_stock=false`;
    const plain = `/api/products?category=${category}`;
    for (const path of [inStock, outOfStock, plain]) await read(path);
    expect((await read(inStock)).body.data.map((p: any) => p.id).sort()).toEqual([a.id, b.id].sort());

    const order = await buy(a.id, 1);

    expect((await read(inStock)).body.data.map((p: any) => p.id)).toEqual([b.id]);
    expect((await read(outOfStock)).body.data.map((p: any) => p.id)).toEqual([a.id]);
    // The unfiltered list keeps its content and shows a at 0.
    const list = await read(plain);
    expect({ db: list.db, a: stockIn(list.body, a.id) }).toEqual({ db: 0, a: 0 });

    const cancel = await rt.request(`/api/orders/${order.id}/status`, json({ status: 'cancelled' }, { method: 'PUT', headers: bearer(admin.access_token) }));
    expect(cancel.status).toBe(200);
    expect((await read(inStock)).body.data.map((p: any) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(stockIn((await read(plain)).body, a.id)).toBe(1);
  });
});

describe('an edit drops what it can affect', () => {
  it('shows a new price at once on the product page and every list, and keeps the other products cached', async () => {
    const category = unique('edit-');
    const a = await productIn(category, { stock: 5 });
    const b = await productIn(category, { stock: 5 });
    const list = `/api/products?category=${category}`;
    const other = `/api/products?category=${category}&sort=price_asc`;
    for (const path of [list, other, `/api/products/${a.id}`, `/api/products/${b.id}`]) await read(path);

    const put = await rt.request(`/api/products/${a.id}`, json({ price: 12.34 }, { method: 'PUT', headers: bearer(admin.access_token) }));
    expect(put.status).toBe(200);

    const page = await read(`/api/products/${a.id}`);
    expect({ db: page.db, price: page.body.price }).toEqual({ db: 1, price: 12.34 });
    for (const path of [list, other]) {
      const r = await read(path);
      expect(r.db).toBe(1);
      expect(r.body.data.find((p: any) => p.id === a.id).price).toBe(12.34);
    }
    expect((await read(`/api/products/${b.id}`)).db).toBe(0);
  });
});
