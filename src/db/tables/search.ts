import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json } from './columns';

// Search: the query log and the indexing embeddings' usage.

export interface SearchQueriesTable {
  id: Generated<number>;
  query: string;
  filters: Json<Record<string, unknown>>;
  result_count: number;
  mode: 'hybrid' | 'keyword';
  cached: Generated<boolean>;
  latency_ms: number;
  embedding_tokens: Generated<number>;
  /** numeric: read as string. */
  embedding_cost_usd: ColumnType<string, number | string | undefined, number | string>;
  created_at: CreatedAt;
}

/** One product embedding made while indexing, keyed by what was embedded (migration 0025_a). */
export interface SearchIndexingEmbeddingsTable {
  key: string;
  day: ColumnType<string, string, never>;
  source: 'queue' | 'reindex';
  product_id: number;
  tokens: number;
  /** numeric: read as string. */
  cost_usd: ColumnType<string, number | string, never>;
  created_at: CreatedAt;
}

/** Indexing embeddings per UTC day and source, written with the log rows they count (migration 0025_a). */
export interface SearchIndexingDailyTable {
  day: ColumnType<string, string, never>;
  source: 'queue' | 'reindex';
  embeddings: number;
  tokens: ColumnType<string, number | string, number | string>;
  cost_usd: ColumnType<string, number | string, number | string>;
}
