import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, bearer, json } from '../../../test/worker/helpers';
import { ledgerMismatches } from '../../../test/worker/ledger';
import { addItem, checkout, makeAdmin, makeProduct, makeStaff, makeUsers, setStatus, stockOf } from '../../../test/worker/shop';

const adjust = async (token: string, body: Record<string, unknown>) => {
  const res = await api('/api/admin/inventory/adjustments', json(body, { headers: bearer(token) }));
  return { status: res.status, body: (await res.json()) as any };
};
const movements = async (token: string, query: string) => {
  const res = await api(`/api/admin/inventory/movements?${query}`, { headers: bearer(token) });
  expect(res.status).toBe(200);
  return (await res.json()) as { data: any[]; next_cursor: string | null };
};

describe('inventory ledger', () => {
  it('records a checkout and a cancellation with their order and actor', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 7 })]);
    const [buyer] = await makeUsers(1);
    await addItem(buyer!, { product_id: product.id, quantity: 3 });
    const order = (await checkout(buyer!)).body;
    expect((await setStatus(admin.token, order.id, { status: 'cancelled' })).res.status).toBe(200);
    const { data } = await movements(admin.token, `product_id=${product.id}`);
    expect(data.map((m) => [m.reason, m.delta, m.stock_after, m.order_id, m.actor_user_id])).toEqual([
      ['cancel', 3, 7, order.id, admin.id],
      ['sale', -3, 4, order.id, buyer!.id],
      ['initial', 7, 7, null, null],
    ]);
    expect((await movements(admin.token, `order_id=${order.id}&reason=sale`)).data).toHaveLength(1);
    expect(await ledgerMismatches([product.id])).toEqual([]);
  });

  it('applies received, damaged, correction and recount adjustments with their note and actor', async () => {
    const [staff, product] = await Promise.all([makeStaff(), makeProduct({ stock: 10 })]);
    const steps: [string, number, number][] = [['received', 24, 34], ['damaged', 4, 30], ['correction', -2, 28], ['recount', 25, 25]];
    for (const [reason, quantity, after] of steps) {
      const r = await adjust(staff.token, { product_id: product.id, reason, quantity, note: `${reason} note` });
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ stock_quantity: after, movement: { reason, stock_after: after, note: `${reason} note`, actor_user_id: staff.id, order_id: null } });
    }
    const matched = await adjust(staff.token, { product_id: product.id, reason: 'recount', quantity: 25 });
    expect(matched).toEqual({ status: 201, body: { stock_quantity: 25, movement: null } });
    expect(await stockOf(product.id)).toBe(25);
    expect(await ledgerMismatches([product.id])).toEqual([]);
    const page = await movements(staff.token, `product_id=${product.id}&limit=2`);
    expect(page.data.map((m) => m.reason)).toEqual(['recount', 'correction']);
    const rest = await movements(staff.token, `product_id=${product.id}&limit=10&cursor=${encodeURIComponent(page.next_cursor!)}`);
    expect(rest.data.map((m) => m.reason)).toEqual(['damaged', 'received', 'initial']);
  });

  it('keeps variants’ stock in the ledger through edits, adjustments and a sale', async () => {
    const [admin, product] = await Promise.all([makeAdmin(), makeProduct({ stock: 0, variants: [{ stock: 5 }, { stock: 2 }] })]);
    const [v0, v1] = product.variants;
    const refused = await adjust(admin.token, { product_id: product.id, reason: 'received', quantity: 1 });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'conflict']);
    expect((await adjust(admin.token, { product_id: product.id, variant_id: v1!.id, reason: 'received', quantity: 6 })).body.stock_quantity).toBe(8);
    const edit = await api(`/api/products/${product.id}/variants/${v0!.id}`, json({ stock_quantity: 9 }, { method: 'PUT', headers: bearer(admin.token) }));
    expect(edit.status).toBe(200);
    const [buyer] = await makeUsers(1);
    await addItem(buyer!, { product_id: product.id, variant_id: v0!.id, quantity: 2 });
    expect((await checkout(buyer!)).res.status).toBe(201);
    expect(await stockOf(product.id)).toBe(15);
    expect(await ledgerMismatches([product.id])).toEqual([]);
    const reasons = (await movements(admin.token, `variant_id=${v0!.id}`)).data.map((m) => [m.reason, m.delta, m.actor_user_id]);
    expect(reasons).toEqual([['sale', -2, buyer!.id], ['edit', 4, admin.id], ['initial', 5, null]]);
  });

  it('lists stock at or under each product’s threshold, or a given one, lowest first', async () => {
    const admin = await makeAdmin();
    const low = await makeProduct({ stock: 1 });
    const ok = await makeProduct({ stock: 50 });
    await testDb().updateTable('products').set({ low_stock_threshold: 60 }).where('id', '=', ok.id).execute();
    const withVariants = await makeProduct({ variants: [{ stock: 0 }, { stock: 40 }] });
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const res = await api(`/api/admin/inventory/low-stock?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: bearer(admin.token) });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { data: any[]; next_cursor: string | null };
      all.push(...page.data);
      cursor = page.next_cursor;
    } while (cursor);
    const mine = all.filter((i) => [low.id, ok.id, withVariants.id].includes(i.product_id));
    expect(mine.map((i) => [i.product_id, i.variant_id, i.stock_quantity, i.threshold])).toEqual(
      expect.arrayContaining([[low.id, null, 1, 5], [ok.id, null, 50, 60], [withVariants.id, withVariants.variants[0]!.id, 0, 5]]),
    );
    expect(mine).toHaveLength(3);
    const strict = (await (await api('/api/admin/inventory/low-stock?threshold=0&limit=100', { headers: bearer(admin.token) })).json()) as any;
    expect(strict.data.every((i: any) => i.stock_quantity === 0)).toBe(true);
  });
});
