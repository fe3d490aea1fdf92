import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the relevance sort reads a text query's matches from facet_products. With a brand, category, tag,
// stock or featured filter, the matching kinds' ids narrow the full-text matches in the indexes (a BitmapAnd),
// so only the rows under every filter are read.

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, ['create index facet_products_kind_idx on facet_products (kind)', 'analyze facet_products']);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, ['drop index facet_products_kind_idx']);
}
