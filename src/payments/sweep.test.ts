import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDb } from '../../test/worker/db';
import { adminCall, cardOrder, getOrder } from '../../test/worker/payments';
import { makeAdmin, stockOf } from '../../test/worker/shop';
import { confirmInBrowser, eventsOf, stripeApp, stripeCall } from '../../test/worker/stripe';
import { runPaymentSweep } from '../jobs/scheduled';

// The cron sweep runs at a given time: orders are dated back to a fixed day, and the sweep is run at
// fixed times after it, so nothing here depends on the wall clock (nor touches other tests' orders).
const DAY = Date.parse('2020-01-01T00:00:00Z');
const app = stripeApp({ PAYMENT_TIMEOUT_MINUTES: '30' });
const backdate = (id: number) => sql`update orders set created_at = ${new Date(DAY).toISOString()}::timestamptz where id = ${id}`.execute(testDb());

describe('the unpaid-order sweep', () => {
  it('cancels and restocks a card order unpaid after the timeout, cancelling its intent; not before', async () => {
    const { me, order, product } = await cardOrder(app, { stock: 6, quantity: 2 });
    await backdate(order.id);
    await runPaymentSweep(app.env, DAY + 29 * 60_000);
    expect((await getOrder(app, me, order.id)).body.status).toBe('pending');
    await runPaymentSweep(app.env, DAY + 31 * 60_000);
    const swept = (await getOrder(app, me, order.id)).body;
    expect(swept).toMatchObject({ status: 'cancelled', payment_status: 'voided', payment: { status: 'canceled' } });
    expect(await stockOf(product.id)).toBe(6);
    expect((await stripeCall('GET', `/v1/payment_intents/${order.payment.intent_id}`)).body.status).toBe('canceled');
    const history = await testDb().selectFrom('order_events').select(['to_status', 'note', 'actor_user_id']).where('order_id', '=', order.id).where('kind', '=', 'status').orderBy('id').execute();
    expect(history.at(-1)).toEqual({ to_status: 'cancelled', note: 'Not paid within 30 minutes', actor_user_id: null });
  });

  it('keeps an order paid just before the sweep (its webhook still to come), and records the payment', async () => {
    const { me, order, product } = await cardOrder(app, { stock: 6, quantity: 1 });
    await confirmInBrowser(order.payment, 'pm_card_visa');
    await backdate(order.id);
    await runPaymentSweep(app.env, DAY + 31 * 60_000);
    expect((await getOrder(app, me, order.id)).body).toMatchObject({ status: 'pending', payment_status: 'paid' });
    expect(await stockOf(product.id)).toBe(5);
  });

  it('refunds a cancelled order still holding money once Stripe is back (its refund call had failed)', async () => {
    const admin = await makeAdmin();
    const down = stripeApp({ STRIPE_API_BASE: 'http://127.0.0.1:9' });
    const { me, order } = await cardOrder(app, { quantity: 1 });
    await confirmInBrowser(order.payment, 'pm_card_visa');
    for (const e of await eventsOf(order.payment.intent_id, 'payment_intent.succeeded')) await app.deliver(e);
    // Cancelled while Stripe is unreachable: cancelled all the same, the money still held.
    const cancelled = await adminCall(down, admin.token, `/api/orders/${order.id}/status`, { status: 'cancelled' }, 'PUT');
    expect(cancelled.body).toMatchObject({ status: 'cancelled', payment_status: 'paid' });
    // The sweep after the timeout (counted from the order's last change) sends the refund, once however often it runs.
    const later = Date.parse(cancelled.body.updated_at) + 31 * 60_000;
    await runPaymentSweep(app.env, later);
    await runPaymentSweep(app.env, later + 60_000);
    expect((await getOrder(app, me, order.id)).body).toMatchObject({ status: 'refunded', payment_status: 'refunded' });
    expect((await stripeCall('GET', `/v1/refunds?payment_intent=${order.payment.intent_id}`)).body.data).toHaveLength(1);
  });
});
