import type { ColumnType, Generated } from 'kysely';
import type { AddressJson } from './accounts';
import type { CreatedAt, Money, NullableJson, NullableMoney, NullableTimestamp, Timestamp } from './columns';

// Carts, orders, and the settings checkout reads (shipping methods, tax rates, discounts).

export interface CartsTable {
  id: Generated<number>;
  user_id: number | null;
  token_hash: string | null;
  /** A market handle; null for carts from before markets. */
  market: string | null;
  currency: Generated<string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  expires_at: NullableTimestamp;
}

export interface CartItemsTable {
  id: Generated<number>;
  cart_id: number;
  product_id: number;
  variant_id: number | null;
  quantity: number;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type OrderStatus = 'pending' | 'confirmed' | 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'refunded';

export type PaymentStatus = 'pending' | 'authorized' | 'paid' | 'failed' | 'refunded' | 'voided';

export type FulfillmentStatus = 'unfulfilled' | 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'returned';

export interface OrdersTable {
  id: Generated<number>;
  order_number: string;
  user_id: number | null;
  email: string | null;
  status: ColumnType<OrderStatus, OrderStatus | undefined, OrderStatus>;
  payment_status: ColumnType<PaymentStatus, PaymentStatus | undefined, PaymentStatus>;
  fulfillment_status: ColumnType<FulfillmentStatus, FulfillmentStatus | undefined, FulfillmentStatus>;
  currency: Generated<string>;
  subtotal_cents: Money;
  discount_amount_cents: Money;
  shipping_amount_cents: Money;
  tax_amount_cents: Money;
  total_amount_cents: Money;
  discount_code: string | null;
  shipping_method: string | null;
  shipping_address: NullableJson<AddressJson>;
  billing_address: NullableJson<AddressJson>;
  carrier: string | null;
  tracking_number: string | null;
  estimated_delivery: NullableTimestamp;
  actual_delivery: NullableTimestamp;
  shipped_at: NullableTimestamp;
  payment_method: string | null;
  payment_id: string | null;
  paid_at: NullableTimestamp;
  notes: string | null;
  /** Derived from payment_transactions by payment_apply; never written elsewhere. */
  payment_provider: ColumnType<'stripe' | 'manual' | null, never, never>;
  payment_intent_id: ColumnType<string | null, never, never>;
  amount_authorized_cents: ColumnType<string, never, never>;
  amount_captured_cents: ColumnType<string, never, never>;
  amount_refunded_cents: ColumnType<string, never, never>;
  restocked_at: ColumnType<Date | null, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OrderItemsTable {
  id: Generated<number>;
  order_id: number;
  product_id: number | null;
  variant_id: number | null;
  product_name: string;
  sku: string;
  variant_name: string | null;
  unit_price_cents: Money;
  quantity: number;
  total_price_cents: Money;
  created_at: CreatedAt;
}

export interface OrderEventsTable {
  id: Generated<number>;
  order_id: number;
  actor_user_id: number | null;
  from_status: string | null;
  to_status: string;
  note: string | null;
  data: NullableJson<Record<string, unknown>>;
  /** 'status': from/to are order statuses; 'payment': from/to are payment statuses. */
  kind: ColumnType<'status' | 'payment', 'status' | 'payment' | undefined, 'status' | 'payment'>;
  created_at: CreatedAt;
}

export interface ShippingMethodsTable {
  code: string;
  name: string;
  rate_cents: Money;
  free_over_cents: NullableMoney;
  min_days: number;
  max_days: number;
  is_active: Generated<boolean>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface TaxRatesTable {
  id: Generated<number>;
  country: string;
  region: string | null;
  /** Percent, numeric(6,3): read as string. */
  rate: ColumnType<string, number | string, number | string>;
  applies_to_shipping: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DiscountsTable {
  id: Generated<number>;
  code: string;
  description: string | null;
  kind: 'percent' | 'fixed';
  percent_off: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  amount_off_cents: NullableMoney;
  min_subtotal_cents: ColumnType<string, number | string | undefined, number | string>;
  starts_at: Timestamp;
  ends_at: NullableTimestamp;
  usage_limit: number | null;
  usage_count: Generated<number>;
  /** Uses per customer, by account or email (migration 0017). */
  per_customer_limit: number | null;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
