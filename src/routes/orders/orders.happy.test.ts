import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { api, bearer, json } from '../../../test/worker/helpers';
import {
  ADDRESS, addItem, cartCall, checkout, checkoutBody, discountUsage, makeAdmin, makeDiscount, makeProduct, makeUser, setStatus, stockOf,
} from '../../../test/worker/shop';

describe('checkout', () => {
  it('turns the cart into an order with totals in cents, snapshots, stock, discount usage and an empty cart', async () => {
    const me = await makeUser();
    const a = await makeProduct({ price_cents: 1999, stock: 10 });
    const b = await makeProduct({ price_cents: 250, variants: [{ stock: 4, price_cents: 300 }, { stock: 2 }] });
    const code = await makeDiscount({ kind: 'percent', percent_off: 10, usage_limit: 5 });
    await addItem(me, { product_id: a.id, quantity: 2 });
    await addItem(me, { product_id: b.id, variant_id: b.variants[0]!.id, quantity: 1 });

    const { res, body } = await checkout(me, checkoutBody({ discount_code: code.toLowerCase(), notes: 'Leave at the door' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('Idempotent-Replayed')).toBeNull();
    // 2 × 19.99 + 3.00 = 42.98; 10% = 4.298 → 4.30; 38.68 < 50 so standard shipping 5.99;
    // CA tax 7.25% of 38.68 (shipping not taxed there) = 2.8043 → 2.80; total 42.98 − 4.30 + 5.99 + 2.80.
    expect(body).toMatchObject({
      status: 'pending', payment_status: 'pending', fulfillment_status: 'unfulfilled', currency: 'USD',
      subtotal: 42.98, discount_amount: 4.3, shipping_amount: 5.99, tax_amount: 2.8, total_amount: 47.47,
      discount_code: code, shipping_method: 'standard', email: me.email, payment_method: 'card', notes: 'Leave at the door',
      shipping_address: ADDRESS, billing_address: ADDRESS,
    });
    expect(body.order_number).toMatch(/^EC-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/);
    expect(body.realtime_topic).toMatch(/^orders:[A-Za-z0-9_-]{22}$/);
    expect(body.items).toEqual([
      expect.objectContaining({ product_id: a.id, variant_id: null, product_name: a.name, sku: a.sku, variant_name: null, unit_price: 19.99, quantity: 2, total_price: 39.98 }),
      expect.objectContaining({ product_id: b.id, variant_id: b.variants[0]!.id, sku: b.variants[0]!.sku, variant_name: 'Size 0', unit_price: 3, quantity: 1, total_price: 3 }),
    ]);

    expect(await stockOf(a.id)).toBe(8);
    expect(await stockOf(b.id, b.variants[0]!.id)).toBe(3);
    expect(await stockOf(b.id)).toBe(5); // the product mirrors its variants' total
    expect(await discountUsage(code)).toBe(1);
    expect((await cartCall(me, '')).body.items).toEqual([]);
    const events = await testDb().selectFrom('order_events').selectAll().where('order_id', '=', body.id).execute();
    expect(events).toEqual([expect.objectContaining({ from_status: null, to_status: 'pending', actor_user_id: me.id, kind: 'status' })]);

    // Later catalog changes do not touch the snapshot.
    await testDb().updateTable('products').set({ name: 'Renamed', price_cents: 1 }).where('id', '=', a.id).execute();
    const again = (await (await api(`/api/orders/${body.id}`, { headers: bearer(me.token) })).json()) as any;
    expect(again.items[0]).toMatchObject({ product_name: a.name, unit_price: 19.99 });
  });

  it('uses saved addresses, express rates, fixed discounts and taxes shipping where the rate says so', async () => {
    const me = await makeUser();
    const p = await makeProduct({ price_cents: 10000 });
    const ny = { line1: '1 Broadway', city: 'New York', region: 'ny', postal_code: '10004', country: 'US' };
    const saved = (await testDb().insertInto('addresses').values({ ...ny, user_id: me.id }).returning('id').executeTakeFirstOrThrow()).id;
    const code = await makeDiscount({ kind: 'fixed', amount_off_cents: 1500, min_subtotal_cents: 5000 });
    await addItem(me, { product_id: p.id });
    const { res, body } = await checkout(me, { shipping_address_id: saved, billing_same_as_shipping: true, shipping_method: 'express', discount_code: code, payment_method: 'card' });
    expect(res.status).toBe(201);
    // 100.00 − 15.00 = 85.00; express 19.99 (no free threshold); NY 8.875% of 104.99 = 9.3179 → 9.32.
    expect(body).toMatchObject({ subtotal: 100, discount_amount: 15, shipping_amount: 19.99, tax_amount: 9.32, total_amount: 114.31, shipping_method: 'express' });
    expect(body.shipping_address).toEqual({ ...ny, region: 'ny' });
  });

  it('ships free over the threshold and charges no shipping for an all-digital order', async () => {
    const me = await makeUser();
    const big = await makeProduct({ price_cents: 6000 });
    await addItem(me, { product_id: big.id });
    expect((await checkout(me, checkoutBody({ shipping_address: { ...ADDRESS, region: 'OR' } }))).body).toMatchObject({ shipping_amount: 0, tax_amount: 0, total_amount: 60 });
    const ebook = await makeProduct({ price_cents: 900, is_digital: true });
    await addItem(me, { product_id: ebook.id });
    const digital = (await checkout(me, checkoutBody({ shipping_address: { ...ADDRESS, country: 'DE', region: undefined } }))).body;
    // Germany: 19% on 9.00 = 1.71.
    expect(digital).toMatchObject({ shipping_amount: 0, shipping_method: null, tax_amount: 1.71, total_amount: 10.71 });
  });

  it('lets guests check out with their cart token and an email', async () => {
    const p = await makeProduct({ price_cents: 500 });
    const cart = (await addItem({}, { product_id: p.id, quantity: 2 })).res.headers.get('X-Cart-Token')!;
    const { res, body } = await checkout({ cart }, checkoutBody({ email: 'Guest@Example.com' }));
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ email: 'guest@example.com', subtotal: 10, realtime_topic: null });
    expect((await cartCall({ cart }, '')).body.items).toEqual([]);
  });
});

