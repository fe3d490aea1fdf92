import { type EmbedOptions, OpenRouter } from '../clients/openrouter';
import { createSupabaseRest } from '../clients/supabase';
import type { Env } from '../lib/env';
import type { Timing } from '../lib/timing';
import type { JobQueue } from './jobs';
import { VectorStore } from './vector-store';

/** How long each dependency may take: the query path degrades early, indexing can wait. */
export interface SearchBudget {
  embed: EmbedOptions;
  supabaseTimeoutMs: number;
}

/** A user is waiting: one attempt each, then answer from keyword search alone. */
export const QUERY_BUDGET: SearchBudget = { embed: { timeoutMs: 2_500, retries: 0 }, supabaseTimeoutMs: 2_000 };
/** Queue consumer and reindex script: retry transient failures, tolerate slow batches. */
export const INDEXING_BUDGET: SearchBudget = { embed: { timeoutMs: 30_000, retries: 2, maxDelayMs: 5_000 }, supabaseTimeoutMs: 30_000 };

/**
 * Search's outside dependencies for one request (or one queue batch): OpenRouter embeddings,
 * the Supabase vector store and the indexing queue. Clients are built on first use, so requests
 * that never search pay nothing for them.
 */
export class SearchService {
  private embedder: OpenRouter | null | undefined;
  private store: VectorStore | null | undefined;

  constructor(
    private readonly env: Env,
    /** The queue binding; null where the Worker has none (scripts, misconfigured deploys). */
    readonly queue: JobQueue | null,
    private readonly timing: Timing,
    readonly budget: SearchBudget = QUERY_BUDGET,
  ) {}

  get model(): string {
    return this.env.EMBEDDING_MODEL;
  }

  /** The OpenRouter client, or null when no key is configured. */
  get embeddings(): OpenRouter | null {
    if (this.embedder === undefined) {
      const { OPEN_ROUTER_API_KEY: apiKey, OPEN_ROUTER_BASE_URL: baseUrl } = this.env;
      this.embedder = apiKey ? new OpenRouter({ apiKey, baseUrl, model: this.model }, this.timing) : null;
    }
    return this.embedder;
  }

  /** The Supabase vector store, or null when Supabase is not configured. */
  get vectors(): VectorStore | null {
    if (this.store === undefined) {
      const { SUPABASE_URL: url, SUPABASE_API_KEY: apiKey } = this.env;
      this.store = url && apiKey ? new VectorStore(createSupabaseRest({ url, apiKey, timeoutMs: this.budget.supabaseTimeoutMs }, this.timing)) : null;
    }
    return this.store;
  }

  /** Semantic search needs both; without either, search is keyword-only by configuration. */
  get semanticConfigured(): boolean {
    return Boolean(this.env.OPEN_ROUTER_API_KEY && this.env.SUPABASE_URL && this.env.SUPABASE_API_KEY);
  }
}

/** The request's search service; `bindings` is where the Worker's queue binding lives. */
export function createSearch(env: Env, bindings: Record<string, unknown>, timing: Timing, budget?: SearchBudget): SearchService {
  const queue = bindings.SEARCH_QUEUE as JobQueue | undefined;
  return new SearchService(env, queue ?? null, timing, budget);
}
