/**
 * The embedding models the stand-in serves, with OpenRouter's slugs and OpenAI's published widths and
 * prices, plus their entries for `GET /api/v1/embeddings/models`.
 */

export interface EmbeddingModel {
  id: string;
  name: string;
  dimensions: number;
  /** Only the text-embedding-3 family accepts `dimensions` (Matryoshka-trained); ada-002 refuses it. */
  shortenable: boolean;
  /** USD per million input tokens, as OpenAI prices it (OpenRouter passes it through). */
  usdPerMillionTokens: number;
  /** Release date, for the listing's `created` (Unix seconds). */
  created: number;
}

/** Per input; OpenAI refuses longer texts rather than truncating them. */
export const MAX_INPUT_TOKENS = 8192;
/** Inputs per request, OpenAI's limit for the embeddings endpoint. */
export const MAX_INPUTS = 2048;

export const MODELS: readonly EmbeddingModel[] = [
  {
    id: 'openai/text-embedding-3-small',
    name: 'OpenAI: Text Embedding 3 Small',
    dimensions: 1536,
    shortenable: true,
    usdPerMillionTokens: 0.02,
    created: 1706140800,
  },
  {
    id: 'openai/text-embedding-3-large',
    name: 'OpenAI: Text Embedding 3 Large',
    dimensions: 3072,
    shortenable: true,
    usdPerMillionTokens: 0.13,
    created: 1706140800,
  },
  {
    id: 'openai/text-embedding-ada-002',
    name: 'OpenAI: Text Embedding Ada 002',
    dimensions: 1536,
    shortenable: false,
    usdPerMillionTokens: 0.1,
    created: 1671062400,
  },
];

export function findModel(id: string): EmbeddingModel | undefined {
  return MODELS.find((m) => m.id === id);
}

/** Cost in USD of `tokens` input tokens; rounded to 12 places so sums do not show float noise. */
export function costOf(model: EmbeddingModel, tokens: number): number {
  return Number(((tokens * model.usdPerMillionTokens) / 1_000_000).toFixed(12));
}

/** One entry of the models listing, with every field @openrouter/sdk's Model schema requires. */
function listingEntry(m: EmbeddingModel) {
  return {
    id: m.id,
    canonical_slug: m.id,
    name: m.name,
    created: m.created,
    description: `${m.name} (served by the local stand-in's lexical hashing model).`,
    context_length: MAX_INPUT_TOKENS,
    architecture: {
      modality: 'text->embeddings',
      input_modalities: ['text'],
      output_modalities: ['embeddings'],
      tokenizer: 'Other',
    },
    // OpenRouter prices are strings of USD per token.
    pricing: { prompt: (m.usdPerMillionTokens / 1_000_000).toFixed(12).replace(/0+$/, ''), completion: '0' },
    top_provider: { context_length: MAX_INPUT_TOKENS, max_completion_tokens: null, is_moderated: false },
    per_request_limits: null,
    default_parameters: null,
    supported_parameters: [],
    supported_voices: null,
    links: { details: `/api/v1/models/${m.id}/endpoints` },
  };
}

/** The `GET /embeddings/models` page for `offset`/`limit`, with `links.next` when more remain. */
export function listingPage(offset: number, limit: number) {
  const data = MODELS.slice(offset, offset + limit).map(listingEntry);
  const nextOffset = offset + data.length;
  const next = nextOffset < MODELS.length ? `/api/v1/embeddings/models?offset=${nextOffset}&limit=${limit}` : null;
  return { data, links: { next }, total_count: MODELS.length };
}