describe('orders', () => {
  it('lists your own orders newest first with a signed cursor, and shows one', async () => {
    const me = await makeUser();
    const other = await makeUser();
    const p = await makeProduct({ stock: 50 });
    const placed = [];
    for (let i = 0; i < 3; i++) {
      await addItem(me, { product_id: p.id, quantity: i + 1 });
      placed.push((await checkout(me)).body);
    }
    await addItem(other, { product_id: p.id });
    await checkout(other);
    const page1 = (await (await api('/api/orders?limit=2', { headers: bearer(me.token) })).json()) as any;
    expect(page1.data.map((o: any) => o.id)).toEqual([placed[2].id, placed[1].id]);
    expect(page1.data[0]).toMatchObject({ order_number: placed[2].order_number, item_count: 3, total_amount: placed[2].total_amount, status: 'pending' });
    const page2 = (await (await api(`/api/orders?limit=2&cursor=${page1.next_cursor}`, { headers: bearer(me.token) })).json()) as any;
    expect([page2.data.map((o: any) => o.id), page2.next_cursor]).toEqual([[placed[0].id], null]);
    const one = (await (await api(`/api/orders/${placed[0].id}`, { headers: bearer(me.token) })).json()) as any;
    expect(one).toEqual(placed[0]);
  });

  it('follows the transition table with timestamps, events, tracking and consistent payment/fulfillment states', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body;
    await setStatus(admin.token, order.id, { status: 'confirmed' });
    const processing = (await setStatus(admin.token, order.id, { status: 'processing', note: 'Picking' })).body;
    expect(processing.fulfillment_status).toBe('processing');
    const shipped = await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'UPS', tracking_number: '1Z999AA10123456784' });
    expect(shipped.res.status).toBe(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', fulfillment_status: 'shipped', carrier: 'UPS', tracking_number: '1Z999AA10123456784' });
    // Standard shipping takes at most 7 days.
    const eta = Date.parse(shipped.body.estimated_delivery) - Date.parse(shipped.body.shipped_at);
    expect(Math.round(eta / 86_400_000)).toBe(7);

    const paid = await api(`/api/orders/${order.id}/payment`, json({ payment_status: 'paid', payment_id: 'pi_123' }, { method: 'PUT', headers: bearer(admin.token) }));
    expect(((await paid.json()) as any)).toMatchObject({ payment_status: 'paid', payment_id: 'pi_123', status: 'shipped' });
    const delivered = (await setStatus(admin.token, order.id, { status: 'delivered' })).body;
    expect(delivered).toMatchObject({ status: 'delivered', fulfillment_status: 'delivered' });
    expect(delivered.actual_delivery).not.toBeNull();

    const tracking = (await (await api(`/api/orders/${order.id}/tracking`, { headers: bearer(me.token) })).json()) as any;
    expect(tracking).toMatchObject({ status: 'delivered', carrier: 'UPS', tracking_url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784' });
    expect(tracking.events.map((e: any) => `${e.kind}:${e.from_status}>${e.to_status}`)).toEqual([
      'status:null>pending', 'status:pending>confirmed', 'status:confirmed>processing', 'status:processing>shipped', 'payment:pending>paid', 'status:shipped>delivered',
    ]);
    const events = await testDb().selectFrom('order_events').select(['actor_user_id', 'note']).where('order_id', '=', order.id).orderBy('id').execute();
    expect(events[2]).toEqual({ actor_user_id: admin.id, note: 'Picking' });

    const refunded = await api(`/api/orders/${order.id}/payment`, json({ payment_status: 'refunded', payment_id: 're_9' }, { method: 'PUT', headers: bearer(admin.token) }));
    expect(((await refunded.json()) as any)).toMatchObject({ status: 'refunded', payment_status: 'refunded', fulfillment_status: 'returned' });
  });

  it('restores stock on cancel, voids the pending payment, and lets a paid cancellation be refunded', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct({ stock: 5 });
    const v = await makeProduct({ variants: [{ stock: 6 }] });
    await addItem(me, { product_id: p.id, quantity: 2 });
    await addItem(me, { product_id: v.id, variant_id: v.variants[0]!.id, quantity: 3 });
    const order = (await checkout(me)).body;
    expect([await stockOf(p.id), await stockOf(v.id, v.variants[0]!.id), await stockOf(v.id)]).toEqual([3, 3, 3]);
    const cancelled = (await setStatus(admin.token, order.id, { status: 'cancelled', note: 'Customer asked' })).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', fulfillment_status: 'cancelled', payment_status: 'voided' });
    expect([await stockOf(p.id), await stockOf(v.id, v.variants[0]!.id), await stockOf(v.id)]).toEqual([5, 6, 6]);

    await addItem(me, { product_id: p.id, quantity: 1 });
    const second = (await checkout(me)).body;
    await api(`/api/orders/${second.id}/payment`, json({ payment_status: 'paid', payment_id: 'pi_2' }, { method: 'PUT', headers: bearer(admin.token) }));
    const paidCancel = (await setStatus(admin.token, second.id, { status: 'cancelled' })).body;
    expect(paidCancel).toMatchObject({ status: 'cancelled', payment_status: 'paid' });
    const refund = (await setStatus(admin.token, second.id, { status: 'refunded' })).body;
    expect(refund).toMatchObject({ status: 'refunded', payment_status: 'refunded', fulfillment_status: 'cancelled' });
    expect(await stockOf(p.id)).toBe(5);
  });
});
