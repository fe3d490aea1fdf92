import { createExecutionContext, createMessageBatch, getQueueResult, type QueueResult } from 'cloudflare:test';
import worker from '../../src/index';
import type { SearchJob } from '../../src/search/jobs';
import { testDb } from './db';
import { testEnv, unique } from './helpers';

// Arranging search tests: products written straight into Neon (no demo data, no catalog routes), then
// indexed through the real pipeline: the Worker's own queue handler, fed a message batch.

export interface SearchProductSpec {
  name: string;
  category: string;
  description?: string;
  brand?: string;
  tags?: string[];
  alt_texts?: string[];
  price_cents?: number;
  stock?: number;
  is_active?: boolean;
}

/** Inserts a product (and one image per alt text); returns its id. */
export async function insertProduct(spec: SearchProductSpec): Promise<number> {
  const db = testDb();
  const sku = unique('SRCH-').toUpperCase();
  const { id } = await db
    .insertInto('products')
    .values({
      name: spec.name,
      slug: sku.toLowerCase(),
      sku,
      description: spec.description ?? null,
      brand: spec.brand ?? null,
      category: spec.category,
      tags: spec.tags ?? [],
      meta_keywords: [],
      price_cents: spec.price_cents ?? 2500,
      stock_quantity: spec.stock ?? 5,
      is_active: spec.is_active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const alts = spec.alt_texts ?? [];
  if (alts.length > 0) {
    await db
      .insertInto('product_images')
      .values(alts.map((alt_text, i) => ({ product_id: id, url: `https://example.test/${sku}-${i}.jpg`, alt_text, is_primary: i === 0, position: i })))
      .execute();
  }
  return id;
}

let batchNo = 0;

/** Runs the Worker's queue handler on index jobs for `ids`; `env` may point at other stand-ins. */
export async function runIndexBatch(ids: number[], env: Record<string, unknown> = testEnv, attempts = 1): Promise<QueueResult> {
  batchNo += 1;
  const messages = ids.map((product_id, i) => ({
    id: `search-test-${batchNo}-${i}`,
    timestamp: new Date(),
    attempts,
    body: { type: 'index', product_id } satisfies SearchJob,
  }));
  const batch = createMessageBatch('search-jobs', messages);
  // The plugin's result does not keep retry options; record the delays the consumer asked for.
  const delays: Record<string, number | undefined> = {};
  for (const message of batch.messages) {
    const retry = message.retry.bind(message);
    message.retry = (options) => {
      delays[message.id] = options?.delaySeconds;
      retry(options);
    };
  }
  const ctx = createExecutionContext();
  await (worker as ExportedHandler<Record<string, unknown>>).queue!(batch, env, ctx);
  const result = await getQueueResult(batch, ctx);
  return { ...result, retryMessages: result.retryMessages.map((m) => ({ ...m, delaySeconds: delays[m.msgId] })) };
}

/** Indexes `ids` and fails the test unless every message was acknowledged. */
export async function indexNow(ids: number[], env?: Record<string, unknown>): Promise<void> {
  const result = await runIndexBatch(ids, env);
  if (result.retryMessages.length > 0 || result.explicitAcks.length !== ids.length) {
    throw new Error(`indexing did not complete: ${JSON.stringify(result)}`);
  }
}

export interface SearchBody {
  data: ({ id: number; name: string; score: number; match: 'semantic' | 'keyword' | 'both' } & Record<string, unknown>)[];
  meta: { mode: 'hybrid' | 'keyword'; took_ms: number };
}

/** The search URL for a query and extra parameters. */
export function searchPath(q: string, params: Record<string, string | number | boolean> = {}): string {
  const qs = new URLSearchParams({ q, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/api/search/products?${qs}`;
}
