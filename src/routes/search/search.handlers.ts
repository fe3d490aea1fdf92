import type { RouteHandler } from '@hono/zod-openapi';
import { background } from '../../lib/background';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../../lib/http-cache';
import { describeMarket } from '../../markets/market';
import { priceBound } from '../../markets/currency';
import type { AppEnv } from '../../lib/types';
import { recordSearch } from '../../search/indexing';
import { runSearch } from '../../search/query';
import type * as routes from './search.routes';

export const searchProducts: RouteHandler<typeof routes.searchProducts, AppEnv> = async (c) => {
  const started = performance.now();
  const { q, limit, threshold, facets, market: _requested, ...query } = c.req.valid('query');
  const { currency } = c.get('market');
  const filters = {
    currency,
    category: query.category,
    minCents: priceBound(query.min_price, currency, 'min_price'),
    maxCents: priceBound(query.max_price, currency, 'max_price'),
    inStock: query.in_stock,
  };
  const run = await runSearch(c.get('services'), { q, filters, limit, threshold, facets });
  const tookMs = Math.round(performance.now() - started);

  background(c, 'fill search caches', run.persist());
  recordSearch(c, {
    query: q,
    filters: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>,
    result_count: run.data.length,
    mode: run.mode,
    cached: run.cached,
    latency_ms: tookMs,
    embedding_tokens: run.usage?.promptTokens ?? 0,
    embedding_cost_usd: run.usage?.cost ?? 0,
  });
  // A degraded answer should not outlive the outage in browsers and CDNs.
  c.header('Cache-Control', run.degraded ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL);
  return c.json({ data: run.data, meta: { mode: run.mode, took_ms: tookMs, market: describeMarket(c.get('market')) }, ...(run.facets ? { facets: run.facets } : {}) }, 200);
};
