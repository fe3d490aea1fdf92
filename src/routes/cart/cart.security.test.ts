import { describe, expect, it } from 'vitest';
import { hashToken } from '../../auth/tokens';
import { testDb } from '../../../test/worker/db';
import { json } from '../../../test/worker/helpers';
import { addItem, cartCall, makeProduct, makeUser } from '../../../test/worker/shop';

describe('cart security', () => {
  it("cannot reach another user's or guest's lines (404), and changes nothing", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const a = await makeProduct({ stock: 10 });
    const mine = (await addItem(owner, { product_id: a.id, quantity: 2 })).body.items[0];
    const guestAdd = await addItem({}, { product_id: a.id, quantity: 1 });
    const guestLine = guestAdd.body.items[0];
    const otherGuest = (await addItem({}, { product_id: a.id, quantity: 1 })).res.headers.get('X-Cart-Token')!;

    for (const [who, line] of [[intruder, mine], [intruder, guestLine], [{ cart: otherGuest }, mine], [{ cart: otherGuest }, guestLine]] as const) {
      const patch = await cartCall(who, `/items/${line.id}`, json({ quantity: 5 }, { method: 'PATCH' }));
      const del = await cartCall(who, `/items/${line.id}`, { method: 'DELETE' });
      expect([patch.res.status, del.res.status]).toEqual([404, 404]);
    }
    expect((await cartCall(owner, '')).body.items[0].quantity).toBe(2);
    expect((await cartCall({ cart: guestAdd.res.headers.get('X-Cart-Token')! }, '')).body.items[0].quantity).toBe(1);
  });

  it('stores guest tokens only as hashes, and an unknown token gets a fresh cart of its own', async () => {
    const a = await makeProduct();
    const { res, body } = await addItem({}, { product_id: a.id });
    const token = res.headers.get('X-Cart-Token')!;
    const row = await testDb().selectFrom('carts').select(['token_hash', 'user_id']).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ token_hash: await hashToken(token), user_id: null });
    const made = 'A'.repeat(43);
    const fresh = await addItem({ cart: made }, { product_id: a.id });
    expect(fresh.res.headers.get('X-Cart-Token')).not.toBe(made);
    expect(fresh.body.id).not.toBe(body.id);
  });

  it('rejects a bad bearer token instead of treating the caller as a guest', async () => {
    const res = await cartCall({ token: 'not.a.jwt' }, '');
    expect(res.res.status).toBe(401);
  });
});
