import { type EmbeddingRow, type SupabaseRest, supabaseError } from '../clients/supabase';

export interface VectorMatch {
  product_id: number;
  similarity: number;
}

export interface StoredHash {
  hash: string;
  model: string;
}

// Rows per upsert request: 50 vectors of 1536 floats is about 1 MB of JSON.
const UPSERT_CHUNK = 50;
// PostgREST caps a read at db-max-rows (1000 on Supabase), so id listings page at that size.
const PAGE = 1000;

/** The `product_embeddings` table and `search_products` function, through PostgREST. */
export class VectorStore {
  constructor(private readonly rest: SupabaseRest) {}

  /** The `count` nearest products above `threshold`, most similar first (the HNSW path). */
  async nearest(embedding: number[], threshold: number, count: number): Promise<VectorMatch[]> {
    const { data, error, status } = await this.rest.rpc('search_products', {
      query_embedding: embedding,
      similarity_threshold: threshold,
      match_count: count,
    });
    if (error) throw supabaseError('search_products', error, status);
    return data ?? [];
  }

  /** The stored content hash and model of each of `ids` that has an embedding. */
  async hashes(ids: number[]): Promise<Map<number, StoredHash>> {
    const out = new Map<number, StoredHash>();
    if (ids.length === 0) return out;
    const { data, error, status } = await this.rest.from('product_embeddings').select('product_id, content_hash, model').in('product_id', ids);
    if (error) throw supabaseError('reading content hashes', error, status);
    for (const row of data ?? []) out.set(row.product_id, { hash: row.content_hash, model: row.model });
    return out;
  }

  /** Inserts or replaces embeddings by product_id (PostgREST `on_conflict`). */
  async upsert(rows: EmbeddingRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
      const { error, status } = await this.rest.from('product_embeddings').upsert(rows.slice(i, i + UPSERT_CHUNK), { onConflict: 'product_id' });
      if (error) throw supabaseError('upserting embeddings', error, status);
    }
  }

  async remove(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    const { error, status } = await this.rest.from('product_embeddings').delete().in('product_id', ids);
    if (error) throw supabaseError('deleting embeddings', error, status);
  }

  /** Product ids with an embedding in (after, upTo], or above `after` when `upTo` is null. */
  async idsBetween(after: number, upTo: number | null): Promise<number[]> {
    const ids: number[] = [];
    for (let from = after; ; ) {
      let q = this.rest.from('product_embeddings').select('product_id').gt('product_id', from);
      if (upTo !== null) q = q.lte('product_id', upTo);
      const { data, error, status } = await q.order('product_id').limit(PAGE);
      if (error) throw supabaseError('listing embeddings', error, status);
      const page = (data ?? []).map((r) => r.product_id);
      ids.push(...page);
      if (page.length < PAGE) return ids;
      from = page.at(-1)!;
    }
  }
}
