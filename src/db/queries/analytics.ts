import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

// Reports over the rollups of migrations 0017_b (one row per day and currency) and 0022_c (per product and
// week or month, and currency) and over search_queries (its created_at index bounds the window).

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

/** The sales report's statement (the bench plans it as sent). */
export function salesStatement(from: string, to: string, interval: 'day' | 'week' | 'month') {
  return sql<SalesRow>`select to_char(date_trunc(${interval}, day::timestamp), 'YYYY-MM-DD') as period, trim(currency) as currency,
      sum(orders)::int as orders, sum(revenue)::text as revenue, sum(refunds)::text as refunds, sum(refunded_orders)::int as refunded_orders,
      sum(units)::int as units, sum(new_customer_orders)::int as new_customer_orders, sum(returning_customer_orders)::int as returning_customer_orders
    from sales_daily where day between ${from}::date and ${to}::date
    group by 1, 2 order by 1, 2`;
}

export function salesReport(db: Kysely<DB>, from: string, to: string, interval: 'day' | 'week' | 'month') {
  return salesStatement(from, to, interval).execute(db).then((r) => r.rows);
}

export interface TopRow {
  product_id: number | null;
  name: string;
  currency: string | null;
  units: number;
  revenue: string | null;
}

export interface TopQuery {
  from: string;
  to: string;
  by: 'revenue' | 'units';
  group: 'product' | 'category';
  currency?: string;
  limit: number;
}

export function topSellers(db: Kysely<DB>, q: TopQuery) {
  return topSellersStatement(q).execute(db).then((r) => r.rows);
}

/** The ranking's statement (the bench plans it as sent): whole months, whole weeks and edge days of the range. */
export function topSellersStatement(q: TopQuery) {
  const b = periodBuckets(q.from, q.to);
  // Units over every currency live under 'XXX' (migration 0022_c), days included; one currency's days are product_sales_daily's.
  const currency = q.currency ?? 'XXX';
  const days = q.currency
    ? sql`select product_id, units, revenue from product_sales_daily where day = any(${b.d}::date[]) and currency = ${currency}`
    : sql`select product_id, units, revenue from product_sales_periods where grain = 'd' and period = any(${b.d}::date[]) and currency = ${currency}`;
  const periods = (['y', 'q', 'm', 'w'] as const).filter((g) => b[g].length > 0);
  const rows = sql.join(
    [
      ...periods.map((g) => sql`select product_id, units, revenue from product_sales_periods where grain = ${g} and period = any(${b[g]}::date[]) and currency = ${currency}`),
      ...(b.d.length ? [days] : []),
    ],
    sql` union all `,
  );
  const order = q.by === 'revenue' ? sql`sum(s.revenue) desc` : sql`sum(s.units) desc`;
  const revenue = q.currency ? sql`sum(s.revenue)::text` : sql`null::text`;
  const shown = q.currency ? sql`${q.currency}::text` : sql`null::text`;
  const perProduct = sql`select s.product_id, sum(s.units) as units, sum(s.revenue) as revenue from (${rows}) s group by s.product_id`;
  if (q.group === 'product') {
    // Ranked before the names are joined: the join reads `limit` products, not every one that sold.
    return sql<TopRow>`select s.product_id, coalesce(p.name, '#' || s.product_id) as name, ${shown} as currency, s.units::int as units,
        ${q.currency ? sql`s.revenue::text` : sql`null::text`} as revenue
      from (${perProduct} having sum(s.units) > 0 order by ${order}, 1 limit ${q.limit}) s left join products p on p.id = s.product_id
      order by ${q.by === 'revenue' ? sql`s.revenue` : sql`s.units`} desc, 1`;
  }
  return sql<TopRow>`select null::int as product_id, coalesce(p.category, 'Uncategorised') as name, ${shown} as currency,
      sum(s.units)::int as units, ${revenue} as revenue
    from (${perProduct}) s join products p on p.id = s.product_id
    group by 2 having sum(s.units) > 0 order by ${order}, 2 limit ${q.limit}`;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Calendar periods, coarsest first: each starts where a multiple of `months` months starts. */
const CALENDAR = [
  { grain: 'y', months: 12 },
  { grain: 'q', months: 3 },
  { grain: 'm', months: 1 },
] as const;
export type Buckets = Record<'y' | 'q' | 'm' | 'w' | 'd', string[]>;

/**
 * Splits the UTC days from..to (inclusive) into whole years, then whole quarters and months of what is left,
 * then whole ISO weeks (Monday first), then single days: every day lands in exactly one bucket.
 */
export function periodBuckets(from: string, to: string): Buckets {
  const out: Buckets = { y: [], q: [], m: [], w: [], d: [] };
  split(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`), 0, out);
  return out;
}

function split(a: number, b: number, level: number, out: Buckets): void {
  if (a > b) return;
  const cal = CALENDAR[level];
  if (!cal) return weeksAndDays(a, b, out);
  const d = new Date(a);
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const startOf = (n: number) => Date.UTC(Math.floor(n / 12), n % 12, 1);
  // The first period starting on or after a.
  let n = Math.ceil(months / cal.months) * cal.months;
  if (startOf(n) < a) n += cal.months;
  const first = startOf(n);
  let cursor = first;
  while (startOf(n + cal.months) - DAY <= b) {
    out[cal.grain].push(iso(startOf(n)));
    n += cal.months;
    cursor = startOf(n);
  }
  if (cursor === first) return split(a, b, level + 1, out);
  split(a, first - DAY, level + 1, out);
  split(cursor, b, level + 1, out);
}

function weeksAndDays(a: number, b: number, out: Buckets): void {
  let c = a;
  for (let w = a + ((8 - new Date(a).getUTCDay()) % 7) * DAY; w + 6 * DAY <= b; w += 7 * DAY) {
    for (; c < w; c += DAY) out.d.push(iso(c));
    out.w.push(iso(w));
    c = w + 7 * DAY;
  }
  for (; c <= b; c += DAY) out.d.push(iso(c));
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
