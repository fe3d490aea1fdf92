import { trackingUrl } from '../../orders/carriers';
import { toDecimal } from '../../markets/currency';
import type { Order, OrderSummary } from '../../schemas/orders';
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from '../schema';

/** `order_snapshot()` as JSON: the order row (timestamps as text, cents as numbers) and its items. */
export interface OrderSnapshot {
  id: number;
  order_number: string;
  user_id: number | null;
  email: string | null;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  currency: string;
  subtotal_cents: number;
  discount_amount_cents: number;
  shipping_amount_cents: number;
  tax_amount_cents: number;
  total_amount_cents: number;
  discount_code: string | null;
  shipping_method: string | null;
  shipping_address: Record<string, string> | null;
  billing_address: Record<string, string> | null;
  carrier: string | null;
  tracking_number: string | null;
  estimated_delivery: string | null;
  actual_delivery: string | null;
  shipped_at: string | null;
  payment_method: string | null;
  payment_id: string | null;
  paid_at: string | null;
  notes: string | null;
  /** Absent in snapshots stored before payments (idempotent replays of older orders). */
  payment_provider?: 'stripe' | 'manual' | null;
  payment_intent_id?: string | null;
  amount_authorized_cents?: number;
  amount_captured_cents?: number;
  amount_refunded_cents?: number;
  /** Absent in snapshots stored before markets (idempotent replays of older orders). */
  market?: string | null;
  tax_inclusive?: boolean;
  shipping_tax_cents?: number | null;
  created_at: string;
  updated_at: string;
  items: {
    id: number;
    product_id: number | null;
    variant_id: number | null;
    product_name: string;
    sku: string;
    variant_name: string | null;
    unit_price_cents: number;
    quantity: number;
    total_price_cents: number;
    discount_cents?: number;
    tax_cents?: number | null;
    net_cents?: number | null;
  }[];
}

/** A `payment_intents` row as jsonb. */
export interface IntentRow {
  order_id: number;
  provider: string;
  intent_id: string;
  client_secret: string;
  status: string;
  capture_method: string;
}

const iso = (t: string | Date) => new Date(t).toISOString();
const isoOrNull = (t: string | Date | null) => (t === null ? null : iso(t));

/**
 * The order's payment as the API shows it: null until a provider took part. The intent's client secret
 * only with `secret` (its owner's answers); webhooks and mail never carry it.
 */
function paymentOf(s: OrderSnapshot, intent: IntentRow | null, secret: boolean, money: (minor: number) => number): Order['payment'] {
  const provider = (intent ? 'stripe' : s.payment_provider) ?? null;
  // A card order whose intent Stripe could not make yet has nothing to pay with: null, as at checkout.
  if (!provider || (provider === 'stripe' && !intent && !s.payment_intent_id)) return null;
  return {
    provider,
    intent_id: intent?.intent_id ?? s.payment_intent_id ?? null,
    status: intent?.status ?? null,
    client_secret: secret && intent ? intent.client_secret : null,
    capture_method: intent ? (intent.capture_method as 'automatic' | 'manual') : null,
    amount_authorized: money(s.amount_authorized_cents ?? 0),
    amount_captured: money(s.amount_captured_cents ?? 0),
    amount_refunded: money(s.amount_refunded_cents ?? 0),
  };
}

/**
 * The API order from a snapshot. A pure function of the snapshot (the owner's topic and the intent), so an
 * idempotent replay of the stored snapshot is byte-for-byte the first response.
 */
export function toOrder(s: OrderSnapshot, realtimeTopic: string | null, intent: IntentRow | null = null, secret = false): Order {
  const currency = s.currency.trim();
  const money = (minor: number | string | bigint) => toDecimal(minor, currency);
  const maybe = (minor: number | string | null | undefined) => (minor === null || minor === undefined ? null : money(minor));
  return {
    id: s.id,
    order_number: s.order_number,
    status: s.status,
    payment_status: s.payment_status,
    fulfillment_status: s.fulfillment_status,
    currency,
    market: s.market ?? null,
    tax_inclusive: s.tax_inclusive ?? false,
    subtotal: money(s.subtotal_cents),
    discount_amount: money(s.discount_amount_cents),
    shipping_amount: money(s.shipping_amount_cents),
    tax_amount: money(s.tax_amount_cents),
    shipping_tax_amount: maybe(s.shipping_tax_cents),
    net_amount: money(BigInt(s.total_amount_cents) - BigInt(s.tax_amount_cents)),
    total_amount: money(s.total_amount_cents),
    discount_code: s.discount_code,
    shipping_method: s.shipping_method,
    email: s.email,
    shipping_address: s.shipping_address,
    billing_address: s.billing_address,
    carrier: s.carrier,
    tracking_number: s.tracking_number,
    estimated_delivery: isoOrNull(s.estimated_delivery),
    actual_delivery: isoOrNull(s.actual_delivery),
    shipped_at: isoOrNull(s.shipped_at),
    payment_method: s.payment_method,
    payment_id: s.payment_id,
    paid_at: isoOrNull(s.paid_at),
    payment: paymentOf(s, intent, secret, money),
    notes: s.notes,
    items: s.items.map((i) => ({
      id: i.id,
      product_id: i.product_id,
      variant_id: i.variant_id,
      product_name: i.product_name,
      sku: i.sku,
      variant_name: i.variant_name,
      unit_price: money(i.unit_price_cents),
      quantity: i.quantity,
      total_price: money(i.total_price_cents),
      discount_amount: money(i.discount_cents ?? 0),
      tax_amount: maybe(i.tax_cents),
      net_amount: maybe(i.net_cents),
    })),
    realtime_topic: realtimeTopic,
    created_at: iso(s.created_at),
    updated_at: iso(s.updated_at),
  };
}

export function toOrderSummary(r: {
  id: number;
  order_number: string;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  currency: string;
  total_amount_cents: string;
  item_count: number | null;
  created_at: Date;
}): OrderSummary {
  return {
    id: r.id,
    order_number: r.order_number,
    status: r.status,
    payment_status: r.payment_status,
    fulfillment_status: r.fulfillment_status,
    currency: r.currency.trim(),
    total_amount: toDecimal(r.total_amount_cents, r.currency.trim()),
    item_count: Number(r.item_count ?? 0),
    created_at: iso(r.created_at),
  };
}

/** The live-update payload of an order change (see README, "Live updates"). */
export function orderStatusPayload(s: OrderSnapshot, previous: { status?: string; payment_status?: string }) {
  return {
    order_id: s.id,
    order_number: s.order_number,
    status: s.status,
    previous_status: previous.status ?? s.status,
    payment_status: s.payment_status,
    previous_payment_status: previous.payment_status ?? s.payment_status,
    fulfillment_status: s.fulfillment_status,
    carrier: s.carrier,
    tracking_number: s.tracking_number,
    tracking_url: trackingUrl(s.carrier, s.tracking_number),
    estimated_delivery: isoOrNull(s.estimated_delivery),
    actual_delivery: isoOrNull(s.actual_delivery),
    updated_at: iso(s.updated_at),
  };
}
