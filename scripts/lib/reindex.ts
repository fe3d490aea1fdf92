import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { createDatabase } from '../../src/db/client';
import { productIdsAfter } from '../../src/db/queries/search';
import type { Env } from '../../src/lib/env';
import { hexDigest } from '../../src/lib/hash';
import { Timing } from '../../src/lib/timing';
import { addStats, emptyStats, type IndexStats, indexProducts } from '../../src/search/indexing';
import { createSearch, INDEXING_BUDGET } from '../../src/search/service';

export interface ReindexOptions {
  /** Products per page (one embeddings request, one upsert). */
  batch: number;
  /** Re-embed everything, even unchanged content (after a model or content-format change). */
  force: boolean;
  /** Ignore a saved checkpoint and start from the first product. */
  restart: boolean;
  checkpointFile: string;
  onProgress?: (p: ReindexProgress) => void;
}

export interface ReindexProgress extends IndexStats {
  done: number;
  total: number;
  /** Embeddings of products that no longer exist, removed. */
  orphans: number;
}

interface Checkpoint {
  target: string;
  force: boolean;
  /** A forced run's id, kept across resumes: its embeddings are counted once per run (migration 0025_a). */
  run?: string;
  lastId: number;
  progress: ReindexProgress;
}

/**
 * Walks the catalogue in id order and brings every product's embedding up to date, through the same
 * Neon HTTP, OpenRouter and Supabase clients as the Worker's queue consumer. Idempotent (unchanged
 * content is skipped by hash, writes are upserts), and resumable: after each page the last product id
 * is saved, and a later run for the same databases and model continues from there.
 */
export async function reindex(env: Env, opts: ReindexOptions): Promise<ReindexProgress> {
  const timing = new Timing();
  const db = createDatabase(env, timing).db;
  const search = createSearch(env, {}, timing, INDEXING_BUDGET);
  const embeddings = search.embeddings;
  const vectors = search.vectors;
  if (!embeddings || !vectors) throw new Error('Semantic search is not configured: set OPEN_ROUTER_API_KEY, SUPABASE_URL and SUPABASE_API_KEY');

  // A checkpoint only applies to the same Neon database, Supabase project and model.
  const neon = new URL(env.NEON_PSQL_URL);
  const target = await hexDigest('SHA-256', `${neon.host}${neon.pathname}|${env.SUPABASE_URL}|${embeddings.model}`);
  const saved = !opts.restart ? readCheckpoint(opts.checkpointFile) : null;
  const resume = saved && saved.target === target && saved.force === opts.force ? saved : null;

  const { total } = await db.selectFrom('products').select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  let lastId = resume?.lastId ?? 0;
  const run = opts.force ? (resume?.run ?? `reindex-${crypto.randomUUID()}`) : undefined;
  let progress: ReindexProgress = resume ? { ...resume.progress, total } : { ...emptyStats(), done: 0, total, orphans: 0 };
  opts.onProgress?.(progress);
  for (;;) {
    const ids = await productIdsAfter(db, lastId, opts.batch);
    const upTo = ids.at(-1) ?? null;
    // Embeddings whose product row is gone altogether (hard deletes) sit between the pages' ids.
    const [stats, stored] = await Promise.all([indexProducts({ db, embeddings, vectors, source: 'reindex', run }, ids, opts.force), vectors.idsBetween(lastId, upTo)]);
    const present = new Set(ids);
    const orphans = stored.filter((id) => !present.has(id));
    await vectors.remove(orphans);
    progress = { ...addStats(progress, stats), done: progress.done + ids.length, total, orphans: progress.orphans + orphans.length };
    if (ids.length > 0 || orphans.length > 0) opts.onProgress?.(progress);
    if (upTo === null) break;
    lastId = upTo;
    writeCheckpoint(opts.checkpointFile, { target, force: opts.force, run, lastId, progress });
  }
  rmSync(opts.checkpointFile, { force: true });
  return progress;
}

function readCheckpoint(file: string): Checkpoint | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  } catch {
    return null; // a torn write: start over, which is safe because reindexing is idempotent
  }
}

function writeCheckpoint(file: string, checkpoint: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(checkpoint));
}

/** `[#####-----]  50%  500/1000 products · 120 embedded · ...`, for a terminal line. */
export function progressLine(p: ReindexProgress, width = 24): string {
  const share = p.total === 0 ? 1 : Math.min(1, p.done / p.total);
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const removed = p.deleted + p.orphans;
  return `${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${p.done}/${p.total} products · ${p.embedded} embedded · ${p.unchanged} unchanged · ${removed} removed · ${p.promptTokens} tokens · $${p.costUsd.toFixed(6)}`;
}
