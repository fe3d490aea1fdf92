import Stripe from 'stripe';
import { productTopic, type Realtime, userOrdersTopic } from '../clients/realtime';
import type { OutboxEventRow } from '../db/queries/events';
import type { StockLevel } from '../db/queries/orders';
import { findOrder, setOrderStatus } from '../db/queries/orders';
import { paymentSweepCandidates } from '../db/queries/payments';
import { enqueueEvents, type EventQueue } from '../events/queue';
import { orderBroadcasts } from '../events/realtime';
import { writeLevels } from '../catalog/stock';
import type { Cache } from '../clients/redis';
import { describeError } from '../lib/logger';
import { ORDER_TRANSITIONS } from '../orders/status';
import { type Applied, type PaymentDeps, refundCancelled } from './service';
import { intentFacts } from './stripe-events';
import { applyPayment } from '../db/queries/payments';

// The cron sweep of card payments: card orders still unpaid after PAYMENT_TIMEOUT_MINUTES are cancelled
// and restocked (their intent cancelled at Stripe first, so no payment can land after), and cancelled
// orders still holding money (a refund whose call failed) are refunded.

const LIMIT = 50;

export interface SweepDeps extends PaymentDeps {
  realtime: Realtime | null;
  /** Where the stock levels cached pages show are kept. */
  cache: Cache;
  queue: EventQueue | null;
}

export interface PaymentSweepReport {
  cancelled: number;
  paid: number;
  refunded: number;
  skipped: number;
}

export async function sweepPayments(d: SweepDeps, now: Date): Promise<PaymentSweepReport> {
  const cutoff = new Date(now.getTime() - d.env.PAYMENT_TIMEOUT_MINUTES * 60_000);
  const candidates = await paymentSweepCandidates(d.db.db, cutoff, LIMIT);
  const report: PaymentSweepReport = { cancelled: 0, paid: 0, refunded: 0, skipped: 0 };
  const events: OutboxEventRow[] = [];
  const stock: StockLevel[] = [];
  const record = (applied: Applied) => void (events.push(...applied.events), stock.push(...(applied.stock ?? [])));
  for (const order of candidates) {
    try {
      if (order.kind === 'refund_due') {
        const row = await findOrder(d.db.db, order.id);
        if (row) record(await refundCancelled(d, row.snapshot, null));
        report.refunded++;
        continue;
      }
      if (order.payment_intent_id) {
        let pi: Stripe.PaymentIntent;
        try {
          pi = await d.stripe.paymentIntents.cancel(order.payment_intent_id, { cancellation_reason: 'abandoned' }, { idempotencyKey: `cancel:${order.payment_intent_id}` });
        } catch (err) {
          if (!(err instanceof Stripe.errors.StripeInvalidRequestError) || err.code !== 'payment_intent_unexpected_state') throw err;
          pi = await d.stripe.paymentIntents.retrieve(order.payment_intent_id);
        }
        record(await applyPayment(d.db.db, { provider: 'stripe', intent_id: pi.id, intent: { status: pi.status }, facts: intentFacts(pi), order_transitions: ORDER_TRANSITIONS }));
        // Paid, or being paid, after all: the order stays (its webhook will follow).
        if (pi.status !== 'canceled') {
          report.paid++;
          continue;
        }
      }
      const change = await setOrderStatus(d.db.db, {
        order_id: order.id,
        status: 'cancelled',
        actor_user_id: null,
        transitions: ORDER_TRANSITIONS,
        note: `Not paid within ${d.env.PAYMENT_TIMEOUT_MINUTES} minutes`,
      });
      events.push(...change.events);
      stock.push(...(change.stock ?? []));
      report.cancelled++;
    } catch (err) {
      // An order another change got to first, or Stripe unreachable: the next run looks again.
      report.skipped++;
      d.log.warn('payment sweep: order skipped', { order_id: order.id, kind: order.kind, ...describeError(err) });
    }
  }
  await publish(d, events, stock);
  return report;
}

/** What the web requests do after their response: outbox ids queued, caches refreshed, live updates sent. */
async function publish(d: SweepDeps, events: OutboxEventRow[], stock: StockLevel[]): Promise<void> {
  if (events.length && d.queue) await enqueueEvents(d.queue, events.map((e) => e.id)).catch(() => undefined);
  if (stock.length) await writeLevels(d.cache, stock).catch((err) => d.log.warn('payment sweep: stock levels not cached', describeError(err)));
  if (!d.realtime) return;
  const orders = await Promise.all(
    orderBroadcasts(events).map(async (m) => ({ topic: await userOrdersTopic(d.env.JWT_SECRET, m.userId), event: m.event, payload: m.payload })),
  );
  const levels = stock.map((s) => ({
    topic: productTopic(s.product_id),
    event: 'stock',
    payload: { product_id: s.product_id, variant_id: s.variant_id, stock_quantity: s.stock_quantity, in_stock: s.stock_quantity > 0 },
  }));
  await d.realtime.broadcast([...orders, ...levels]).catch((err) => d.log.warn('payment sweep: broadcast failed', describeError(err)));
}
