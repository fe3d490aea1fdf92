import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/db/schema';

/**
 * The demo collections: "Staff picks" (manual: the first in-stock product of each category, in
 * category order) and "Under $50" (automatic: in stock, at most $50). Safe to re-run; answers how
 * many were created.
 */
export async function seedCollections(db: Kysely<DB>): Promise<number> {
  const picks = await db
    .insertInto('collections')
    .values({ handle: 'staff-picks', title: 'Staff picks', description: 'One favourite from every shelf, chosen by the team.', kind: 'manual', position: 0, seo_title: 'Staff picks' })
    .onConflict((oc) => oc.column('handle').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (picks) {
    await sql`
      insert into collection_products (collection_id, product_id, position)
      select ${picks.id}, id, (row_number() over (order by category, id) - 1)::int
      from (select distinct on (category) id, category from products
            where is_active and deleted_at is null and stock_quantity > 0 and category is not null
            order by category, id) firsts
      on conflict do nothing`.execute(db);
  }
  const under = await db
    .insertInto('collections')
    .values({ handle: 'under-50', title: 'Under $50', description: 'Good things that leave change from fifty dollars.', kind: 'automatic', rules: JSON.stringify({ max_price: 50, in_stock: true }), position: 1 })
    .onConflict((oc) => oc.column('handle').doNothing())
    .returning('id')
    .executeTakeFirst();
  return Number(Boolean(picks)) + Number(Boolean(under));
}
