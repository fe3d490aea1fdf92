import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, bearer, json } from '../../../test/worker/helpers';
import { makeAdmin, makeProduct } from '../../../test/worker/shop';

const adjust = async (token: string, body: unknown) => {
  const res = await api('/api/admin/inventory/adjustments', json(body, { headers: bearer(token) }));
  return { status: res.status, body: (await res.json()) as any };
};

describe('inventory adjustments: refusals', () => {
  it('refuses bad quantities, unknown items and stock below 0, changing nothing', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 3 })]);
    for (const body of [
      { product_id: product.id, reason: 'received', quantity: 0 },
      { product_id: product.id, reason: 'damaged', quantity: -1 },
      { product_id: product.id, reason: 'correction', quantity: 0 },
      { product_id: product.id, reason: 'recount', quantity: -1 },
      { product_id: product.id, reason: 'sale', quantity: 1 },
      { product_id: product.id, reason: 'received', quantity: 2_147_483_648 },
      { product_id: product.id, reason: 'received', quantity: 1, extra: true },
      {},
    ]) {
      expect((await adjust(admin.token, body)).status).toBe(422);
    }
    const below = await adjust(admin.token, { product_id: product.id, reason: 'damaged', quantity: 4 });
    expect([below.status, below.body.error.code, below.body.error.details]).toEqual([409, 'insufficient_stock', { stock_quantity: 3 }]);
    expect((await adjust(admin.token, { product_id: 2147483647, reason: 'received', quantity: 1 })).status).toBe(404);
    expect((await adjust(admin.token, { product_id: product.id, variant_id: 2147483647, reason: 'received', quantity: 1 })).status).toBe(404);
    const rows = await testDb().selectFrom('inventory_movements' as never).select('reason' as never).where('product_id' as never, '=', product.id as never).execute();
    expect(rows).toEqual([{ reason: 'initial' }]);
  });

  it('keeps the ledger append-only', async () => {
    const product = await makeProduct({ stock: 2 });
    await expect(testDb().deleteFrom('inventory_movements' as never).where('product_id' as never, '=', product.id as never).execute()).rejects.toThrow(/append-only/);
    await expect(testDb().updateTable('inventory_movements' as never).set({ delta: 5 } as never).where('product_id' as never, '=', product.id as never).execute()).rejects.toThrow(/append-only/);
  });
});
