import { createDatabase } from '../db/client';
import { insertSearchQueries } from '../db/queries/search';
import { type Env, loadEnv, secretValues } from '../lib/env';
import { ApiError } from '../lib/errors';
import { createLogger, describeError, type Logger } from '../lib/logger';
import { Timing } from '../lib/timing';
import type { Bindings } from '../lib/types';
import { indexProducts } from './indexing';
import { parseJob, type SearchJob } from './jobs';
import { createSearch, INDEXING_BUDGET } from './service';

// Redelivery delay after a failure: 10 s, 20 s, 40 s ... capped at 10 minutes. After max_retries
// (wrangler.toml) the platform moves the message to the dead-letter queue.
const BASE_DELAY_S = 10;
const MAX_DELAY_S = 600;

type Entry<T extends SearchJob['type']> = { msg: Message<unknown>; job: Extract<SearchJob, { type: T }> };

/** Consumer of the search queue: index jobs become embeddings, query jobs analytics rows. */
export async function handleSearchQueue(batch: MessageBatch<unknown>, bindings: Bindings): Promise<void> {
  let env: Env;
  try {
    env = loadEnv(bindings);
  } catch (err) {
    createLogger({ queue: batch.queue }).error('search queue: invalid configuration, batch retried', describeError(err));
    return batch.retryAll({ delaySeconds: MAX_DELAY_S });
  }
  const log = createLogger({ queue: batch.queue }, secretValues(env));
  const index: Entry<'index'>[] = [];
  const queries: Entry<'query'>[] = [];
  for (const msg of batch.messages) {
    const job = parseJob(msg.body);
    // A body this consumer cannot read will never become readable: drop it rather than retry it.
    if (!job) log.warn('search queue: unreadable message dropped', { message_id: msg.id });
    if (!job) msg.ack();
    else if (job.type === 'index') index.push({ msg, job });
    else queries.push({ msg, job });
  }

  const timing = new Timing();
  const db = createDatabase(env, timing).db;
  const search = createSearch(env, bindings, timing, INDEXING_BUDGET);
  await Promise.all([
    settle(index, log, 'indexing', async () => {
      const embeddings = search.embeddings;
      const vectors = search.vectors;
      if (!embeddings || !vectors) {
        log.warn('search queue: semantic search not configured, index jobs dropped', { messages: index.length });
        return;
      }
      const ids = [...new Set(index.map((e) => e.job.product_id))];
      const stats = await indexProducts({ db, embeddings, vectors, source: 'queue' }, ids);
      // What indexing cost, as OpenRouter billed it (recorded per product version for the search report).
      log.info('search indexing batch', {
        products: ids.length,
        embedded: stats.embedded,
        unchanged: stats.unchanged,
        deleted: stats.deleted,
        prompt_tokens: stats.promptTokens,
        cost_usd: stats.costUsd,
        model: embeddings.model,
      });
    }),
    settle(queries, log, 'search analytics', () => insertSearchQueries(db, queries.map((e) => e.job.record))),
  ]);
}

/** Runs `work` for a group of messages: all acked on success, all retried with backoff on failure. */
async function settle(entries: { msg: Message<unknown> }[], log: Logger, what: string, work: () => Promise<void>): Promise<void> {
  if (entries.length === 0) return;
  try {
    await work();
    for (const e of entries) e.msg.ack();
  } catch (err) {
    const attempts = Math.max(...entries.map((e) => e.msg.attempts));
    for (const e of entries) e.msg.retry({ delaySeconds: retryDelay(e.msg.attempts, err) });
    log.warn(`search queue: ${what} failed, retrying`, { messages: entries.length, attempts, ...describeError(err) });
  }
}

/** Exponential backoff per delivery attempt (1-based); a rate limit's Retry-After is honoured. */
export function retryDelay(attempts: number, err: unknown): number {
  const backoff = Math.min(MAX_DELAY_S, BASE_DELAY_S * 2 ** Math.max(0, attempts - 1));
  const retryAfter = err instanceof ApiError ? Number(err.headers?.['Retry-After']) : Number.NaN;
  return Number.isFinite(retryAfter) ? Math.min(MAX_DELAY_S, Math.max(backoff, Math.ceil(retryAfter))) : backoff;
}
