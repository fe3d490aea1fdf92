import { ApiError } from '../lib/errors';
import type { Timing } from '../lib/timing';

/** Width of `product_embeddings.embedding`; every model used must produce (or be cut to) this. */
export const EMBEDDING_DIMENSIONS = 1536;

export interface OpenRouterConfig {
  apiKey: string;
  /** https://openrouter.ai/api/v1 in production; the stand-in locally. */
  baseUrl: string;
  model: string;
}

export interface EmbedOptions {
  /** Per attempt, including reading the body. */
  timeoutMs?: number;
  /** Further attempts after a 429, 408, 5xx, timeout or network failure. */
  retries?: number;
  /** Longest wait between attempts; a longer Retry-After ends the retries (the caller decides). */
  maxDelayMs?: number;
}

export interface EmbeddingUsage {
  promptTokens: number;
  /** USD, as OpenRouter reports it in `usage.cost` (0 when absent). */
  cost: number;
}

export interface Embeddings {
  /** One vector per input, in input order. */
  vectors: number[][];
  usage: EmbeddingUsage;
}

interface WireError {
  error?: { code?: number | string; message?: string; metadata?: { provider_name?: string } };
}

interface WireEmbeddings extends WireError {
  data?: { index: number; embedding: number[] }[];
  usage?: { prompt_tokens?: number; cost?: number };
}

const DEFAULTS: Required<EmbedOptions> = { timeoutMs: 10_000, retries: 2, maxDelayMs: 5_000 };
const BASE_DELAY_MS = 250;
const RETRYABLE = new Set(['rate_limited', 'upstream_unavailable', 'upstream_timeout']);

/**
 * OpenRouter's OpenAI-compatible embeddings endpoint. Each call is timed under `embed` in
 * Server-Timing, and the running `usage` totals let callers report what embedding cost.
 */
export class OpenRouter {
  /** Totals over this client's successful calls. */
  readonly usage = { requests: 0, inputs: 0, promptTokens: 0, cost: 0 };

  constructor(
    readonly config: OpenRouterConfig,
    private readonly timing: Timing,
  ) {}

  get model(): string {
    return this.config.model;
  }

  /** Embeds `inputs` in one request (OpenRouter takes an array), retrying transient failures. */
  async embed(inputs: string[], options: EmbedOptions = {}): Promise<Embeddings> {
    const opts = { ...DEFAULTS, ...options };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(inputs, opts.timeoutMs);
      } catch (err) {
        if (!(err instanceof ApiError) || !RETRYABLE.has(err.code) || attempt >= opts.retries) throw err;
        const retryAfter = parseRetryAfter(err.headers?.['Retry-After']);
        const delay = retryAfter ?? BASE_DELAY_MS * 2 ** attempt * (1 + Math.random() / 2);
        if (delay > opts.maxDelayMs) throw err;
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  private async once(inputs: string[], timeoutMs: number): Promise<Embeddings> {
    // The text-embedding-3 models are trained to be shortened; others refuse `dimensions`.
    const body = { model: this.model, input: inputs, ...(/text-embedding-3/.test(this.model) ? { dimensions: EMBEDDING_DIMENSIONS } : {}) };
    const { status, headers, text } = await this.timing.measure('embed', async () => {
      try {
        const res = await fetch(`${this.config.baseUrl.replace(/\/+$/, '')}/embeddings`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${this.config.apiKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        return { status: res.status, headers: res.headers, text: await res.text() };
      } catch (err) {
        const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
        throw timedOut
          ? new ApiError('upstream_timeout', 504, `OpenRouter did not answer within ${timeoutMs} ms`, { dependency: 'openrouter' })
          : new ApiError('upstream_unavailable', 503, 'OpenRouter is unreachable', { dependency: 'openrouter', reason: (err as Error).message });
      }
    });
    let parsed: WireEmbeddings = {};
    try {
      parsed = JSON.parse(text) as WireEmbeddings;
    } catch {
      // Gateways in front of OpenRouter answer some failures with HTML; the status still says what happened.
    }
    // OpenRouter can also answer 200 with an error body when the provider fails after routing.
    if (status >= 400 || parsed.error) {
      const code = Number(parsed.error?.code);
      throw upstreamError(status >= 400 ? status : Number.isInteger(code) && code >= 400 ? code : 502, parsed.error, headers.get('Retry-After'));
    }
    return this.toEmbeddings(parsed, inputs.length);
  }

  private toEmbeddings(parsed: WireEmbeddings, count: number): Embeddings {
    const data = [...(parsed.data ?? [])].sort((a, b) => a.index - b.index);
    if (data.length !== count) {
      throw new ApiError('upstream_rejected', 502, `OpenRouter returned ${data.length} embeddings for ${count} inputs`, { dependency: 'openrouter' });
    }
    const width = data[0]?.embedding.length ?? EMBEDDING_DIMENSIONS;
    if (width !== EMBEDDING_DIMENSIONS || data.some((d) => d.embedding.length !== width)) {
      throw new ApiError('upstream_rejected', 502, `${this.model} returned ${width}-dimension vectors; search stores ${EMBEDDING_DIMENSIONS}`, {
        dependency: 'openrouter',
      });
    }
    const usage = { promptTokens: parsed.usage?.prompt_tokens ?? 0, cost: parsed.usage?.cost ?? 0 };
    this.usage.requests += 1;
    this.usage.inputs += count;
    this.usage.promptTokens += usage.promptTokens;
    this.usage.cost += usage.cost;
    return { vectors: data.map((d) => d.embedding), usage };
  }
}

/** OpenRouter's `{"error": {code, message, metadata}}` as one of the API's error codes. */
function upstreamError(status: number, error: WireError['error'], retryAfter: string | null): ApiError {
  const message = error?.message ?? `HTTP ${status}`;
  const details = { dependency: 'openrouter', status, ...(error?.metadata?.provider_name ? { provider: error.metadata.provider_name } : {}) };
  if (status === 429) {
    return new ApiError('rate_limited', 429, `OpenRouter rate limit: ${message}`, details, retryAfter ? { 'Retry-After': retryAfter } : undefined);
  }
  if (status === 401 || status === 403) return new ApiError('upstream_auth_failed', 503, `OpenRouter refused the key: ${message}`, details);
  if (status === 402) return new ApiError('upstream_quota_exceeded', 503, `OpenRouter credits exhausted: ${message}`, details);
  if (status === 408) return new ApiError('upstream_timeout', 504, `OpenRouter timed out: ${message}`, details);
  if (status >= 500) return new ApiError('upstream_unavailable', 503, `OpenRouter failed: ${message}`, details);
  // 400 (bad input), 404 (unknown model), 413: retrying the same request cannot help.
  return new ApiError('upstream_rejected', 502, `OpenRouter rejected the request: ${message}`, details);
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
