import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: stock levels come back from a write with their product row's version, so the catalogue cache
// can keep the newest level per product in Redis whatever order the writes' Redis calls arrive in. Every
// stock change updates the product row (a variant's through sync_product_stock), which bumps `version`
// under the row's lock: versions order a product's stock changes as they committed.

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    // Called in the same statement as the function that wrote the stock (after it, as events_in_tx is):
    // volatile, so it reads the rows as that function left them, still locked by this transaction.
    `create function catalog_stock_levels(p_stock jsonb) returns jsonb language plpgsql volatile as $$
    begin
      return (select coalesce(jsonb_agg(s.x || jsonb_build_object('version', p.version) order by s.n), '[]'::jsonb)
        from jsonb_array_elements(coalesce(p_stock, '[]'::jsonb)) with ordinality as s(x, n)
        join products p on p.id = (s.x->>'product_id')::integer);
    end $$`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, ['drop function catalog_stock_levels(jsonb)']);
}
