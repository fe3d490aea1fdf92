import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../client';
import type { DB } from '../schema';

// The inventory ledger (migration 0017): movements are written by triggers on the stock columns; an
// adjustment sets its reason and note for its transaction, then changes the stock.

export interface MovementRow {
  id: string;
  product_id: number;
  variant_id: number | null;
  delta: number;
  stock_after: number;
  reason: string;
  note: string | null;
  actor_user_id: number | null;
  order_id: number | null;
  created_at: Date | string;
}

const MOVEMENT_COLUMNS = sql`id::text as id, product_id, variant_id, delta, stock_after, reason, note, actor_user_id, order_id, created_at`;

export interface Adjustment {
  product_id: number;
  variant_id?: number;
  reason: string;
  note?: string;
  set: 'add' | 'to';
  amount: number;
}

/**
 * Applies an adjustment in one transaction: the stock change (refused when it would leave the stock below
 * 0) and its movement. Returns null when nothing matched: no such item, or not enough stock.
 */
export async function adjustStock(database: Database, a: Adjustment): Promise<{ stock_quantity: number; movement: MovementRow | null } | null> {
  const { db } = database;
  const next = a.set === 'add' ? sql`stock_quantity::bigint + ${a.amount}::bigint` : sql`${a.amount}::bigint`;
  const change = a.variant_id
    ? sql`update product_variants set stock_quantity = (${next})::integer
          where id = ${a.variant_id}::int and product_id = ${a.product_id}::int and (${next}) between 0 and 2147483647
          returning stock_quantity`
    : sql`update products set stock_quantity = (${next})::integer
          where id = ${a.product_id}::int and not has_variants and deleted_at is null and (${next}) between 0 and 2147483647
          returning stock_quantity`;
  const [, changed, movements] = await database.batch([
    sql`select set_config('app.stock_reason', ${a.reason}, true), set_config('app.stock_note', ${a.note ?? ''}, true)`.compile(db),
    change.compile(db),
    sql`select ${MOVEMENT_COLUMNS} from inventory_movements m where txid = pg_current_xact_id()
        and product_id = ${a.product_id}::int and variant_id is not distinct from ${a.variant_id ?? null}::int
        order by m.id desc limit 1`.compile(db),
  ]);
  const row = changed?.[0] as { stock_quantity: number } | undefined;
  if (!row) return null;
  return { stock_quantity: Number(row.stock_quantity), movement: (movements?.[0] as unknown as MovementRow | undefined) ?? null };
}

/** What an adjustment that matched nothing ran into: the item's stock, or undefined when there is no such item. */
export function findStockItem(db: Kysely<DB>, productId: number, variantId?: number) {
  return variantId
    ? db.selectFrom('product_variants').select(['stock_quantity', sql<boolean>`false`.as('has_variants')]).where('id', '=', variantId).where('product_id', '=', productId).executeTakeFirst()
    : db.selectFrom('products').select(['stock_quantity', 'has_variants']).where('id', '=', productId).where('deleted_at', 'is', null).executeTakeFirst();
}

/** One page of movements, newest first. */
export function listMovements(
  db: Kysely<DB>,
  f: { product_id?: number; variant_id?: number; order_id?: number; reason?: string },
  limit: number,
  afterId: string | null,
) {
  const where: Expression<SqlBool>[] = [];
  if (f.product_id) where.push(sql`product_id = ${f.product_id}::int`);
  if (f.variant_id) where.push(sql`variant_id = ${f.variant_id}::int`);
  if (f.order_id) where.push(sql`order_id = ${f.order_id}::int`);
  if (f.reason) where.push(sql`reason = ${f.reason}`);
  if (afterId) where.push(sql`id < ${afterId}::bigint`);
  const cond = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  return sql<MovementRow>`select ${MOVEMENT_COLUMNS} from inventory_movements m ${cond} order by m.id desc limit ${limit + 1}`.execute(db).then((r) => r.rows);
}

export interface LowStockRow {
  product_id: number;
  variant_id: number | null;
  name: string;
  sku: string;
  stock_quantity: number;
  threshold: number;
}

/**
 * Stock items (products without variants, and active variants) at or under their product's
 * low_stock_threshold, or under `threshold` when given; the lowest first.
 */
export function listLowStock(db: Kysely<DB>, threshold: number | undefined, limit: number, after: [number, number, number] | null) {
  const limitOf = threshold === undefined ? sql`p.low_stock_threshold` : sql`${threshold}::int`;
  const cond = after ? sql`where (s.stock_quantity, s.product_id, coalesce(s.variant_id, 0)) > (${after[0]}::int, ${after[1]}::int, ${after[2]}::int)` : sql``;
  return sql<LowStockRow>`select * from (
      select p.id as product_id, null::int as variant_id, p.name, p.sku, p.stock_quantity, ${limitOf} as threshold
      from products p where p.deleted_at is null and not p.has_variants and p.stock_quantity <= ${limitOf}
      union all
      select p.id, v.id, p.name || ' / ' || v.name, v.sku, v.stock_quantity, ${limitOf}
      from product_variants v join products p on p.id = v.product_id
      where p.deleted_at is null and v.is_active and v.stock_quantity <= ${limitOf}
    ) s ${cond}
    order by s.stock_quantity, s.product_id, coalesce(s.variant_id, 0) limit ${limit + 1}`
    .execute(db)
    .then((r) => r.rows);
}
