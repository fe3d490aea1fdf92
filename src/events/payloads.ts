import type { OutboxEventRow } from '../db/queries/events';
import { type OrderSnapshot, toOrder } from '../db/queries/order-mappers';
import { trackingUrl } from '../orders/carriers';
import { fromCents } from '../markets/money';

// What receivers get: `{id, type, created_at, data}`. `data` is built from the stored event by a pure
// function, so every attempt and every replay of a delivery sends the same bytes, and it shows orders
// and products the way the API does (decimal amounts, ISO times).

export interface WebhookPayload {
  id: string;
  type: string;
  created_at: string;
  data: Record<string, unknown>;
}

function orderData(data: Record<string, unknown>): Record<string, unknown> {
  const snapshot = data.order as OrderSnapshot;
  const { realtime_topic: _topic, ...order } = toOrder(snapshot, null);
  const change = (data.change ?? {}) as Record<string, unknown>;
  return {
    order: { ...order, user_id: snapshot.user_id, tracking_url: trackingUrl(snapshot.carrier, snapshot.tracking_number) },
    change: { kind: change.kind, from_status: change.from_status ?? null, to_status: change.to_status, note: change.note ?? null, details: change.details ?? {} },
  };
}

function productData(data: Record<string, unknown>): Record<string, unknown> {
  const { price_cents, compare_at_price_cents, currency, updated_at, deleted_at, ...rest } = data.product as Record<string, unknown>;
  return {
    product: {
      ...rest,
      price: fromCents(price_cents as number),
      compare_at_price: compare_at_price_cents === null ? null : fromCents(compare_at_price_cents as number),
      currency: String(currency).trim(),
      updated_at: new Date(updated_at as string).toISOString(),
      deleted_at: deleted_at === null ? null : new Date(deleted_at as string).toISOString(),
    },
  };
}

function customerData(data: Record<string, unknown>): Record<string, unknown> {
  const customer = data.customer as Record<string, unknown>;
  return { customer: { ...customer, created_at: new Date(customer.created_at as string).toISOString() } };
}

/** The public body of an event, as webhooks deliver it. */
export function webhookPayload(event: OutboxEventRow): WebhookPayload {
  const family = event.type.split('.')[0];
  const data =
    family === 'order' || event.type === 'payment.failed'
      ? orderData(event.data)
      : family === 'product'
        ? productData(event.data)
        : family === 'customer'
          ? customerData(event.data)
          : event.data;
  return { id: event.id, type: event.type, created_at: new Date(event.created_at).toISOString(), data };
}
