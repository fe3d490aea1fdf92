import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, bearer, json } from '../../../test/worker/helpers';
import {
  addItem, cartCall, checkout, checkoutBody, discountUsage, makeAdmin, makeDiscount, makeProduct, makeUser, setStatus, stockOf,
} from '../../../test/worker/shop';

const err = (r: { res: Response; body: any }) => [r.res.status, r.body.error?.code];
const countOrders = async (userId: number) =>
  (await testDb().selectFrom('orders').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow()).n;

describe('checkout errors', () => {
  it('writes nothing when the last line lacks stock: stock, discount usage and cart stay as they were', async () => {
    const me = await makeUser();
    const a = await makeProduct({ stock: 5 });
    const b = await makeProduct({ variants: [{ stock: 5 }] });
    const c = await makeProduct({ stock: 3 });
    const code = await makeDiscount({ kind: 'percent', percent_off: 20, usage_limit: 1 });
    await addItem(me, { product_id: a.id, quantity: 2 });
    await addItem(me, { product_id: b.id, variant_id: b.variants[0]!.id, quantity: 2 });
    await addItem(me, { product_id: c.id, quantity: 3 });
    await testDb().updateTable('products').set({ stock_quantity: 1 }).where('id', '=', c.id).execute(); // sold elsewhere meanwhile
    const before = (await cartCall(me, '')).body;

    const key = crypto.randomUUID();
    const failed = await checkout(me, checkoutBody({ discount_code: code }), key);
    expect(err(failed)).toEqual([409, 'insufficient_stock']);
    expect(failed.body.error.details.lines).toEqual([
      { cart_item_id: before.items[2].id, product_id: c.id, variant_id: null, name: c.name, variant_name: null, requested: 3, available: 1, reason: 'insufficient_stock' },
    ]);
    expect([await stockOf(a.id), await stockOf(b.id, b.variants[0]!.id), await stockOf(c.id)]).toEqual([5, 5, 1]);
    expect(await discountUsage(code)).toBe(0);
    expect((await cartCall(me, '')).body).toEqual(before);
    expect(await countOrders(me.id)).toBe('0');

    // Nothing was stored under the key either: after fixing the cart, the same key goes through.
    await cartCall(me, `/items/${before.items[2].id}`, json({ quantity: 1 }, { method: 'PATCH' }));
    const ok = await checkout(me, checkoutBody({ discount_code: code }), key);
    expect(ok.res.status).toBe(201);
    expect(await discountUsage(code)).toBe(1);
  });

  it('names every line that cannot be bought, including ones no longer for sale', async () => {
    const me = await makeUser();
    const a = await makeProduct({ stock: 1 });
    const b = await makeProduct({ stock: 5 });
    await addItem(me, { product_id: a.id, quantity: 1 });
    await addItem(me, { product_id: b.id, quantity: 1 });
    await testDb().updateTable('products').set({ stock_quantity: 0 }).where('id', '=', a.id).execute();
    await testDb().updateTable('products').set({ is_active: false }).where('id', '=', b.id).execute();
    const r = await checkout(me);
    expect(err(r)).toEqual([409, 'insufficient_stock']);
    expect(r.body.error.details.lines.map((l: any) => [l.product_id, l.available, l.reason])).toEqual([[a.id, 0, 'insufficient_stock'], [b.id, 0, 'unavailable']]);
  });

  it('requires an Idempotency-Key and refuses a key reused with another body', async () => {
    const me = await makeUser();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    expect(err(await checkout(me, checkoutBody(), null))).toEqual([400, 'idempotency_key_required']);
    expect(err(await checkout(me, checkoutBody(), 'has space'))).toEqual([400, 'idempotency_key_required']);
    const key = crypto.randomUUID();
    expect((await checkout(me, checkoutBody(), key)).res.status).toBe(201);
    expect(err(await checkout(me, checkoutBody({ shipping_method: 'express' }), key))).toEqual([422, 'idempotency_key_reused']);
    // The same body with its keys in another order is the same request.
    const { payment_method, ...rest } = checkoutBody();
    const replay = await checkout(me, { payment_method, ...rest }, key);
    expect([replay.res.status, replay.res.headers.get('Idempotent-Replayed')]).toEqual([201, 'true']);
  });

  it('refuses an empty cart, bad discount codes and unknown shipping methods', async () => {
    const me = await makeUser();
    expect(err(await checkout(me))).toEqual([409, 'cart_empty']);
    expect(err(await checkout({}))).toEqual([409, 'cart_empty']);
    const p = await makeProduct({ price_cents: 2000 });
    await addItem(me, { product_id: p.id });
    const hour = 3_600_000;
    const codes: [string, string][] = [
      ['NOSUCHCODE', 'unknown'],
      [await makeDiscount({ kind: 'fixed', amount_off_cents: 100, starts_at: new Date(Date.now() - 2 * hour), ends_at: new Date(Date.now() - hour) }), 'expired'],
      [await makeDiscount({ kind: 'fixed', amount_off_cents: 100, starts_at: new Date(Date.now() + hour) }), 'not_started'],
      [await makeDiscount({ kind: 'percent', percent_off: 5, min_subtotal_cents: 5000 }), 'minimum_not_met'],
    ];
    const used = await makeDiscount({ kind: 'percent', percent_off: 5, usage_limit: 1 });
    await testDb().updateTable('discounts').set({ usage_count: 1 }).where('code', '=', used).execute();
    codes.push([used, 'exhausted']);
    for (const [code, reason] of codes) {
      const r = await checkout(me, checkoutBody({ discount_code: code }));
      expect([...err(r), r.body.error.details.reason], code).toEqual([422, 'discount_invalid', reason]);
    }
    const ship = await checkout(me, checkoutBody({ shipping_method: 'teleport' }));
    expect([...err(ship), ship.body.error.details.available]).toEqual([422, 'shipping_method_invalid', ['standard', 'express']]);
    expect((await cartCall(me, '')).body.items).toHaveLength(1);
  });

  it('validates the body: one shipping address, one billing choice, guest email', async () => {
    const me = await makeUser();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const bad = [
      checkoutBody({ shipping_address: undefined }),
      checkoutBody({ shipping_address_id: 1 }),
      checkoutBody({ billing_same_as_shipping: false }),
      checkoutBody({ payment_method: undefined }),
      checkoutBody({ total: 1 }),
    ];
    for (const body of bad) expect(err(await checkout(me, body))[0]).toBe(422);
    const cart = (await addItem({}, { product_id: p.id })).res.headers.get('X-Cart-Token')!;
    expect(err(await checkout({ cart }, checkoutBody()))).toEqual([422, 'validation_failed']);
    expect(err(await checkout({ cart: 'not-a-token' }, checkoutBody({ email: 'a@example.com' })))).toEqual([422, 'validation_failed']);
  });
});

