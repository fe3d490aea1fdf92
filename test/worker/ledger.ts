import { sql } from 'kysely';
import { testDb } from './db';

/**
 * Stock items of `productIds` whose stock differs from the sum of their movements: products without
 * variants by their own movements, variants by theirs. Empty when the ledger holds.
 */
export async function ledgerMismatches(productIds: number[]) {
  const { rows } = await sql<{ product_id: number; variant_id: number | null; stock: number; ledger: number }>`
    select p.id as product_id, null::int as variant_id, p.stock_quantity as stock,
      coalesce((select sum(m.delta) from inventory_movements m where m.product_id = p.id and m.variant_id is null), 0)::int as ledger
    from products p where p.id = any(${productIds}::int[]) and not p.has_variants
    union all
    select v.product_id, v.id, v.stock_quantity,
      coalesce((select sum(m.delta) from inventory_movements m where m.variant_id = v.id), 0)::int
    from product_variants v where v.product_id = any(${productIds}::int[])`.execute(testDb());
  return rows.filter((r) => Number(r.stock) !== Number(r.ledger));
}
