import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../test/worker/events';
import { api, bearer, json, unique } from '../../test/worker/helpers';
import { addItem, checkout, checkoutBody, makeAdmin, makeProduct, makeUser, setStatus } from '../../test/worker/shop';
import type { OutboxEventRow } from '../db/queries/events';
import { orderBroadcasts } from './realtime';

// The live updates of a change are built from its event rows: one message per order history row.

const rows = async (orderId: number, txOf: (e: { type: string }) => boolean) =>
  (await eventsOf('order', orderId)).filter(txOf).map((e) => ({ ...e, created_at: String(e.created_at) }) as unknown as OutboxEventRow);

describe('live updates from events', () => {
  it('a refund that also moves the order: a payment message and a status message, each with what came before', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body as { id: number };
    const pay = (payment_status: string) => api(`/api/orders/${order.id}/payment`, json({ payment_status, payment_id: `pi_${unique()}` }, { method: 'PUT', headers: bearer(admin.token) }));
    await pay('paid');
    for (const status of ['confirmed', 'processing']) await setStatus(admin.token, order.id, { status });
    await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'UPS', tracking_number: '1Z1' });
    await setStatus(admin.token, order.id, { status: 'delivered' });
    expect((await pay('refunded')).status).toBe(200);

    const all = await eventsOf('order', order.id);
    const last = all.filter((e) => e.txid === all.at(-1)!.txid).map((e) => ({ ...e, created_at: String(e.created_at) }) as unknown as OutboxEventRow);
    expect(last.map((e) => e.type)).toEqual(['order.refunded', 'order.status_changed']);
    const messages = orderBroadcasts(last);
    expect(messages.map((m) => [m.userId, m.event])).toEqual([[me.id, 'payment'], [me.id, 'status']]);
    expect(messages[0]!.payload).toMatchObject({ order_id: order.id, payment_status: 'refunded', previous_payment_status: 'paid', status: 'refunded' });
    expect(messages[1]!.payload).toMatchObject({ status: 'refunded', previous_status: 'delivered', fulfillment_status: 'returned' });
  });

  it('shipping is one status message however many events it makes; creation and guest orders none', async () => {
    const me = await makeUser();
    const admin = await makeAdmin();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const order = (await checkout(me)).body as { id: number };
    for (const status of ['confirmed', 'processing']) await setStatus(admin.token, order.id, { status });
    await setStatus(admin.token, order.id, { status: 'shipped', carrier: 'UPS', tracking_number: '1Z2' });
    const shipping = await rows(order.id, (e) => e.type === 'order.shipped' || e.type === 'order.status_changed');
    const shipped = orderBroadcasts(shipping.slice(-2));
    expect(shipped).toHaveLength(1);
    expect(shipped[0]).toMatchObject({ event: 'status', payload: { status: 'shipped', previous_status: 'processing', tracking_url: 'https://www.ups.com/track?tracknum=1Z2' } });
    expect(orderBroadcasts(await rows(order.id, (e) => e.type === 'order.created'))).toEqual([]);

    const guest = await addItem({}, { product_id: p.id });
    const cart = guest.body.cart_token as string;
    const guestOrder = (await checkout({ cart }, checkoutBody({ email: `${unique()}@example.com` }))).body as { id: number };
    await setStatus(admin.token, guestOrder.id, { status: 'confirmed' });
    expect(orderBroadcasts(await rows(guestOrder.id, () => true))).toEqual([]);
  });
});
