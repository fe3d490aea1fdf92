import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { OpenRouter } from '../clients/openrouter';
import type { EmbeddingRow } from '../clients/supabase';
import { findIndexable, insertSearchQueries } from '../db/queries/search';
import type { DB } from '../db/schema';
import { background } from '../lib/background';
import type { AppEnv } from '../lib/types';
import { contentHash, embeddingContent } from './content';
import type { JobQueue, SearchJob, SearchQueryRecord } from './jobs';
import type { VectorStore } from './vector-store';

// Queue.sendBatch takes at most 100 messages.
const SEND_CHUNK = 100;
// Inputs per embeddings request: large enough to amortise the round trip, small enough that one
// slow or failed request costs little to retry.
const EMBED_CHUNK = 64;

async function send(queue: JobQueue, jobs: SearchJob[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += SEND_CHUNK) {
    await queue.sendBatch(jobs.slice(i, i + SEND_CHUNK).map((body) => ({ body })));
  }
}

/**
 * Schedules (re)indexing of products after a create, update or delete: one queue message per
 * product, sent after the response. The consumer reads each product's current state, so any
 * write (and any number of writes) to a product needs just this call.
 */
export function enqueueProductIndexing(c: Context<AppEnv>, productIds: number[]): void {
  const ids = [...new Set(productIds)].filter((id) => Number.isInteger(id) && id > 0);
  if (ids.length === 0) return;
  const { search, log } = c.var.services;
  if (!search.queue) {
    log.warn('search queue not bound: products not reindexed (run npm run search:reindex)', { product_ids: ids });
    return;
  }
  background(c, 'enqueue search indexing', send(search.queue, ids.map((product_id) => ({ type: 'index', product_id }))));
}

/**
 * Records a search for analytics after the response. Through the queue, rows reach Neon in batches
 * (one INSERT per queue batch) instead of one round trip per search; without a queue, directly.
 */
export function recordSearch(c: Context<AppEnv>, record: SearchQueryRecord): void {
  const { search, db } = c.var.services;
  const work = search.queue ? search.queue.send({ type: 'query', record }) : insertSearchQueries(db.db, [record]);
  background(c, 'record search', work);
}

export interface IndexDeps {
  db: Kysely<DB>;
  embeddings: OpenRouter;
  vectors: VectorStore;
}

export interface IndexStats {
  embedded: number;
  /** Content unchanged since the stored embedding (same hash, same model): no embedding call. */
  unchanged: number;
  deleted: number;
  promptTokens: number;
  costUsd: number;
}

/** Zero counts, to add batches into. */
export const emptyStats = (): IndexStats => ({ embedded: 0, unchanged: 0, deleted: 0, promptTokens: 0, costUsd: 0 });

/**
 * Brings the embeddings of `ids` in line with the catalogue: listed products with new content are
 * embedded (in batches) and upserted, unchanged ones skipped, and unlisted or missing ones deleted.
 * Idempotent, so a retried or repeated batch converges on the same state. `force` re-embeds all.
 */
export async function indexProducts(deps: IndexDeps, ids: number[], force = false): Promise<IndexStats> {
  const stats = emptyStats();
  if (ids.length === 0) return stats;
  const model = deps.embeddings.model;
  // Neon and Supabase do not depend on each other here: ask both at once.
  const [products, stored] = await Promise.all([findIndexable(deps.db, ids), deps.vectors.hashes(ids)]);

  const listed = products.filter((p) => p.listed);
  const contents = listed.map(embeddingContent);
  const hashes = await Promise.all(contents.map(contentHash));
  const pending: EmbeddingRow[] = [];
  listed.forEach((p, i) => {
    const have = stored.get(p.id);
    if (!force && have && have.hash === hashes[i] && have.model === model) stats.unchanged += 1;
    else pending.push({ product_id: p.id, content: contents[i]!, content_hash: hashes[i]!, model, embedding: [] });
  });
  const keep = new Set(listed.map((p) => p.id));
  // Only what Supabase actually holds: deleting nothing would still be a round trip.
  const gone = ids.filter((id) => !keep.has(id) && stored.has(id));

  for (let i = 0; i < pending.length; i += EMBED_CHUNK) {
    const chunk = pending.slice(i, i + EMBED_CHUNK);
    const out = await deps.embeddings.embed(chunk.map((r) => r.content));
    chunk.forEach((row, k) => (row.embedding = out.vectors[k]!));
    stats.promptTokens += out.usage.promptTokens;
    stats.costUsd += out.usage.cost;
  }
  await Promise.all([deps.vectors.upsert(pending), deps.vectors.remove(gone)]);
  stats.embedded = pending.length;
  stats.deleted = gone.length;
  return stats;
}

/** Adds `b` into `a` (for totals across batches). */
export function addStats(a: IndexStats, b: IndexStats): IndexStats {
  return {
    embedded: a.embedded + b.embedded,
    unchanged: a.unchanged + b.unchanged,
    deleted: a.deleted + b.deleted,
    promptTokens: a.promptTokens + b.promptTokens,
    costUsd: a.costUsd + b.costUsd,
  };
}
