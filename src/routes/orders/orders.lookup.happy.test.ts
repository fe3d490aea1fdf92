import { describe, expect, it } from 'vitest';
import { VIEW_TOKEN_TTL_SECONDS } from '../../orders/view-token';
import { lookup, placeGuestOrder, viewOrder } from '../../../test/worker/guest-orders';
import { addItem, checkout, makeProduct, makeUser } from '../../../test/worker/shop';
import { testDb } from '../../../test/worker/db';

describe('guest order lookup', () => {
  it('finds an order by number and email, forgiving case and spaces, and answers a 15-minute view token', async () => {
    const order = await placeGuestOrder();
    const before = Date.now();
    const { res, body } = await lookup({ order_number: ` ${order.order_number.toLowerCase()} `, email: order.email.toUpperCase() });
    expect(res.status).toBe(200);
    expect(body.order).toMatchObject({ id: order.id, order_number: order.order_number, email: order.email, realtime_topic: null });
    expect(body.order.items).toHaveLength(1);
    const expires = Date.parse(body.expires_at);
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + VIEW_TOKEN_TTL_SECONDS * 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + VIEW_TOKEN_TTL_SECONDS * 1000);

    const view = await viewOrder(order.id, body.view_token);
    expect(view.res.status).toBe(200);
    expect(view.body).toEqual(body.order);
  });

  it('shows the current state of the order on every read', async () => {
    const order = await placeGuestOrder();
    const { body } = await lookup({ order_number: order.order_number, email: order.email });
    await testDb().updateTable('orders').set({ status: 'confirmed' }).where('id', '=', order.id).execute();
    const view = await viewOrder(order.id, body.view_token);
    expect(view.body.status).toBe('confirmed');
  });

  it("finds a signed-in customer's order by their email too, without their Realtime topic", async () => {
    const user = await makeUser();
    const product = await makeProduct();
    await addItem(user, { product_id: product.id });
    const placed = (await checkout(user)).body;
    expect(placed.realtime_topic).toBeTruthy();
    const { res, body } = await lookup({ order_number: placed.order_number, email: user.email });
    expect(res.status).toBe(200);
    expect(body.order.id).toBe(placed.id);
    // The owner's topic also carries their other orders: not for someone who only knows one order.
    expect(body.order.realtime_topic).toBeNull();
  });
});
