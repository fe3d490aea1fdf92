import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { testDb } from '../../../test/worker/db';
import { adminCall, cardOrder, getOrder, ledgerOf } from '../../../test/worker/payments';
import { makeAdmin, stockOf } from '../../../test/worker/shop';
import { confirmInBrowser, eventsOf, STRIPE_URL, stripeApp, stripeCall } from '../../../test/worker/stripe';
import { TEST_CREDENTIALS } from '../../../test/setup/test-env';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const app = stripeApp();
const sdk = new Stripe(TEST_CREDENTIALS.stripeSecretKey, { httpClient: Stripe.createFetchHttpClient() });
const sign = (payload: string, timestamp: number, secret: string = TEST_CREDENTIALS.stripeWebhookSecret) =>
  sdk.webhooks.generateTestHeaderStringAsync({ payload, secret, timestamp, cryptoProvider: Stripe.createSubtleCryptoProvider() });

describe('the Stripe webhook', () => {
  it('refuses a forged, a stale and a missing signature with 400, changing nothing', async () => {
    const { me, order } = await cardOrder(app);
    await confirmInBrowser(order.payment, 'pm_card_visa');
    const [succeeded] = await eventsOf(order.payment.intent_id, 'payment_intent.succeeded');
    const at = stripeApp({}, () => NOW);
    const post = (headers: Record<string, string>) => at.deliver(succeeded!, { 'content-type': 'application/json', ...headers });
    const forged = await post({ 'stripe-signature': await sign(succeeded!.payload, NOW / 1000, 'whsec_someone_else') });
    const stale = await post({ 'stripe-signature': await sign(succeeded!.payload, NOW / 1000 - 301) });
    const tampered = await at.request('/api/webhooks/stripe', { method: 'POST', headers: { 'stripe-signature': await sign(succeeded!.payload, NOW / 1000) }, body: succeeded!.payload.replace('succeeded', 'canceled') });
    const missing = await post({});
    for (const res of [forged, stale, tampered, missing]) {
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error.code).toBe('invalid_signature');
    }
    expect((await getOrder(app, me, order.id)).body.payment_status).toBe('pending');
    expect(await testDb().selectFrom('stripe_events').select('id').where('id', '=', JSON.parse(succeeded!.payload).id).execute()).toEqual([]);
    // Within the tolerance, from the same clock: applied.
    expect((await post({ 'stripe-signature': await sign(succeeded!.payload, NOW / 1000 - 299) })).status).toBe(200);
    expect((await getOrder(app, me, order.id)).body.payment_status).toBe('paid');
  });

  it('applies each event once, in any order: shuffled and replayed events end in the same state', async () => {
    const admin = await makeAdmin();
    const { me, order } = await cardOrder(app, { price_cents: 3000, quantity: 1 });
    await confirmInBrowser(order.payment, 'pm_card_chargeDeclined').catch(() => undefined);
    await confirmInBrowser(order.payment, 'pm_card_visa');
    await stripeCall('POST', '/v1/refunds', { payment_intent: order.payment.intent_id, amount: '500' });
    const events = await eventsOf(order.payment.intent_id);
    // Newest first, then everything again.
    for (const e of [...events].reverse()) expect((await app.deliver(e)).status).toBe(200);
    const replays = await Promise.all(events.map((e) => app.deliver(e)));
    expect(await Promise.all(replays.map(async (r) => ((await r.json()) as any).duplicate))).toEqual(events.map(() => true));
    const after = (await getOrder(app, me, order.id)).body;
    expect(after).toMatchObject({ payment_status: 'paid', payment: { status: 'succeeded', amount_captured: order.total_amount, amount_refunded: 5 } });
    expect((await ledgerOf(order.id)).map((t) => t.kind).sort()).toEqual(['capture', 'failure', 'refund']);
    // The late failure did not move the payment back.
    expect(after.payment_status).toBe('paid');
    expect(admin).toBeDefined();
  });

  it('a payment arriving for a cancelled order is recorded and refunded automatically', async () => {
    const admin = await makeAdmin();
    const { me, order, product } = await cardOrder(app, { stock: 5, quantity: 2 });
    // Paid at Stripe, but its webhook is late; meanwhile the admin cancels (the intent is found paid, and refunded).
    await confirmInBrowser(order.payment, 'pm_card_visa');
    const cancelled = await adminCall(app, admin.token, `/api/orders/${order.id}/status`, { status: 'cancelled' }, 'PUT');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'refunded', payment_status: 'refunded', payment: { amount_captured: order.total_amount, amount_refunded: order.total_amount } });
    expect(await stockOf(product.id)).toBe(5);
    // Every event arriving afterwards (the late success among them), twice: no second refund, no double restock.
    for (const e of [...(await eventsOf(order.payment.intent_id)), ...(await eventsOf(order.payment.intent_id))]) expect((await app.deliver(e)).status).toBe(200);
    const refunds = (await stripeCall('GET', `/v1/refunds?payment_intent=${order.payment.intent_id}`)).body.data;
    expect(refunds).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(5);
    expect((await getOrder(app, me, order.id)).body.payment_status).toBe('refunded');
  });

  it('a webhook racing an admin cancel: whichever lands first, one refund and one restock', async () => {
    const admin = await makeAdmin();
    const { order, product } = await cardOrder(app, { stock: 4, quantity: 1 });
    await confirmInBrowser(order.payment, 'pm_card_visa');
    const [succeeded] = await eventsOf(order.payment.intent_id, 'payment_intent.succeeded');
    const [hook, cancel] = await Promise.all([
      app.deliver(succeeded!),
      adminCall(app, admin.token, `/api/orders/${order.id}/status`, { status: 'cancelled' }, 'PUT'),
    ]);
    expect([hook.status, cancel.status]).toEqual([200, 200]);
    for (const e of await eventsOf(order.payment.intent_id, 'charge.refunded')) await app.deliver(e);
    expect((await stripeCall('GET', `/v1/refunds?payment_intent=${order.payment.intent_id}`)).body.data).toHaveLength(1);
    expect(await stockOf(product.id)).toBe(4);
    const row = await testDb().selectFrom('orders').select(['status', 'payment_status']).where('id', '=', order.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'refunded', payment_status: 'refunded' });
  });

  it('cancelling an unpaid card order cancels its intent; an expired authorization shows as voided', async () => {
    const admin = await makeAdmin();
    const { me, order } = await cardOrder(app);
    await adminCall(app, admin.token, `/api/orders/${order.id}/status`, { status: 'cancelled' }, 'PUT');
    expect((await stripeCall('GET', `/v1/payment_intents/${order.payment.intent_id}`)).body.status).toBe('canceled');
    expect((await getOrder(app, me, order.id)).body).toMatchObject({ status: 'cancelled', payment_status: 'voided', payment: { status: 'canceled' } });

    const manual = stripeApp({ STRIPE_CAPTURE: 'manual' });
    const held = await cardOrder(manual);
    await confirmInBrowser(held.order.payment, 'pm_card_visa');
    await fetch(`${STRIPE_URL}/__standin/payment_intents/${held.order.payment.intent_id}/expire`, { method: 'POST' });
    for (const e of await eventsOf(held.order.payment.intent_id)) await manual.deliver(e);
    const lapsed = (await getOrder(manual, held.me, held.order.id)).body;
    expect(lapsed).toMatchObject({ status: 'pending', payment_status: 'voided', payment: { status: 'canceled' } });
    const history = await testDb().selectFrom('order_events').select(['to_status', 'note']).where('order_id', '=', held.order.id).where('kind', '=', 'payment').orderBy('id').execute();
    expect(history.at(-1)).toEqual({ to_status: 'voided', note: 'The authorization expired' });
  });
});
