// Only PostgREST (`from`, `rpc`) is imported, not supabase-js's createClient: the Worker never uses
// auth, storage, functions or realtime-js, and createClient bundles them all (the Worker measured
// 330 KiB gzipped with it, 279 KiB without). These are the classes supabase-js's from()/rpc() use.
import { PostgrestClient } from '@supabase/postgrest-js';
import { ApiError } from '../lib/errors';
import type { Timing } from '../lib/timing';

/** One row of `product_embeddings` (migrations/supabase/0001_product_embeddings.ts). */
export interface EmbeddingRow {
  product_id: number;
  content: string;
  content_hash: string;
  model: string;
  /** JS numbers in; pgvector text ("[0.1,...]") out, as PostgREST returns it. */
  embedding: number[] | string;
}

/** The part of the Supabase schema the Worker touches, for typed `from()` and `rpc()`. */
export interface VectorDatabase {
  public: {
    Tables: {
      product_embeddings: {
        Row: EmbeddingRow & { id: number; created_at: string; updated_at: string };
        Insert: EmbeddingRow;
        Update: Partial<EmbeddingRow>;
        Relationships: [];
      };
    };
    Views: Record<string, never>;
    Functions: {
      search_products: {
        Args: { query_embedding: number[]; similarity_threshold: number; match_count: number };
        Returns: { product_id: number; similarity: number }[];
      };
    };
  };
}

export type SupabaseRest = PostgrestClient<VectorDatabase>;

export interface SupabaseConfig {
  url: string;
  apiKey: string;
  /** Per request; an expired request fails with status 0 and a TimeoutError message. */
  timeoutMs: number;
}

/**
 * A PostgREST client for the Supabase project, authenticated with the service key. Its fetch applies
 * the timeout and times every request under `search` in Server-Timing. PostgREST's own retries are
 * off: the query path would rather degrade than wait, and the indexing queue retries whole batches.
 */
export function createSupabaseRest(config: SupabaseConfig, timing: Timing): SupabaseRest {
  const timedFetch: typeof fetch = (input, init) =>
    timing.measure('search', async () => {
      try {
        return await fetch(input, { ...init, signal: AbortSignal.timeout(config.timeoutMs) });
      } catch (err) {
        if (err instanceof Error && err.name === 'TimeoutError') {
          throw Object.assign(new Error(`Supabase did not answer within ${config.timeoutMs} ms`), { name: 'TimeoutError' });
        }
        throw err;
      }
    });
  return new PostgrestClient<VectorDatabase>(`${config.url.replace(/\/+$/, '')}/rest/v1`, {
    headers: { apikey: config.apiKey, Authorization: `Bearer ${config.apiKey}` },
    fetch: timedFetch,
    retry: false,
  });
}

interface PostgrestFailure {
  message: string;
  code?: string;
}

/** Turns a PostgREST `{error, status}` into the API's error type; status 0 means no HTTP answer. */
export function supabaseError(what: string, error: PostgrestFailure, status: number): ApiError {
  const details = { dependency: 'supabase', status, ...(error.code ? { code: error.code } : {}) };
  if (status === 0) {
    return error.message.startsWith('TimeoutError')
      ? new ApiError('upstream_timeout', 504, `Supabase timed out (${what})`, details)
      : new ApiError('upstream_unavailable', 503, `Supabase is unreachable (${what}): ${error.message.split('\n')[0]}`, details);
  }
  if (status === 401 || status === 403) return new ApiError('upstream_auth_failed', 503, `Supabase refused the key (${what})`, details);
  if (status === 429) return new ApiError('rate_limited', 429, `Supabase rate limit (${what})`, details);
  if (status >= 500) return new ApiError('upstream_unavailable', 503, `Supabase failed (${what}): ${error.message}`, details);
  // 4xx: a missing function or table (migrations not applied) or a bad request; retrying cannot help.
  return new ApiError('upstream_rejected', 502, `Supabase rejected ${what}: ${error.message}`, details);
}
