/** One search request, as recorded in `search_queries` for analytics. */
export interface SearchQueryRecord {
  query: string;
  filters: Record<string, string | number | boolean>;
  result_count: number;
  mode: 'hybrid' | 'keyword';
  cached: boolean;
  latency_ms: number;
  embedding_tokens: number;
  embedding_cost_usd: number;
}

/**
 * Messages on the search queue (`SEARCH_QUEUE`, wrangler.toml): a product to (re)index, or a search
 * to record. One message per product, so a retry or a dead letter concerns exactly one product.
 */
export type SearchJob = { type: 'index'; product_id: number } | { type: 'query'; record: SearchQueryRecord };

/** What producers need of the queue binding (a Worker `Queue<SearchJob>` is one). */
export interface JobQueue {
  send(body: SearchJob): Promise<unknown>;
  sendBatch(messages: Iterable<{ body: SearchJob }>): Promise<unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Checks a message body from the queue; null for anything this consumer did not produce. */
export function parseJob(body: unknown): SearchJob | null {
  if (!isRecord(body)) return null;
  if (body.type === 'index') {
    return isCount(body.product_id) && body.product_id > 0 ? { type: 'index', product_id: body.product_id } : null;
  }
  if (body.type === 'query' && isRecord(body.record)) {
    const r = body.record;
    const ok =
      typeof r.query === 'string' &&
      isRecord(r.filters) &&
      isCount(r.result_count) &&
      (r.mode === 'hybrid' || r.mode === 'keyword') &&
      typeof r.cached === 'boolean' &&
      isCount(r.latency_ms) &&
      isCount(r.embedding_tokens) &&
      typeof r.embedding_cost_usd === 'number' &&
      r.embedding_cost_usd >= 0;
    return ok ? { type: 'query', record: r as unknown as SearchQueryRecord } : null;
  }
  return null;
}
