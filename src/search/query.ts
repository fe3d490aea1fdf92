import type { EmbeddingUsage } from '../clients/openrouter';
import { toSummary } from '../db/queries/product-mappers';
import { type FusedRow, type SearchFilters, searchProducts } from '../db/queries/search';
import { ApiError } from '../lib/errors';
import { hexDigest } from '../lib/hash';
import { requestKey } from '../lib/http-cache';
import { buildPage } from '../catalog/entry';
import { stockId } from '../catalog/keys';
import { type Command, parseValue } from '../clients/upstash';
import { describeError } from '../lib/logger';
import type { Services } from '../lib/types';
import type { SearchHit } from '../schemas/search';
import type { FacetCounts } from '../schemas/product-list';
import type { FacetName } from '../db/queries/facets';
import { toFacetCounts } from '../catalog/facets';

// Candidates taken from each ranking before fusion: deep enough that filters (which Supabase does
// not know about) still leave a full page, small enough for one Supabase answer of ids and floats.
const CANDIDATES = 100;
const RESULT_TTL_S = 60;
// A degraded answer is cached only long enough to spare a dependency in trouble a storm of timeouts.
const DEGRADED_TTL_S = 15;
// A query's embedding depends only on the model and the text; it stays valid until either changes.
const EMBEDDING_TTL_S = 30 * 24 * 3600;

export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  limit: number;
  threshold: number;
  facets?: readonly FacetName[];
}

type Mode = 'hybrid' | 'keyword';

interface CachedResult {
  data: SearchHit[];
  mode: Mode;
  /** Semantic search was configured but failed: the answer is keyword-only. */
  degraded: boolean;
  facets?: FacetCounts;
}

/** Float32 vector as base64: a third of the JSON size, in Redis and on the wire. */
interface StoredEmbedding {
  m: string;
  v: string;
}

export interface SearchRun extends CachedResult {
  cached: boolean;
  /** What embedding the query cost; null when it came from the cache. */
  usage: EmbeddingUsage | null;
  /** Cache fills for after the response; their SETs share one Redis request. */
  persist(): Promise<unknown>;
}

/**
 * The query path. Critical-path round trips: one Redis request (cached result with its versions and
 * stock, and cached query embedding, read together); on a miss, OpenRouter if the embedding was not cached,
 * then Supabase for vector candidates, then one Neon query that ranks keyword candidates, fuses both
 * lists and hydrates the page. Neon waits for Supabase on purpose: fusing and hydrating in the same
 * statement is what keeps it to one database round trip.
 */
export async function runSearch(s: Services, req: SearchRequest): Promise<SearchRun> {
  const { search, catalog, cache, db } = s;
  const semantic = search.semanticConfigured;
  const [resultKey, embeddingKey] = await Promise.all([
    requestKey('search:results', { q: req.q, ...req.filters, limit: req.limit, threshold: req.threshold, model: semantic ? search.model : null, facets: req.facets }),
    semantic ? hexDigest('SHA-256', `${search.model}\n${req.q}`).then((h) => `search:embedding:${h}`) : null,
  ]);
  // One Redis request: the result (versions checked, stock overlaid) and the query's embedding.
  const scope = { inStock: req.filters.inStock !== undefined || Boolean(req.facets?.includes('in_stock')) };
  const lookup = await catalog.lookup(resultKey, scope, embeddingKey ? [['GET', embeddingKey]] : []);
  const stored = embeddingKey ? (parseValue(lookup.also[0]) as StoredEmbedding | null) : null;
  const noWrites = () => Promise.resolve();
  if (lookup.hit) return { ...(JSON.parse(lookup.hit.body) as CachedResult), cached: true, usage: null, persist: noWrites };

  const fills: Command[] = [];
  let semanticIds: number[] = [];
  let mode: Mode = 'keyword';
  let usage: EmbeddingUsage | null = null;
  let degraded = false;
  if (semantic) {
    try {
      let vector = stored?.m === search.model ? decodeVector(stored.v) : null;
      if (!vector) {
        const out = await search.embeddings!.embed([req.q], search.budget.embed);
        const fresh = out.vectors[0]!;
        vector = fresh;
        usage = out.usage;
        fills.push(['SET', embeddingKey!, JSON.stringify({ m: search.model, v: encodeVector(fresh) } satisfies StoredEmbedding), 'EX', EMBEDDING_TTL_S]);
      }
      const matches = await search.vectors!.nearest(vector, req.threshold, CANDIDATES);
      semanticIds = matches.map((m) => m.product_id);
      mode = 'hybrid';
    } catch (err) {
      degraded = true;
      s.timing.describe('search', 'degraded');
      const fields = { dependency: dependencyOf(err), ...describeError(err) };
      // An ApiError is an outage or a misconfiguration of a dependency; anything else is a bug here.
      if (err instanceof ApiError) s.log.warn('semantic search unavailable, answering from keyword search', fields);
      else s.log.error('semantic search failed, answering from keyword search', fields);
    }
  }

  const result = await searchProducts(db.db, req.filters, req.q, semanticIds, CANDIDATES, req.limit, req.facets);
  const raw = (result.rows[0] as { facets?: Parameters<typeof toFacetCounts>[0] } | undefined)?.facets;
  const facets = req.facets ? toFacetCounts(raw ?? {}, req.filters.currency ?? 'USD') : undefined;
  const rows = (result.rows as FusedRow[]).filter((r) => r.id !== null);
  const data = rows.map((r) => toHit(r, req.filters.currency));
  const slots = rows.map((r) => ({ id: stockId(r.id, null), qty: r.stock_quantity, version: r.version, active: true }));
  const page = await buildPage({ data, mode, degraded, ...(facets ? { facets } : {}) } satisfies CachedResult, data, slots);
  const fill = catalog.fillCommand(resultKey, scope, lookup.guard, page, degraded ? DEGRADED_TTL_S : RESULT_TTL_S);
  if (fill) fills.push(fill);
  // The fills share one Redis request.
  return { data, mode, cached: false, degraded, facets, usage, persist: () => (fills.length ? cache.pipeline(fills) : Promise.resolve()) };
}

function toHit(row: FusedRow, currency: string | undefined): SearchHit {
  const { score, keyword, semantic, ...summary } = row;
  return {
    ...toSummary(summary, currency),
    score: Math.round(score * 1e6) / 1e6,
    match: keyword && semantic ? 'both' : semantic ? 'semantic' : 'keyword',
  };
}

function dependencyOf(err: unknown): string {
  const details = err instanceof ApiError ? (err.details as { dependency?: string } | undefined) : undefined;
  return details?.dependency ?? 'search';
}

function encodeVector(vector: number[]): string {
  const bytes = new Uint8Array(Float32Array.from(vector).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function decodeVector(base64: string): number[] | null {
  try {
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return bytes.length % 4 === 0 && bytes.length > 0 ? Array.from(new Float32Array(bytes.buffer)) : null;
  } catch {
    return null; // a corrupt entry is a miss
  }
}
