import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { OpenRouter } from '../clients/openrouter';
import type { EmbeddingRow } from '../clients/supabase';
import { findIndexable, type IndexingEmbedding, type IndexingSource, insertSearchQueries, recordIndexingEmbeddings } from '../db/queries/search';
import type { DB } from '../db/schema';
import { background } from '../lib/background';
import { type Clock, systemClock } from '../lib/clock';
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
  embeddings: Pick<OpenRouter, 'model' | 'embed'>;
  vectors: Pick<VectorStore, 'hashes' | 'upsert' | 'remove'>;
  /** Who embeds, for the cost report: the queue consumer unless said otherwise. */
  source?: IndexingSource;
  /** A forced rebuild's run id: its re-embeddings of unchanged content are new calls, counted once per run. */
  run?: string;
  /** The day an embedding call is counted on (UTC). */
  clock?: Clock;
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
  const keys: string[] = [];
  listed.forEach((p, i) => {
    const have = stored.get(p.id);
    if (!force && have && have.hash === hashes[i] && have.model === model) stats.unchanged += 1;
    else {
      pending.push({ product_id: p.id, content: contents[i]!, content_hash: hashes[i]!, model, embedding: [] });
      keys.push(`${deps.run ? `${deps.run}:` : ''}${p.id}:${p.version}:${hashes[i]}:${model}`);
    }
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
    // Recorded before the vectors are written: a retry after a failed write re-embeds under the same keys and
    // counts nothing, where recording after the write could lose the call (the retry would find it unchanged).
    const day = new Date((deps.clock ?? systemClock)()).toISOString().slice(0, 10);
    const shares = splitUsage(out.usage.promptTokens, out.usage.cost, chunk.length);
    await recordIndexingEmbeddings(
      deps.db,
      chunk.map((row, k) => ({ key: keys[i + k]!, day, source: deps.source ?? 'queue', product_id: row.product_id, ...shares[k]! })),
    );
  }
  await Promise.all([deps.vectors.upsert(pending), deps.vectors.remove(gone)]);
  stats.embedded = pending.length;
  stats.deleted = gone.length;
  return stats;
}

const COST_SCALE = 1e10; // numeric(20, 10) in Neon

/**
 * One call's tokens and cost in `n` shares that add up to exactly the call's (cost to 10 decimal places): one
 * request embeds many products, and each product's share is what a redelivery of its message must not count again.
 */
export function splitUsage(tokens: number, cost: number, n: number): Pick<IndexingEmbedding, 'tokens' | 'cost_usd'>[] {
  const units = Math.round(Math.max(0, cost) * COST_SCALE);
  const share = (total: number, k: number) => Math.floor(total / n) + (k < total % n ? 1 : 0);
  return Array.from({ length: n }, (_, k) => {
    const u = share(units, k);
    return { tokens: share(Math.max(0, tokens), k), cost_usd: `${Math.floor(u / COST_SCALE)}.${String(u % COST_SCALE).padStart(10, '0')}` };
  });
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
