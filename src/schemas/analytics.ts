import { z } from '@hono/zod-openapi';

const Day = z.iso.date().openapi({ example: '2026-11-01' });
const MAX_DAYS = 3 * 366;

const dates = { from: Day.openapi({ description: 'First UTC day, inclusive' }), to: Day.openapi({ description: 'Last UTC day, inclusive' }) };
type Range = { from: string; to: string };
const ordered: [(q: Range) => boolean, { message: string; path: string[] }] = [(q) => q.to >= q.from, { message: 'must not be before from', path: ['to'] }];
const bounded: [(q: Range) => boolean, { message: string; path: string[] }] = [
  (q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_DAYS,
  { message: `at most ${MAX_DAYS} days`, path: ['to'] },
];

export const SalesQuery = z
  .object({ ...dates, interval: z.enum(['day', 'week', 'month']).default('day') })
  .refine(...ordered)
  .refine(...bounded);
export const TopProductsQuery = z
  .object({
  ...dates,
  by: z.enum(['revenue', 'units']).default('units'),
  group: z.enum(['product', 'category']).default('product'),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional().openapi({ description: 'Required to rank by revenue' }),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  })
  .refine(...ordered)
  .refine(...bounded)
  .refine((q) => q.by !== 'revenue' || q.currency !== undefined, { message: 'required to rank by revenue', path: ['currency'] });
export const SearchAnalyticsQuery = z
  .object({ ...dates, limit: z.coerce.number().int().min(1).max(100).default(10) })
  .refine(...ordered)
  .refine(...bounded);

export const SalesBucket = z
  .object({
    period: z.string().openapi({ description: 'The first UTC day of the bucket', example: '2026-11-02' }),
    currency: z.string(),
    orders: z.number().int(),
    revenue: z.number(),
    refunds: z.number(),
    refunded_orders: z.number().int(),
    average_order_value: z.number(),
    units: z.number().int(),
    new_customer_orders: z.number().int(),
    returning_customer_orders: z.number().int(),
  })
  .openapi('SalesBucket');

export const SalesReport = z
  .object({ interval: z.enum(['day', 'week', 'month']), data: z.array(SalesBucket) })
  .openapi('SalesReport', {
    example: {
      interval: 'day',
      data: [{ period: '2026-11-02', currency: 'USD', orders: 12, revenue: 1043.5, refunds: 0, refunded_orders: 0, average_order_value: 86.96, units: 31, new_customer_orders: 7, returning_customer_orders: 5 }],
    },
  });

export const TopEntry = z
  .object({
    product_id: z.number().int().nullable(),
    name: z.string().openapi({ description: 'The product’s name, or the category' }),
    currency: z.string().nullable(),
    units: z.number().int(),
    revenue: z.number().nullable().openapi({ description: 'In `currency`; null when ranking across currencies' }),
  })
  .openapi('TopEntry');

export const TopReport = z
  .object({ data: z.array(TopEntry) })
  .openapi('TopReport', { example: { data: [{ product_id: 42, name: 'Linen shirt', currency: 'USD', units: 31, revenue: 1240 }] } });

const embeddingFigures = {
  tokens: z.number().int().openapi({ description: 'Query embeddings: prompt tokens of the searches’ embeddings (cache hits cost none)' }),
  cost_usd: z.number().openapi({ description: 'Query embeddings: USD, as OpenRouter reported it' }),
  indexing_tokens: z.number().int().openapi({ description: 'Indexing: prompt tokens of the product embeddings made (each product version once)' }),
  indexing_cost_usd: z.number().openapi({ description: 'Indexing: USD, as OpenRouter reported it' }),
};

export const EmbeddingDay = z
  .object({ day: z.string().openapi({ description: 'UTC day', example: '2026-11-02' }), ...embeddingFigures })
  .openapi('EmbeddingDay');

export const EmbeddingTotals = z.object(embeddingFigures).openapi('EmbeddingTotals', { description: 'The days of `embedding_by_day` summed' });

export const SearchReport = z
  .object({
    searches: z.number().int(),
    keyword_fallback_rate: z.number().openapi({ description: 'Share of searches answered by keyword only (0 to 1)' }),
    zero_result_rate: z.number(),
    top_queries: z.array(z.object({ query: z.string(), searches: z.number().int(), average_results: z.number() })),
    zero_result_queries: z.array(z.object({ query: z.string(), searches: z.number().int() })),
    embedding_by_day: z
      .array(EmbeddingDay)
      .openapi({ description: 'Per UTC day with searches or indexing: query-embedding and indexing-embedding tokens and cost' }),
    embedding_totals: EmbeddingTotals,
  })
  .openapi('SearchReport', {
    example: {
      searches: 120,
      keyword_fallback_rate: 0.05,
      zero_result_rate: 0.1,
      top_queries: [{ query: 'linen shirt', searches: 14, average_results: 8.5 }],
      zero_result_queries: [{ query: 'wool socks', searches: 3 }],
      embedding_by_day: [{ day: '2026-11-02', tokens: 1840, cost_usd: 0.0000368, indexing_tokens: 52_300, indexing_cost_usd: 0.001046 }],
      embedding_totals: { tokens: 1840, cost_usd: 0.0000368, indexing_tokens: 52_300, indexing_cost_usd: 0.001046 },
    },
  });
