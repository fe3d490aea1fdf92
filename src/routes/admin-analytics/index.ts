import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import * as q from '../../db/queries/analytics';
import { createRouter } from '../../lib/create-app';
import { errorResponse, jsonResponse } from '../../lib/openapi';
import type { AppEnv } from '../../lib/types';
import { toDecimal } from '../../markets/currency';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { SalesQuery, SalesReport, SearchAnalyticsQuery, SearchReport, TopProductsQuery, TopReport } from '../../schemas/analytics';

// Admin only: store analytics, read from rollups kept in the same transactions as the orders (migration 0017_b)
// and as the search log (migration 0024_a). Days are UTC.
const tags = ['Analytics (admin)'];
const badQuery = errorResponse('A bad range or filter (`validation_failed`)');

const sales = createRoute({
  method: 'get',
  path: '/api/admin/analytics/sales',
  tags,
  summary: 'Orders, revenue, refunds, average order value, units and new vs returning customers, per period and currency',
  description: 'Revenue is the order totals of orders not cancelled, on the day they were placed; refunds count on the day of the refund.',
  ...guardedBy('admin'),
  request: { query: SalesQuery },
  responses: { 200: jsonResponse(SalesReport, 'One bucket per period and currency with sales'), ...roleErrors, 422: badQuery },
});

const topProducts = createRoute({
  method: 'get',
  path: '/api/admin/analytics/top-products',
  tags,
  summary: 'Best sellers by units or revenue, per product or per category',
  description: 'Revenue is the lines’ totals after their discount share, in `currency` (required to rank by revenue).',
  ...guardedBy('admin'),
  request: { query: TopProductsQuery },
  responses: { 200: jsonResponse(TopReport, 'The ranking'), ...roleErrors, 422: badQuery },
});

const search = createRoute({
  method: 'get',
  path: '/api/admin/analytics/search',
  tags,
  summary: 'Top and zero-result queries, the keyword-fallback rate, and embedding tokens and cost per day (queries and indexing)',
  description:
    'Queries are compared lower-cased with their spaces collapsed. Embedding figures are what OpenRouter reported: for the searches’ query embeddings, and for the product embeddings made while indexing (queue consumer and reindex script), each product version counted once.',
  ...guardedBy('admin'),
  request: { query: SearchAnalyticsQuery },
  responses: { 200: jsonResponse(SearchReport, 'The report'), ...roleErrors, 422: badQuery },
});

const onSales: RouteHandler<typeof sales, AppEnv> = async (c) => {
  const { from, to, interval } = c.req.valid('query');
  const rows = await q.salesReport(c.var.services.db.db, from, to, interval);
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      interval,
      data: rows.map((r) => ({
        period: r.period,
        currency: r.currency,
        orders: r.orders,
        revenue: toDecimal(r.revenue, r.currency),
        refunds: toDecimal(r.refunds, r.currency),
        refunded_orders: r.refunded_orders,
        average_order_value: r.orders > 0 ? toDecimal(BigInt(r.revenue) / BigInt(r.orders), r.currency) : 0,
        units: r.units,
        new_customer_orders: r.new_customer_orders,
        returning_customer_orders: r.returning_customer_orders,
      })),
    },
    200,
  );
};

const onTop: RouteHandler<typeof topProducts, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const rows = await q.topSellers(c.var.services.db.db, query);
  c.header('Cache-Control', 'no-store');
  return c.json({ data: rows.map((r) => ({ ...r, units: Number(r.units), revenue: r.revenue === null || !r.currency ? null : toDecimal(r.revenue, r.currency) })) }, 200);
};

const onSearch: RouteHandler<typeof search, AppEnv> = async (c) => {
  const { from, to, limit } = c.req.valid('query');
  const r = await q.searchReport(c.var.services.db.db, from, to, limit);
  const n = r.totals.searches;
  const days = r.embedding.map((e) => ({
    day: e.day,
    tokens: Number(e.tokens),
    cost_usd: Number(e.cost_usd),
    indexing_tokens: Number(e.indexing_tokens),
    indexing_cost_usd: Number(e.indexing_cost_usd),
  }));
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      searches: n,
      keyword_fallback_rate: n ? r.totals.keyword / n : 0,
      zero_result_rate: n ? r.totals.zero / n : 0,
      top_queries: r.top.map((t) => ({ query: t.query, searches: t.searches, average_results: Number(t.average_results) })),
      zero_result_queries: r.zero,
      embedding_by_day: days,
      embedding_totals: {
        tokens: days.reduce((n, d) => n + d.tokens, 0),
        cost_usd: sumUsd(r.embedding.map((e) => e.cost_usd)),
        indexing_tokens: days.reduce((n, d) => n + d.indexing_tokens, 0),
        indexing_cost_usd: sumUsd(r.embedding.map((e) => e.indexing_cost_usd)),
      },
    },
    200,
  );
};

/** Decimal USD amounts (10 places, as Neon keeps them) added without float drift. */
function sumUsd(amounts: string[]): number {
  return amounts.reduce((units, a) => units + Math.round(Number(a) * 1e10), 0) / 1e10;
}

const adminAnalytics = createRouter().openapi(sales, onSales).openapi(topProducts, onTop).openapi(search, onSearch);

export default adminAnalytics;
