import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: what the indexing's embedding calls cost, beside the query embeddings that search_daily (0024_a) counts.
// search_indexing_embeddings holds one row per product embedding made, keyed by what was embedded (product, version,
// content hash, model; a forced rebuild adds its run), with its share of the call's tokens and cost: a redelivered
// queue message that embeds the same product version again meets the key and counts nothing. search_indexing_daily
// sums them per UTC day and source ('queue' or 'reindex'), written in the same statement as the log rows it counts.

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table search_indexing_embeddings (
      key text primary key,
      day date not null,
      source text not null check (source in ('queue', 'reindex')),
      product_id integer not null,
      tokens integer not null check (tokens >= 0),
      cost_usd numeric(20, 10) not null check (cost_usd >= 0),
      created_at timestamptz not null default now()
    )`,
    `create table search_indexing_daily (
      day date not null,
      source text not null check (source in ('queue', 'reindex')),
      embeddings integer not null default 0,
      tokens bigint not null default 0,
      cost_usd numeric(20, 10) not null default 0,
      primary key (day, source)
    )`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, ['drop table search_indexing_daily', 'drop table search_indexing_embeddings']);
}
