import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { adminCall, cardOrder, getOrder, ledgerOf } from '../../../test/worker/payments';
import { makeAdmin, stockOf } from '../../../test/worker/shop';
import { confirmInBrowser, eventsOf, stripeApp, stripeCall } from '../../../test/worker/stripe';

const app = stripeApp();
const deliverAll = async (intentId: string, ...types: string[]) => {
  for (const e of await eventsOf(intentId, ...types)) expect((await app.deliver(e)).status).toBe(200);
};

describe('card payments', () => {
  it('checkout opens a PaymentIntent for exactly the total, the browser confirms it, the webhook marks the order paid', async () => {
    const { me, order } = await cardOrder(app, { price_cents: 2500, quantity: 2 });
    expect(order.payment).toMatchObject({ provider: 'stripe', status: 'requires_payment_method', capture_method: 'automatic', client_secret: expect.stringMatching(/^pi_.*_secret_/) });
    const intent = (await stripeCall('GET', `/v1/payment_intents/${order.payment.intent_id}`)).body;
    expect(intent).toMatchObject({ amount: Math.round(order.total_amount * 100), currency: 'usd', metadata: { order_id: String(order.id), order_number: order.order_number } });

    expect((await confirmInBrowser(order.payment, 'pm_card_visa')).body.status).toBe('succeeded');
    await deliverAll(order.payment.intent_id);
    const paid = (await getOrder(app, me, order.id)).body;
    expect(paid).toMatchObject({ payment_status: 'paid', payment_id: order.payment.intent_id, payment: { status: 'succeeded', amount_captured: order.total_amount, amount_refunded: 0 } });
    expect(paid.paid_at).not.toBeNull();
    expect(await ledgerOf(order.id)).toEqual([{ kind: 'capture', amount_cents: String(Math.round(order.total_amount * 100)), reference: order.payment.intent_id, provider: 'stripe' }]);
    const events = await testDb().selectFrom('order_events').select(['kind', 'from_status', 'to_status']).where('order_id', '=', order.id).orderBy('id').execute();
    expect(events.at(-1)).toEqual({ kind: 'payment', from_status: 'pending', to_status: 'paid' });
  });

  it('a retried checkout answers the same order and the same intent', async () => {
    const { me, key, order } = await cardOrder(app);
    const again = await app.call('/api/orders', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${me.token}`, 'Idempotency-Key': key }, body: JSON.stringify((await import('../../../test/worker/shop')).checkoutBody()) });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body.payment.intent_id).toBe(order.payment.intent_id);
  });

  it('shows the client secret to the owner only, and hands the publishable key to browsers', async () => {
    const { order } = await cardOrder(app);
    const admin = await makeAdmin();
    expect((await getOrder(app, admin, order.id)).body.payment).toMatchObject({ intent_id: order.payment.intent_id, client_secret: null });
    const config = (await app.call('/api/client-config')).body;
    expect(config).toMatchObject({ stripe_publishable_key: app.env.STRIPE_PUBLISHABLE_KEY, stripe_api_base: app.env.STRIPE_API_BASE });
    expect(JSON.stringify(config)).not.toContain(app.env.STRIPE_SECRET_KEY!);
  });

  it('manual capture authorizes at checkout and captures when the order ships', async () => {
    const manual = stripeApp({ STRIPE_CAPTURE: 'manual' });
    const admin = await makeAdmin();
    const { order } = await cardOrder(manual);
    expect(order.payment.capture_method).toBe('manual');
    await confirmInBrowser(order.payment, 'pm_card_visa');
    for (const e of await eventsOf(order.payment.intent_id)) await manual.deliver(e);
    const status = (s: Record<string, unknown>) => adminCall(manual, admin.token, `/api/orders/${order.id}/status`, s, 'PUT');
    expect((await status({ status: 'confirmed' })).body.payment_status).toBe('authorized');
    await status({ status: 'processing' });
    const shipped = await status({ status: 'shipped', carrier: 'ups', tracking_number: '1Z999AA10123456784' });
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({ status: 'shipped', payment_status: 'paid', payment: { amount_authorized: order.total_amount, amount_captured: order.total_amount } });
    expect((await stripeCall('GET', `/v1/payment_intents/${order.payment.intent_id}`)).body).toMatchObject({ status: 'succeeded', amount_received: Math.round(order.total_amount * 100) });
    // Its webhook, arriving after, changes nothing.
    for (const e of await eventsOf(order.payment.intent_id, 'payment_intent.succeeded')) expect((await manual.deliver(e)).status).toBe(200);
    expect((await ledgerOf(order.id)).map((t) => t.kind)).toEqual(['authorize', 'capture']);
  });

  it('refunds in part, then the rest with a restock: the order is refunded and the stock back', async () => {
    const admin = await makeAdmin();
    const { me, order, product } = await cardOrder(app, { stock: 5, quantity: 2, price_cents: 2500 });
    await confirmInBrowser(order.payment, 'pm_card_visa');
    await deliverAll(order.payment.intent_id);
    for (const s of [{ status: 'confirmed' }, { status: 'processing' }, { status: 'shipped', carrier: 'ups', tracking_number: '1Z1' }, { status: 'delivered' }]) {
      expect((await adminCall(app, admin.token, `/api/orders/${order.id}/status`, s, 'PUT')).status).toBe(200);
    }
    const refund = (body: unknown, key = crypto.randomUUID()) => adminCall(app, admin.token, `/api/orders/${order.id}/refunds`, body, 'POST', { 'Idempotency-Key': key });
    const part = await refund({ amount: 10, reason: 'requested_by_customer', note: 'Scratched box' }, 'part-1');
    expect(part.status).toBe(200);
    expect(part.body).toMatchObject({ status: 'delivered', payment_status: 'paid', payment: { amount_refunded: 10 } });
    // The same key again: no second refund.
    expect((await refund({ amount: 10, reason: 'requested_by_customer', note: 'Scratched box' }, 'part-1')).body.payment.amount_refunded).toBe(10);
    expect(await stockOf(product.id)).toBe(3);
    const rest = await refund({ restock: true });
    expect(rest.body).toMatchObject({ status: 'refunded', payment_status: 'refunded', fulfillment_status: 'returned', payment: { amount_refunded: order.total_amount } });
    expect(await stockOf(product.id)).toBe(5);
    // charge.refunded arrives afterwards, twice: nothing more.
    const refundedEvents = await eventsOf(order.payment.intent_id, 'charge.refunded');
    for (const e of [...refundedEvents, ...refundedEvents]) expect((await app.deliver(e)).status).toBe(200);
    expect((await ledgerOf(order.id)).map((t) => `${t.kind}:${t.amount_cents}`)).toEqual(['capture:' + Math.round(order.total_amount * 100), 'refund:1000', `refund:${Math.round(order.total_amount * 100) - 1000}`]);
    expect((await getOrder(app, me, order.id)).body.payment_status).toBe('refunded');
  });
});
