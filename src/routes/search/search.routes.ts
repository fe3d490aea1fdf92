import { createRoute } from '@hono/zod-openapi';
import { errorResponse, jsonResponse, responseHeaders } from '../../lib/openapi';
import { optionalBearerSecurity, optionalUser } from '../../middleware/auth';
import { market } from '../../middleware/market';
import { SearchQuery, SearchResults, SuggestQuery, Suggestions } from '../../schemas/search';

export const searchProducts = createRoute({
  method: 'get',
  path: '/api/search/products',
  tags: ['Search'],
  summary: 'Find products by meaning and by keyword (hybrid ranking)',
  description:
    'Vector candidates (OpenRouter embeddings, Supabase pgvector) and full-text candidates (Neon) fused by ' +
    'reciprocal rank fusion, with the list filters. When semantic search is unavailable the answer comes from ' +
    'keyword search alone and `meta.mode` is `keyword`; it is never a 500 for that reason.',
  middleware: [optionalUser(), market()] as const,
  security: optionalBearerSecurity,
  request: { query: SearchQuery },
  responses: {
    200: jsonResponse(SearchResults, 'Matching listed products, best first, priced in the market', 'Cache-Control', 'X-Market', 'Vary'),
    401: errorResponse('A bearer token was sent but is invalid or expired (`unauthenticated`)'),
    422: errorResponse('Bad query parameters: `q` must be 1-200 characters after trimming, `limit` at most 50, `threshold` 0-1; an unknown market'),
  },
});

export const suggest = createRoute({
  method: 'get',
  path: '/api/search/suggest',
  tags: ['Search'],
  summary: 'Typeahead: popular queries, categories, brands and products for what has been typed, typos forgiven',
  request: { query: SuggestQuery },
  responses: {
    200: jsonResponse(Suggestions, 'At most `limit` suggestions with the spans to highlight (cached like the catalogue)', 'ETag', 'Cache-Control'),
    304: { description: 'Not modified (If-None-Match matched the ETag)', headers: responseHeaders('ETag', 'Cache-Control') },
    422: errorResponse('`q` must be 1-100 characters after trimming; `limit` 1-10'),
  },
});
