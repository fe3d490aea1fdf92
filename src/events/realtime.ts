import type { Context } from 'hono';
import { userOrdersTopic } from '../clients/realtime';
import type { OutboxEventRow } from '../db/queries/events';
import { type OrderSnapshot, orderStatusPayload } from '../db/queries/order-mappers';
import { background } from '../lib/background';
import type { AppEnv } from '../lib/types';
import type { OrderChangeData } from './templates';

export interface OrderBroadcast {
  userId: number;
  event: 'status' | 'payment';
  payload: ReturnType<typeof orderStatusPayload>;
}

/**
 * The live updates of a change, from its event rows: one message per order history row (a status
 * change or a payment change), so the page, the mail and the webhook tell the same story. The
 * creation of an order is answered to its creator and not broadcast; guests' orders have no topic.
 */
export function orderBroadcasts(events: readonly OutboxEventRow[]): OrderBroadcast[] {
  const seen = new Set<unknown>();
  const out: OrderBroadcast[] = [];
  for (const e of events) {
    const change = e.data.change as (OrderChangeData & { order_event_id: number }) | undefined;
    const order = e.data.order as OrderSnapshot | undefined;
    if (!change || !order || seen.has(change.order_event_id)) continue;
    seen.add(change.order_event_id);
    if (order.user_id === null || (change.kind === 'status' && change.from_status === null)) continue;
    const previous = change.kind === 'status' ? { status: change.from_status ?? undefined } : { payment_status: change.from_status ?? undefined };
    out.push({ userId: order.user_id, event: change.kind, payload: orderStatusPayload(order, previous) });
  }
  return out;
}

/** Sends the live updates of `events` right after the response, in one request. */
export function broadcastOrderEvents(c: Context<AppEnv>, events: readonly OutboxEventRow[]): void {
  const realtime = c.var.services.realtime;
  const messages = orderBroadcasts(events);
  if (!realtime || messages.length === 0) return;
  const secret = c.var.services.env.JWT_SECRET;
  const send = Promise.all(messages.map(async (m) => ({ topic: await userOrdersTopic(secret, m.userId), event: m.event, payload: m.payload }))).then((built) =>
    realtime.broadcast(built),
  );
  background(c, 'realtime order broadcast', send);
}
