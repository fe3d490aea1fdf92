import { type RawBuilder, sql } from 'kysely';

/**
 * A stock level a write left. `version` is the product row's version after the write (a variant's
 * stock change updates its product's row too), so a product's levels order themselves as they committed.
 */
export interface StockLevel {
  product_id: number;
  variant_id: number | null;
  stock_quantity: number;
  version: number;
}

/**
 * The levels (`[{product_id, variant_id, stock_quantity}]` as jsonb) with their versions: select it in the
 * same statement as the write, after it (as `with r as materialized (select write(...) as result) select
 * ..., ${stockLevels(sql`r.result->'stock'`)} from r`), so it reads the rows the write left (migration 0015).
 */
export const stockLevels = (levels: RawBuilder<unknown>) => sql<StockLevel[]>`catalog_stock_levels(${levels})`;
