import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the full-text indexes write straight into their trees. With GIN's fast update, new entries wait in
// a pending list that every search reads in full until a vacuum merges it: after 100k products were loaded
// it held ~4,000 products' entries, and a search of "wireless speaker" spent a third of its time there.
// Catalogue writes are few next to searches, so each write pays for its entries instead.

const INDEXES = ['products_list_search_idx', 'products_search_idx'];

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, INDEXES.flatMap((i) => [`alter index ${i} set (fastupdate = off)`, `select gin_clean_pending_list('${i}')`]));
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, INDEXES.map((i) => `alter index ${i} reset (fastupdate)`));
}
