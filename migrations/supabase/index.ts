import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_product_embeddings';

/** The Supabase database's migrations (pgvector side of search), by name, in run order. */
export const supabaseMigrations: Record<string, Migration> = {
  '0001_product_embeddings': m0001,
};
