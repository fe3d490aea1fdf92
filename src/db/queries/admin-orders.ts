import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB, FulfillmentStatus, OrderStatus, PaymentStatus } from '../schema';
import type { OrderSnapshot } from './order-mappers';

// The admin's order lists: across customers, every filter served by an index of migration 0017.

export interface OrderFilter {
  status?: OrderStatus;
  payment_status?: PaymentStatus;
  fulfillment_status?: FulfillmentStatus;
  created_from?: string;
  created_to?: string;
  customer_id?: number;
  /** An exact order number. */
  order_number?: string;
  /** An exact email (compared case-insensitively). */
  email?: string;
  /** The start of a customer's first or last name, lower case. */
  name_prefix?: string;
  currency?: string;
  total_min_minor?: bigint;
  total_max_minor?: bigint;
}

export type OrderSort = 'newest' | 'total';

/** The row of an order list: enough for the table and the CSV. */
export interface AdminOrderRow {
  id: number;
  order_number: string;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfillment_status: FulfillmentStatus;
  currency: string;
  subtotal_cents: string;
  discount_amount_cents: string;
  shipping_amount_cents: string;
  tax_amount_cents: string;
  total_amount_cents: string;
  discount_code: string | null;
  shipping_method: string | null;
  carrier: string | null;
  tracking_number: string | null;
  email: string | null;
  user_id: number | null;
  customer_name: string | null;
  country: string | null;
  item_count: number;
  created_at: Date;
  created_at_key: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** One page of orders matching `f`, plus one row to tell whether another page follows. */
export function listAdminOrders(db: Kysely<DB>, f: OrderFilter, sort: OrderSort, limit: number, after: (string | number)[] | null) {
  return adminOrdersQuery(db, f, sort, limit, after).execute() as Promise<AdminOrderRow[]>;
}

/** The statement of `listAdminOrders`, unexecuted (its plan is checked at scale). */
export function adminOrdersQuery(db: Kysely<DB>, f: OrderFilter, sort: OrderSort, limit: number, after: (string | number)[] | null) {
  let q = db
    .selectFrom('orders as o')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .select([
      'o.id', 'o.order_number', 'o.status', 'o.payment_status', 'o.fulfillment_status', 'o.currency', 'o.subtotal_cents',
      'o.discount_amount_cents', 'o.shipping_amount_cents', 'o.tax_amount_cents', 'o.total_amount_cents', 'o.discount_code',
      'o.shipping_method', 'o.carrier', 'o.tracking_number', 'o.email', 'o.user_id', 'o.created_at',
      sql<string>`o.created_at::text`.as('created_at_key'),
      sql<string | null>`nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '')`.as('customer_name'),
      sql<string | null>`o.shipping_address->>'country'`.as('country'),
      sql<number>`(select coalesce(sum(i.quantity), 0)::int from order_items i where i.order_id = o.id)`.as('item_count'),
    ]);
  const where: Expression<SqlBool>[] = [];
  if (f.status) where.push(sql`o.status = ${f.status}`);
  if (f.payment_status) where.push(sql`o.payment_status = ${f.payment_status}`);
  if (f.fulfillment_status) where.push(sql`o.fulfillment_status = ${f.fulfillment_status}`);
  if (f.created_from) where.push(sql`o.created_at >= ${f.created_from}::timestamptz`);
  if (f.created_to) where.push(sql`o.created_at < ${f.created_to}::timestamptz`);
  if (f.customer_id) where.push(sql`o.user_id = ${f.customer_id}`);
  if (f.order_number) where.push(sql`o.order_number = ${f.order_number}`);
  if (f.email) where.push(sql`lower(o.email) = lower(${f.email})`);
  if (f.name_prefix) {
    const pattern = `${escapeLike(f.name_prefix)}%`;
    where.push(sql`o.user_id in (select id from users where lower(first_name) like ${pattern} or lower(last_name) like ${pattern})`);
  }
  if (f.currency) where.push(sql`o.currency = ${f.currency}`);
  if (f.total_min_minor !== undefined) where.push(sql`o.total_amount_cents >= ${f.total_min_minor.toString()}::bigint`);
  if (f.total_max_minor !== undefined) where.push(sql`o.total_amount_cents <= ${f.total_max_minor.toString()}::bigint`);
  if (after) {
    where.push(
      sort === 'total'
        ? sql`(o.total_amount_cents, o.id) < (${String(after[0])}::bigint, ${Number(after[1])}::int)`
        : sql`(o.created_at, o.id) < (${String(after[0])}::timestamptz, ${Number(after[1])}::int)`,
    );
  }
  for (const w of where) q = q.where(w);
  q = sort === 'total' ? q.orderBy('o.total_amount_cents', 'desc').orderBy('o.id', 'desc') : q.orderBy('o.created_at', 'desc').orderBy('o.id', 'desc');
  return q.limit(limit + 1);
}

/** The keyset position after `row` for `sort`. */
export const orderKey = (row: AdminOrderRow, sort: OrderSort): (string | number)[] =>
  sort === 'total' ? [row.total_amount_cents, row.id] : [row.created_at_key, row.id];

/** An order with its customer and full event history. */
export function findAdminOrder(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('orders as o')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .select([
      sql<OrderSnapshot>`order_snapshot(o.id)`.as('snapshot'),
      'u.id as customer_id', 'u.email as customer_email',
      sql<string | null>`nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '')`.as('customer_name'),
      sql<{ kind: 'status' | 'payment'; from_status: string | null; to_status: string; note: string | null; actor_user_id: number | null; created_at: string }[]>`(
        select coalesce(jsonb_agg(jsonb_build_object('kind', e.kind, 'from_status', e.from_status, 'to_status', e.to_status,
          'note', e.note, 'actor_user_id', e.actor_user_id, 'created_at', e.created_at) order by e.created_at, e.id), '[]'::jsonb)
        from order_events e where e.order_id = o.id)`.as('events'),
    ])
    .where('o.id', '=', id)
    .executeTakeFirst();
}
