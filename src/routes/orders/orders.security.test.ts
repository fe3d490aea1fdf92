import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, bearer, json } from '../../../test/worker/helpers';
import { addItem, cartCall, checkout, makeAdmin, makeProduct, makeUser, setStatus, stockOf } from '../../../test/worker/shop';

describe('orders security', () => {
  it("answers 404 for another user's order and tracking; admins see every order", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(owner, { product_id: p.id });
    const order = (await checkout(owner)).body;
    for (const path of [`/api/orders/${order.id}`, `/api/orders/${order.id}/tracking`]) {
      const res = await api(path, { headers: bearer(other.token) });
      expect([res.status, ((await res.json()) as any).error.code]).toEqual([404, 'not_found']);
      expect((await api(path, { headers: bearer(admin.token) })).status).toBe(200);
      expect((await api(path)).status).toBe(401);
    }
    const list = (await (await api('/api/orders', { headers: bearer(other.token) })).json()) as any;
    expect(list.data).toEqual([]);
  });

  it('keeps status and payment changes for admins', async () => {
    const me = await makeUser();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body;
    expect((await setStatus(me.token, order.id, { status: 'cancelled' })).res.status).toBe(403);
    const pay = await api(`/api/orders/${order.id}/payment`, json({ payment_status: 'paid', payment_id: 'x' }, { method: 'PUT', headers: bearer(me.token) }));
    expect(pay.status).toBe(403);
    expect((await api(`/api/orders/${order.id}/status`, json({ status: 'cancelled' }, { method: 'PUT' }))).status).toBe(401);
    expect(await stockOf(p.id)).toBe(9);
  });

  it("refuses someone else's saved address and writes nothing", async () => {
    const me = await makeUser();
    const other = await makeUser();
    const theirs = await testDb()
      .insertInto('addresses')
      .values({ user_id: other.id, line1: '2 Secret Rd', city: 'Elsewhere', postal_code: '1', country: 'US' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const p = await makeProduct({ stock: 4 });
    await addItem(me, { product_id: p.id });
    const r = await checkout(me, { shipping_address_id: theirs.id, billing_same_as_shipping: true, payment_method: 'card' });
    expect([r.res.status, r.body.error.code]).toEqual([404, 'not_found']);
    expect(await stockOf(p.id)).toBe(4);
    expect((await cartCall(me, '')).body.items).toHaveLength(1);
  });

  it("scopes idempotency keys per user: the same key from two users makes two orders", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const p = await makeProduct();
    await addItem(a, { product_id: p.id });
    await addItem(b, { product_id: p.id });
    const key = 'shared-key-123';
    const [ra, rb] = [await checkout(a, undefined, key), await checkout(b, undefined, key)];
    expect([ra.res.status, rb.res.status]).toEqual([201, 201]);
    expect(ra.body.id).not.toBe(rb.body.id);
    expect(rb.res.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('gives each user a different, unguessable realtime topic', async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const p = await makeProduct();
    const topics = [];
    for (const u of [a, b]) {
      await addItem(u, { product_id: p.id });
      topics.push((await checkout(u)).body.realtime_topic);
    }
    expect(topics[0]).not.toBe(topics[1]);
    for (const t of topics) expect(t).not.toContain(String(a.id));
  });
});
