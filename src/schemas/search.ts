import { z } from '@hono/zod-openapi';
import { normalizeText } from '../search/content';
import { Text } from './common';
import { MarketInfo, MarketParam } from './markets';
import { Money } from './money';
import { FacetCounts, FacetsParam } from './product-list';
import { ProductSummary } from './products';

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Default similarity floor for vector candidates; text-embedding-3-small puts unrelated texts near 0.1. */
export const DEFAULT_THRESHOLD = 0.2;

export const SearchQuery = z
  .object({
    // Normalised before the length check, so "  a  " is 1 character and a 200-space query is empty.
    q: z
      .string()
      .transform((s) => normalizeText(s).toLowerCase())
      .pipe(z.string().min(1, 'must be 1-200 characters after trimming').max(200, 'must be 1-200 characters after trimming'))
      .openapi({ description: 'What to look for, in words; 1-200 characters after trimming', example: 'laptop bag' }),
    category: Text(100).optional(),
    min_price: z.coerce.number().pipe(Money).optional(),
    max_price: z.coerce.number().pipe(Money).optional(),
    in_stock: boolParam.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    threshold: z.coerce
      .number()
      .min(0)
      .max(1)
      .default(DEFAULT_THRESHOLD)
      .openapi({ description: 'Minimum cosine similarity of semantic candidates (0-1)' }),
    market: MarketParam.optional(),
    facets: FacetsParam.optional().openapi({ description: 'Comma-separated facets to count over the keyword matches: category, brand, tags, price, in_stock' }),
  })
  .strict()
  .refine((q) => q.min_price === undefined || q.max_price === undefined || q.min_price <= q.max_price, {
    path: ['min_price'],
    message: 'must not exceed max_price',
  });
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = ProductSummary.extend({
  score: z.number().openapi({ description: 'Reciprocal rank fusion score: higher is better; comparable within one response' }),
  match: z.enum(['semantic', 'keyword', 'both']).openapi({ description: 'Which ranking found the product' }),
}).openapi('SearchHit');
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResults = z
  .object({
    data: z.array(SearchHit),
    meta: z.object({
      mode: z.enum(['hybrid', 'keyword']).openapi({ description: '`keyword` when semantic search is off or unavailable' }),
      took_ms: z.number().int(),
      market: MarketInfo,
    }),
    facets: FacetCounts.optional(),
  })
  .openapi('SearchResults');
export type SearchResults = z.infer<typeof SearchResults>;

export const SuggestQuery = z
  .object({
    q: z
      .string()
      .transform((s) => normalizeText(s).toLowerCase())
      .pipe(z.string().min(1, 'must be 1-100 characters after trimming').max(100, 'must be 1-100 characters after trimming'))
      .openapi({ description: 'What has been typed so far (from the first character); the last word is a prefix', example: 'wirel' }),
    limit: z.coerce.number().int().min(1).max(10).default(10),
  })
  .strict();
export type SuggestQuery = z.infer<typeof SuggestQuery>;

export const Suggestion = z
  .object({
    type: z.enum(['query', 'category', 'brand', 'product']),
    text: z.string(),
    slug: z.string().nullable().openapi({ description: 'The category or product slug; null for brands and queries' }),
    highlights: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .openapi({ description: 'Spans of `text` that match what was typed (UTF-16 offsets, end exclusive)' }),
  })
  .openapi('Suggestion', { example: { type: 'product', text: 'Portable Wireless Speaker', slug: 'portable-wireless-speaker', highlights: [{ start: 9, end: 14 }] } });
export type Suggestion = z.infer<typeof Suggestion>;

export const Suggestions = z
  .object({ data: z.array(Suggestion).openapi({ description: 'At most `limit`: popular queries, categories, brands, then products' }) })
  .openapi('Suggestions');
