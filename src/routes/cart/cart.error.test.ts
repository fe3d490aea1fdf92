import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { json } from '../../../test/worker/helpers';
import { addItem, cartCall, makeProduct, makeUser } from '../../../test/worker/shop';

const code = (body: any) => body?.error?.code;

describe('cart errors', () => {
  it('refuses more than the stock with 409 insufficient_stock and the available amount', async () => {
    const me = await makeUser();
    const a = await makeProduct({ stock: 3 });
    await addItem(me, { product_id: a.id, quantity: 2 });
    const over = await addItem(me, { product_id: a.id, quantity: 2 });
    expect(over.res.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'insufficient_stock', details: { product_id: a.id, requested: 4, in_cart: 2, available: 3 } });
    expect((await cartCall(me, '')).body.items[0].quantity).toBe(2); // unchanged

    const line = (await cartCall(me, '')).body.items[0];
    const raise = await cartCall(me, `/items/${line.id}`, json({ quantity: 9 }, { method: 'PATCH' }));
    expect([raise.res.status, code(raise.body), raise.body.error.details.available]).toEqual([409, 'insufficient_stock', 3]);
    // Lowering is always allowed, even when the stock has fallen below the line.
    await testDb().updateTable('products').set({ stock_quantity: 1 }).where('id', '=', a.id).execute();
    const lower = await cartCall(me, `/items/${line.id}`, json({ quantity: 1 }, { method: 'PATCH' }));
    expect(lower.res.status).toBe(200);
  });

  it('refuses inactive, deleted and unknown products and variants', async () => {
    const me = await makeUser();
    const inactive = await makeProduct({ is_active: false });
    const withVariants = await makeProduct({ variants: [{ stock: 5 }, { stock: 5, is_active: false }] });
    const other = await makeProduct({ variants: [{ stock: 5 }] });
    const deleted = await makeProduct();
    await testDb().updateTable('products').set({ deleted_at: new Date() }).where('id', '=', deleted.id).execute();

    const cases: [Parameters<typeof addItem>[1], number, string][] = [
      [{ product_id: inactive.id }, 409, 'product_unavailable'],
      [{ product_id: withVariants.id, variant_id: withVariants.variants[1]!.id }, 409, 'product_unavailable'],
      [{ product_id: withVariants.id }, 422, 'validation_failed'],
      [{ product_id: withVariants.id, variant_id: other.variants[0]!.id }, 404, 'not_found'],
      [{ product_id: deleted.id }, 404, 'not_found'],
      [{ product_id: 2_000_000_000 }, 404, 'not_found'],
    ];
    for (const [item, status, c] of cases) {
      const r = await addItem(me, item);
      expect([r.res.status, code(r.body)], JSON.stringify(item)).toEqual([status, c]);
    }
    expect((await cartCall(me, '')).body.items).toEqual([]);
  });

  it('validates bodies, ids and the cart token', async () => {
    const me = await makeUser();
    const a = await makeProduct();
    for (const body of [{ product_id: a.id, quantity: 0 }, { product_id: a.id, quantity: 1000 }, { product_id: a.id, price: 1 }, { product_id: 'x' }]) {
      expect((await addItem(me, body as any)).res.status).toBe(422);
    }
    expect((await cartCall({ cart: 'short' }, '')).res.status).toBe(422);
    expect((await cartCall(me, '/items/abc', json({ quantity: 1 }, { method: 'PATCH' }))).res.status).toBe(422);
    const missing = await cartCall(me, '/items/2000000000', { method: 'DELETE' });
    expect([missing.res.status, code(missing.body)]).toEqual([404, 'not_found']);
  });
});
