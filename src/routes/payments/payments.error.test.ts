import { describe, expect, it } from 'vitest';
import { bearer, json } from '../../../test/worker/helpers';
import { adminCall, cardOrder, getOrder, ledgerOf } from '../../../test/worker/payments';
import { addItem, checkout, makeAdmin, makeProduct, makeUser, stockOf } from '../../../test/worker/shop';
import { confirmInBrowser, eventsOf, stripeApp, stripeCall } from '../../../test/worker/stripe';

const app = stripeApp();
// Nothing listens on port 9 (discard): Stripe is unreachable.
const down = stripeApp({ STRIPE_API_BASE: 'http://127.0.0.1:9' });

describe('card payments that do not go through', () => {
  it('a declined card: 402 at the browser, the order failed and payable again, then paid with another card', async () => {
    const { me, order } = await cardOrder(app);
    const declined = await confirmInBrowser(order.payment, 'pm_card_chargeDeclinedInsufficientFunds');
    expect([declined.status, declined.body.error.decline_code]).toEqual([402, 'insufficient_funds']);
    for (const e of await eventsOf(order.payment.intent_id)) await app.deliver(e);
    const failed = (await getOrder(app, me, order.id)).body;
    expect(failed).toMatchObject({ payment_status: 'failed', payment: { status: 'requires_payment_method' } });
    expect((await ledgerOf(order.id)).map((t) => t.kind)).toEqual(['failure']);
    await confirmInBrowser(order.payment, 'pm_card_visa');
    for (const e of await eventsOf(order.payment.intent_id, 'payment_intent.succeeded')) await app.deliver(e);
    expect((await getOrder(app, me, order.id)).body).toMatchObject({ payment_status: 'paid', payment: { status: 'succeeded' } });
  });

  it('a card that needs 3-D Secure: requires_action until the bank page completes it', async () => {
    const { me, order } = await cardOrder(app);
    const needs = await confirmInBrowser(order.payment, 'pm_card_authenticationRequired');
    expect(needs.body).toMatchObject({ status: 'requires_action', next_action: { type: 'redirect_to_url' } });
    expect((await getOrder(app, me, order.id)).body.payment_status).toBe('pending');
    const page = needs.body.next_action.redirect_to_url.url as string;
    const done = await fetch(page, { method: 'POST', body: new URLSearchParams({ outcome: 'complete' }) });
    expect(await done.text()).toContain('succeeded');
    for (const e of await eventsOf(order.payment.intent_id)) await app.deliver(e);
    expect((await getOrder(app, me, order.id)).body.payment_status).toBe('paid');
  });

  it('Stripe down at checkout: the order is placed with payment null, and payment-intent makes it payable once Stripe is back', async () => {
    const me = await makeUser();
    const p = await makeProduct({ stock: 4 });
    await addItem(me, { product_id: p.id, quantity: 1 });
    const placed = await down.call('/api/orders', json((await import('../../../test/worker/shop')).checkoutBody(), { headers: { ...bearer(me.token), 'Idempotency-Key': crypto.randomUUID() } }));
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ status: 'pending', payment_status: 'pending', payment: null });
    expect(await stockOf(p.id)).toBe(3);
    const stillDown = await down.call(`/api/orders/${placed.body.id}/payment-intent`, { method: 'POST', headers: bearer(me.token) });
    expect([stillDown.status, stillDown.body.error.code]).toEqual([503, 'upstream_unavailable']);
    const first = await app.call(`/api/orders/${placed.body.id}/payment-intent`, { method: 'POST', headers: bearer(me.token) });
    expect(first.status).toBe(200);
    expect(first.body.payment).toMatchObject({ provider: 'stripe', status: 'requires_payment_method', client_secret: expect.any(String) });
    const again = await app.call(`/api/orders/${placed.body.id}/payment-intent`, { method: 'POST', headers: bearer(me.token) });
    expect(again.body.payment.intent_id).toBe(first.body.payment.intent_id);
    // Not someone else's to pay.
    const other = await makeUser();
    expect((await app.call(`/api/orders/${placed.body.id}/payment-intent`, { method: 'POST', headers: bearer(other.token) })).status).toBe(404);
  });

  it('refunds: never more than captured, an Idempotency-Key required, nothing to refund on an unpaid order', async () => {
    const admin = await makeAdmin();
    const { order } = await cardOrder(app, { price_cents: 1000, quantity: 1 });
    const refund = (body: unknown, headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID() }) =>
      adminCall(app, admin.token, `/api/orders/${order.id}/refunds`, body, 'POST', headers);
    expect((await refund({}, {})).body.error.code).toBe('idempotency_key_required');
    expect((await refund({})).body.error.code).toBe('refund_not_allowed');
    await confirmInBrowser(order.payment, 'pm_card_visa');
    for (const e of await eventsOf(order.payment.intent_id)) await app.deliver(e);
    const over = await refund({ amount: order.total_amount + 0.01 });
    expect([over.status, over.body.error.code, over.body.error.details.refundable]).toEqual([409, 'refund_not_allowed', Math.round(order.total_amount * 100)]);
    expect((await refund({ amount: 1.001 })).status).toBe(422);
    expect((await refund({ restock: true })).body.error.code).toBe('refund_not_allowed');
    const customer = await makeUser();
    expect((await adminCall(app, customer.token, `/api/orders/${order.id}/refunds`, {}, 'POST', { 'Idempotency-Key': 'k' })).status).toBe(403);
    expect((await stripeCall('GET', `/v1/refunds?payment_intent=${order.payment.intent_id}`)).body.data).toEqual([]);
  });

  it('a bank-transfer refund: the same key replays, the same key with another amount is refused and changes nothing', async () => {
    const admin = await makeAdmin();
    const me = await makeUser();
    const p = await makeProduct({ stock: 3, price_cents: 2000 });
    await addItem(me, { product_id: p.id, quantity: 1 });
    const order = (await checkout(me, (await import('../../../test/worker/shop')).checkoutBody({ payment_method: 'bank_transfer' }))).body;
    expect((await adminCall(app, admin.token, `/api/orders/${order.id}/payment`, { payment_status: 'paid', payment_id: 'bt-1' }, 'PUT')).status).toBe(200);
    const key = crypto.randomUUID();
    const refund = (amount: number) => adminCall(app, admin.token, `/api/orders/${order.id}/refunds`, { amount }, 'POST', { 'Idempotency-Key': key });
    expect((await refund(5)).status).toBe(200);
    const replay = await refund(5);
    expect(replay.status).toBe(200);
    const reused = await refund(3);
    expect([reused.status, reused.body.error.code]).toEqual([422, 'idempotency_key_reused']);
    const refunds = (await ledgerOf(order.id)).filter((t) => t.kind === 'refund');
    expect(refunds.map((t) => Number(t.amount_cents))).toEqual([500]);
    expect((await getOrder(app, me, order.id)).body.payment.amount_refunded).toBe(5);
  });

  it('without Stripe, card orders are paid by hand as before', async () => {
    const me = await makeUser();
    const p = await makeProduct();
    await addItem(me, { product_id: p.id });
    const placed = await checkout(me);
    expect(placed.body.payment).toBeNull();
    expect((await app.call('/api/webhooks/stripe', { method: 'POST', body: '{}' })).status).toBe(400);
  });
});
