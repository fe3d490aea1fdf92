import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { DB, Role } from '../schema';

// The admin's customer lists; searches use the prefix indexes of migration 0017.

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export const CUSTOMER_COLUMNS = ['id', 'email', 'first_name', 'last_name', 'role', 'is_active', 'is_verified', 'last_login', 'created_at'] as const;

/** One page of accounts, newest first, plus one row to tell whether another page follows. */
export function listCustomers(
  db: Kysely<DB>,
  f: { q?: string; role?: Role; is_active?: boolean },
  limit: number,
  after: [string, number] | null,
) {
  let q = db.selectFrom('users').select([...CUSTOMER_COLUMNS, sql<string>`created_at::text`.as('created_at_key')]);
  const where: Expression<SqlBool>[] = [];
  if (f.q) {
    const p = `${escapeLike(f.q.toLowerCase())}%`;
    where.push(sql`(lower(email) like ${p} or lower(first_name) like ${p} or lower(last_name) like ${p})`);
  }
  if (f.role) where.push(sql`role = ${f.role}`);
  if (f.is_active !== undefined) where.push(sql`is_active = ${f.is_active}`);
  if (after) where.push(sql`(created_at, id) < (${after[0]}::timestamptz, ${after[1]}::int)`);
  for (const w of where) q = q.where(w);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
}

/** An account with its order count, what it has paid per currency and its last order. */
export function findCustomer(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('users as u')
    .select([
      'u.id', 'u.email', 'u.first_name', 'u.last_name', 'u.role', 'u.is_active', 'u.is_verified', 'u.last_login', 'u.created_at', 'u.phone',
      sql<number>`(select count(*)::int from orders o where o.user_id = u.id and o.status <> 'cancelled')`.as('order_count'),
      sql<{ currency: string; minor: string }[]>`(select coalesce(jsonb_agg(jsonb_build_object('currency', s.currency, 'minor', s.minor::text) order by s.currency), '[]'::jsonb)
        from (select trim(o.currency) as currency, sum(o.total_amount_cents) as minor from orders o
              where o.user_id = u.id and o.payment_status = 'paid' group by trim(o.currency)) s)`.as('spend'),
      sql<{ id: number; order_number: string; status: string; created_at: string } | null>`(select jsonb_build_object('id', o.id,
        'order_number', o.order_number, 'status', o.status, 'created_at', o.created_at)
        from orders o where o.user_id = u.id order by o.created_at desc, o.id desc limit 1)`.as('last_order'),
    ])
    .where('u.id', '=', id)
    .executeTakeFirst();
}
