import { type Kysely, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Transition } from '../../orders/status';
import type { PaymentStatus } from '../schema';
import type { DB } from '../schema';
import { OUTBOX_COLUMN, type OutboxEventRow } from './events';
import { type StockLevel, stockLevels } from './stock';
import type { IntentRow, OrderSnapshot } from './order-mappers';

// Order writes are the SQL functions of migration 0006, each called as one statement (one round
// trip, one transaction). Their arguments travel as one jsonb value.

export type { StockLevel } from './stock';

export interface PlaceOrderArgs {
  scope: string;
  key: string;
  request_hash: string;
  /** How long to wait for a concurrent request holding the same key. */
  wait_ms: number;
  user_id: number | null;
  cart_token_hash: string | null;
  [field: string]: unknown;
}

export interface PlaceOrderResult {
  replayed: boolean;
  status: number;
  order: OrderSnapshot;
  stock: StockLevel[];
}

/** What an order function's transaction wrote to the outbox comes back with its result. */
export interface WithEvents {
  events: OutboxEventRow[];
}

// events_in_tx() runs after the function (it reads the materialised row first) and, being volatile,
// sees the events the function's triggers wrote: the same round trip, the same transaction. Named
// OUTBOX_COLUMN, they are also collected for publishing (see db/client.ts). catalog_stock_levels() adds
// each stock level's product version the same way.
export async function callOrderFunction<T>(
  db: Kysely<DB>,
  fn: 'checkout_place_order' | 'order_set_status' | 'order_record_payment' | 'payment_apply',
  args: object,
): Promise<T & WithEvents> {
  const { rows } = await sql<{ result: T & { stock?: StockLevel[] }; stock: StockLevel[]; [OUTBOX_COLUMN]: OutboxEventRow[] }>`
    with r as materialized (select ${sql.raw(fn)}(${JSON.stringify(args)}::jsonb) as result)
    select r.result, ${stockLevels(sql`r.result->'stock'`)} as stock, events_in_tx() as ${sql.ref(OUTBOX_COLUMN)} from r`.execute(db);
  const row = rows[0]!;
  return { ...row.result, ...(row.result.stock ? { stock: row.stock } : {}), events: row[OUTBOX_COLUMN] };
}

export function placeOrder(db: Kysely<DB>, args: PlaceOrderArgs): Promise<PlaceOrderResult & WithEvents> {
  return callOrderFunction(db, 'checkout_place_order', args);
}

export interface StatusChangeArgs {
  order_id: number;
  status: string;
  actor_user_id: number | null;
  transitions: readonly Transition[];
  note?: string;
  carrier?: string;
  tracking_number?: string;
  estimated_delivery?: string;
  actual_delivery?: string;
}

export interface OrderChange {
  order: OrderSnapshot;
  previous_status: string;
  previous_payment_status?: PaymentStatus;
  stock?: StockLevel[];
}

/** A status change with its side effects (see order_set_status): one statement. */
export function setOrderStatus(db: Kysely<DB>, args: StatusChangeArgs): Promise<OrderChange & WithEvents> {
  return callOrderFunction(db, 'order_set_status', args);
}

export interface PaymentArgs {
  order_id: number;
  payment_status: string;
  payment_id: string;
  note?: string;
  actor_user_id: number | null;
  transitions: readonly { from: string; to: string }[];
  order_transitions: readonly Transition[];
}

/** A payment recorded by hand (see order_record_payment): one statement. Use `recordManualPayment` in payments/manual. */
export function recordPaymentRow(db: Kysely<DB>, args: PaymentArgs): Promise<OrderChange & WithEvents> {
  return callOrderFunction(db, 'order_record_payment', args);
}

/** An order as its snapshot, with its owner for the access check and its PaymentIntent, if any. */
export function findOrder(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('orders')
    .select([
      'user_id',
      sql<OrderSnapshot>`order_snapshot(id)`.as('snapshot'),
      sql<IntentRow | null>`(select to_jsonb(pi) from payment_intents pi where pi.order_id = orders.id)`.as('intent'),
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One page of a user's orders, newest first, plus one row to tell whether another page follows. */
export function listOrders(db: Kysely<DB>, userId: number, limit: number, after: [string, number] | null) {
  let q = db
    .selectFrom('orders as o')
    .select([
      'o.id', 'o.order_number', 'o.status', 'o.payment_status', 'o.fulfillment_status', 'o.currency', 'o.total_amount_cents',
      'o.created_at', sql<string>`o.created_at::text`.as('created_at_key'),
      (eb) => eb.selectFrom('order_items as i').select(sql<number>`coalesce(sum(i.quantity), 0)::int`.as('n')).whereRef('i.order_id', '=', 'o.id').as('item_count'),
    ])
    .where('o.user_id', '=', userId);
  if (after) q = q.where(sql<SqlBool>`(o.created_at, o.id) < (${after[0]}::timestamptz, ${after[1]}::int)`);
  // Matches orders_user_idx (user_id, created_at desc, id desc).
  return q.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc').limit(limit + 1).execute();
}

/** Tracking fields and the event history of an order. */
export function findTracking(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('orders as o')
    .select((eb) => [
      'o.id', 'o.user_id', 'o.order_number', 'o.status', 'o.fulfillment_status', 'o.carrier', 'o.tracking_number',
      'o.shipped_at', 'o.estimated_delivery', 'o.actual_delivery',
      jsonArrayFrom(
        eb.selectFrom('order_events as e')
          .select(['e.kind', 'e.from_status', 'e.to_status', 'e.note', 'e.created_at'])
          .whereRef('e.order_id', '=', 'o.id')
          .orderBy('e.created_at')
          .orderBy('e.id'),
      ).as('events'),
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();
}
