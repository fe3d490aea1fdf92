import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { DB, DiscountsTable } from '../schema';

export type DiscountRow = Selectable<DiscountsTable> & { now: Date };

const COLUMNS = [
  'id', 'code', 'kind', 'description', 'percent_off', 'amount_off_cents', 'min_subtotal_cents', 'starts_at', 'ends_at',
  'usage_limit', 'usage_count', 'per_customer_limit', 'is_active', 'created_at', 'updated_at',
] as const;
const now = sql<Date>`now()`.as('now');

export function insertDiscount(db: Kysely<DB>, values: Insertable<DiscountsTable>) {
  return db.insertInto('discounts').values(values).returning([...COLUMNS, now]).executeTakeFirstOrThrow() as Promise<DiscountRow>;
}

export function updateDiscount(db: Kysely<DB>, id: number, patch: Updateable<DiscountsTable>) {
  return db.updateTable('discounts').set(patch).where('id', '=', id).returning([...COLUMNS, now]).executeTakeFirst() as Promise<DiscountRow | undefined>;
}

export function findDiscount(db: Kysely<DB>, id: number) {
  return db.selectFrom('discounts').select([...COLUMNS, now]).where('id', '=', id).executeTakeFirst() as Promise<DiscountRow | undefined>;
}

/** Newest first; `q` is the start of a code (codes are upper case). */
export function listDiscounts(db: Kysely<DB>, f: { q?: string; is_active?: boolean }, limit: number, afterId: number | null) {
  let q = db.selectFrom('discounts').select([...COLUMNS, now]);
  if (f.q) q = q.where('code', 'like', `${f.q.toUpperCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  if (f.is_active !== undefined) q = q.where('is_active', '=', f.is_active);
  if (afterId) q = q.where('id', '<', afterId);
  return q.orderBy('id', 'desc').limit(limit + 1).execute() as Promise<DiscountRow[]>;
}
