import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

// Reports over the rollups of migrations 0017_b (one row per day and currency), 0022_c (per product and
// week or month, and currency) and 0024_a (searches per day, and per normalised query and period).

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
  const days = sql`select product_id, units, revenue from product_sales_daily where day = any(${b.d}::date[]) and currency = ${currency}`;
  const periods = (q.currency ? (['y', 'q', 'm', 'w'] as const) : (['y', 'q', 'm', 'w', 'd'] as const)).filter((g) => b[g].length > 0);
  // The periods in one scan of product_sales_periods (a BitmapOr of its key), which is never read in parallel
  // (migration 0027_b): one scan per grain made an Append that the planner ran with parallel workers, whose
  // start-up cost five times the reading.
  const inPeriods = sql.join(
    periods.map((g) => sql`(grain = ${g} and period = any(${b[g]}::date[]) and currency = ${currency})`),
    sql` or `,
  );
  const rows = sql.join(
    [
      ...(periods.length ? [sql`select product_id, units, revenue from product_sales_periods where ${inPeriods}`] : []),
      ...(q.currency && b.d.length ? [days] : []),
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

/** The first day of the `n`th month since year 0. */
const startOf = (n: number) => Date.UTC(Math.floor(n / 12), n % 12, 1);
const monthOf = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();

export interface SignedBucket {
  grain: keyof Buckets;
  period: string;
  sign: 1 | -1;
}

/** Rows a bucket holds for one of a day, roughly: distinct search queries grow much slower than days do. */
const SEARCH_ROWS = { d: 1, w: 6, m: 18, q: 25, y: 27 } as const;

/**
 * The days from..to as the fewest rows of a per-query rollup: periodBuckets, or whole years (quarters, months)
 * reaching past an end of the range with periodBuckets of the excess taken off, whichever reads less: "the last
 * 365 days" to 2026-12-20 is 2026, less 2026-12-21..31, plus 2025-12-21..31.
 */
export function signedBuckets(from: string, to: string): SignedBucket[] {
  const flat = (b: Buckets, sign: 1 | -1) => (['y', 'q', 'm', 'w', 'd'] as const).flatMap((grain) => b[grain].map((period) => ({ grain, period, sign })));
  const cost = (xs: SignedBucket[]) => xs.reduce((n, x) => n + SEARCH_ROWS[x.grain], 0);
  const [a, b] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
  let best = flat(periodBuckets(from, to), 1);
  for (const { grain, months } of CALENDAR) {
    // Each end of the whole periods either inside the range (the rest added) or outside it (the excess taken off).
    const outFirst = Math.floor(monthOf(a) / months) * months;
    const firsts = startOf(outFirst) === a ? [outFirst] : [outFirst, outFirst + months];
    const inEnd = Math.floor(monthOf(b + DAY) / months) * months;
    const ends = startOf(inEnd) === b + DAY ? [inEnd] : [inEnd, inEnd + months];
    for (const first of firsts) {
      for (const end of ends) {
        if (end <= first) continue;
        const c: SignedBucket[] = [];
        for (let n = first; n < end; n += months) c.push({ grain, period: iso(startOf(n)), sign: 1 });
        const [s, e] = [startOf(first), startOf(end) - DAY];
        if (s < a) c.push(...flat(periodBuckets(iso(s), iso(a - DAY)), -1));
        if (s > a) c.push(...flat(periodBuckets(from, iso(s - DAY)), 1));
        if (e > b) c.push(...flat(periodBuckets(iso(b + DAY), iso(e)), -1));
        if (e < b) c.push(...flat(periodBuckets(iso(e + DAY), to), 1));
        if (cost(c) < cost(best)) best = c;
      }
    }
  }
  return best;
}

function split(a: number, b: number, level: number, out: Buckets): void {
  if (a > b) return;
  const cal = CALENDAR[level];
  if (!cal) return weeksAndDays(a, b, out);
  const months = monthOf(a);
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

export interface SearchDayRow {
  day: string;
  searches: number;
  keyword: number;
  zero: number;
  tokens: number;
  cost_usd: string;
  indexing_tokens: number;
  indexing_cost_usd: string;
}

export interface SearchQueryRow {
  kind: 'top' | 'zero';
  query: string;
  searches: number;
  average_results: string | null;
}

/**
 * The search report's days: searches and query embeddings from migration 0024_a's search_daily, indexing embeddings
 * (every source) from 0025_a's search_indexing_daily; at most one row per day of the range.
 */
export function searchDaysStatement(from: string, to: string) {
  return sql<SearchDayRow>`select to_char(day, 'YYYY-MM-DD') as day, coalesce(s.searches, 0) as searches, coalesce(s.keyword, 0) as keyword,
      coalesce(s.zero_results, 0) as zero, coalesce(s.embedding_tokens, 0)::int8 as tokens, coalesce(s.embedding_cost_usd, 0)::text as cost_usd,
      coalesce(i.tokens, 0)::int8 as indexing_tokens, coalesce(i.cost_usd, 0)::text as indexing_cost_usd
    from (select * from search_daily where day between ${from}::date and ${to}::date and searches > 0) s
    full join (select day, sum(tokens) as tokens, sum(cost_usd) as cost_usd from search_indexing_daily
      where day between ${from}::date and ${to}::date group by day) i using (day)
    order by day`;
}

/**
 * The top and the zero-result queries of a range (migration 0024_a's search_query_periods): its signedBuckets,
 * summed per query once and ranked twice.
 */
export function searchQueriesStatement(from: string, to: string, limit: number) {
  const buckets = signedBuckets(from, to);
  // One index range per bucket from a join on the list: no union of scans, which the planner would run in parallel
  // workers that cost more than they save (as measured for 0022_c). Results summed as float8 (exact below 2^53):
  // a bigint sum goes through numeric.
  return sql<SearchQueryRow>`with q as (
      select r.query, sum(k.sign * r.searches)::int as searches, sum(k.sign * r.zero_results)::int as zero, sum(k.sign * r.results::float8) as results
      from unnest(${buckets.map((x) => x.grain)}::char(1)[], ${buckets.map((x) => x.period)}::date[], ${buckets.map((x) => x.sign)}::int[]) k (grain, period, sign)
      join search_query_periods r on r.grain = k.grain and r.period = k.period
      group by r.query)
    (select 'top' as kind, query, searches, round(results::numeric / searches, 2)::text as average_results from q where searches > 0
      order by searches desc, query limit ${limit})
    union all
    (select 'zero', query, zero, null from q where zero > 0 order by zero desc, query limit ${limit})`;
}

export async function searchReport(db: Kysely<DB>, from: string, to: string, limit: number) {
  // Days and queries in turn: one connection runs one statement at a time anyway.
  const days = (await searchDaysStatement(from, to).execute(db)).rows;
  const queries = (await searchQueriesStatement(from, to, limit).execute(db)).rows;
  const totals = { searches: 0, keyword: 0, zero: 0 };
  for (const d of days) {
    totals.searches += d.searches;
    totals.keyword += d.keyword;
    totals.zero += d.zero;
  }
  return {
    totals,
    top: queries.filter((q) => q.kind === 'top').map((q) => ({ query: q.query, searches: q.searches, average_results: q.average_results! })),
    zero: queries.filter((q) => q.kind === 'zero').map((q) => ({ query: q.query, searches: q.searches })),
    embedding: days.map((d) => ({ day: d.day, tokens: d.tokens, cost_usd: d.cost_usd, indexing_tokens: d.indexing_tokens, indexing_cost_usd: d.indexing_cost_usd })),
  };
}
