import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

// Reports over the rollups of migration 0017_b (one row per day and currency, or per day, product and
// currency) and over search_queries (its created_at index bounds the window).

export interface SalesRow {
  period: string;
  currency: string;
  orders: number;
  revenue: string;
  refunds: string;
  refunded_orders: number;
  units: number;
  new_customer_orders: number;
  returning_customer_orders: number;
}

export function salesReport(db: Kysely<DB>, from: string, to: string, interval: 'day' | 'week' | 'month') {
  return sql<SalesRow>`select to_char(date_trunc(${interval}, day::timestamp), 'YYYY-MM-DD') as period, trim(currency) as currency,
      sum(orders)::int as orders, sum(revenue)::text as revenue, sum(refunds)::text as refunds, sum(refunded_orders)::int as refunded_orders,
      sum(units)::int as units, sum(new_customer_orders)::int as new_customer_orders, sum(returning_customer_orders)::int as returning_customer_orders
    from sales_daily where day between ${from}::date and ${to}::date
    group by 1, 2 order by 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

export interface TopRow {
  product_id: number | null;
  name: string;
  currency: string | null;
  units: number;
  revenue: string | null;
}

export function topSellers(
  db: Kysely<DB>,
  q: { from: string; to: string; by: 'revenue' | 'units'; group: 'product' | 'category'; currency?: string; limit: number },
) {
  const inRange = sql`s.day between ${q.from}::date and ${q.to}::date ${q.currency ? sql`and s.currency = ${q.currency}` : sql``}`;
  const key = q.group === 'product' ? sql`s.product_id` : sql`coalesce(p.category, 'Uncategorised')`;
  const order = q.by === 'revenue' ? sql`sum(s.revenue) desc` : sql`sum(s.units) desc`;
  return sql<TopRow>`select ${q.group === 'product' ? sql`s.product_id` : sql`null::int`} as product_id,
      ${q.group === 'product' ? sql`min(p.name)` : key} as name,
      ${q.currency ? sql`${q.currency}::text` : sql`null::text`} as currency,
      sum(s.units)::int as units, ${q.currency ? sql`sum(s.revenue)::text` : sql`null::text`} as revenue
    from product_sales_daily s join products p on p.id = s.product_id
    where ${inRange}
    group by ${key} having sum(s.units) > 0 order by ${order}, 1 limit ${q.limit}`
    .execute(db)
    .then((r) => r.rows);
}

const NORMALISED = sql`lower(regexp_replace(trim(query), '\\s+', ' ', 'g'))`;

export async function searchReport(db: Kysely<DB>, from: string, to: string, limit: number) {
  const window = sql`created_at >= ${from}::date and created_at < ${to}::date + 1`;
  const [totals, top, zero, embedding] = await Promise.all([
    sql<{ searches: number; keyword: number; zero: number }>`select count(*)::int as searches, count(*) filter (where mode = 'keyword')::int as keyword,
      count(*) filter (where result_count = 0)::int as zero from search_queries where ${window}`.execute(db),
    sql<{ query: string; searches: number; average_results: string }>`select ${NORMALISED} as query, count(*)::int as searches,
      round(avg(result_count), 2)::text as average_results from search_queries where ${window} group by 1 order by 2 desc, 1 limit ${limit}`.execute(db),
    sql<{ query: string; searches: number }>`select ${NORMALISED} as query, count(*)::int as searches
      from search_queries where ${window} and result_count = 0 group by 1 order by 2 desc, 1 limit ${limit}`.execute(db),
    sql<{ day: string; tokens: number; cost_usd: string }>`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day,
      sum(embedding_tokens)::int as tokens, sum(embedding_cost_usd)::text as cost_usd from search_queries where ${window} group by 1 order by 1`.execute(db),
  ]);
  return { totals: totals.rows[0]!, top: top.rows, zero: zero.rows, embedding: embedding.rows };
}