describe('status and payment errors', () => {
  it('refuses illegal transitions with the allowed ones listed, and changes nothing', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body;
    const skip = await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'ups', tracking_number: '1Z' });
    expect(err(skip)).toEqual([409, 'invalid_transition']);
    expect(skip.body.error.details).toEqual({ from: 'pending', to: 'shipped', allowed: ['confirmed', 'cancelled'] });
    expect(err(await setStatus(admin.token, order.id, { status: 'pending' }))).toEqual([409, 'invalid_transition']);
    await setStatus(admin.token, order.id, { status: 'cancelled' });
    const unpaidRefund = await setStatus(admin.token, order.id, { status: 'refunded' });
    expect([...err(unpaidRefund), unpaidRefund.body.error.details.allowed]).toEqual([409, 'invalid_transition', []]);
    expect(err(await setStatus(admin.token, order.id, { status: 'cancelled' }))).toEqual([409, 'invalid_transition']);
    expect(await stockOf(p.id)).toBe(10); // restocked once, not twice
    const events = await testDb().selectFrom('order_events').select('to_status').where('order_id', '=', order.id).execute();
    expect(events.map((e) => e.to_status)).toEqual(['pending', 'cancelled']);
  });

  it('needs carrier and tracking number to ship, and refuses payment changes out of order', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body;
    expect(err(await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'ups' }))).toEqual([422, 'validation_failed']);
    const pay = (body: unknown) => api(`/api/orders/${order.id}/payment`, json(body, { method: 'PUT', headers: bearer(admin.token) }));
    const early = await pay({ payment_status: 'refunded', payment_id: 're_1' });
    expect([early.status, ((await early.json()) as any).error.details.allowed]).toEqual([409, ['authorized', 'paid']]);
    expect((await pay({ payment_status: 'paid', payment_id: 'pi_1' })).status).toBe(200);
    const tooSoon = await pay({ payment_status: 'refunded', payment_id: 're_1' });
    expect([tooSoon.status, ((await tooSoon.json()) as any).error.code]).toEqual([409, 'invalid_transition']);
    expect((await pay({ payment_status: 'voided', payment_id: 'x' })).status).toBe(422);
    expect((await setStatus(admin.token, 2_000_000_000, { status: 'confirmed' })).res.status).toBe(404);
  });
});
