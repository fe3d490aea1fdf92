import { type CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import { adminOrdersQuery, type OrderFilter, type OrderSort } from '../../src/db/queries/admin-orders';
import { salesStatement, searchDaysStatement, searchQueriesStatement, topSellersStatement } from '../../src/db/queries/analytics';
import type { DB } from '../../src/db/schema';
import { bulkProducts } from './list-plans';

// Admin order lists at scale: the filter and sort cases the dashboard sends, planned on a bulk store.

export interface AdminCase {
  name: string;
  filter: OrderFilter;
  sort: OrderSort;
  cursor: (string | number)[] | null;
}

export function adminCases(): AdminCase[] {
  const filters: [string, OrderFilter][] = [
    ['all', {}],
    ['status', { status: 'shipped' }],
    ['payment_status', { payment_status: 'refunded' }],
    ['fulfillment_status', { fulfillment_status: 'returned' }],
    ['created range', { created_from: '2026-01-01T00:00:00Z', created_to: '2026-01-08T00:00:00Z' }],
    ['order number', { order_number: 'EC-B0000042' }],
    ['email', { email: 'Buyer42@Example.com' }],
    ['name prefix', { name_prefix: 'ada4' }],
    ['customer', { customer_id: 42 }],
    ['total range', { currency: 'USD', total_min_minor: 100_000n, total_max_minor: 120_000n }],
  ];
  const cases: AdminCase[] = [];
  for (const [name, filter] of filters) {
    for (const sort of ['newest', 'total'] as const) {
      cases.push({ name: `${name} / ${sort}`, filter, sort, cursor: null });
    }
  }
  cases.push({ name: 'all / newest / cursor', filter: {}, sort: 'newest', cursor: ['2026-06-01 00:00:00+00', 50_000] });
  cases.push({ name: 'all / total / cursor', filter: {}, sort: 'total', cursor: ['50000', 50_000] });
  return cases;
}

/** Fills `users` with `n / 10` customers and `orders` with `n` orders over a year (triggers off: bulk load). */
export async function bulkOrders(db: Kysely<DB>, n: number): Promise<void> {
  const users = Math.max(1, Math.floor(n / 10));
  await sql`insert into users (email, password_hash, first_name, last_name)
    select 'buyer' || g || '@example.com', 'x', 'Ada' || g, 'Lovelace' || g from generate_series(1, ${users}) g`.execute(db);
  await sql`alter table orders disable trigger user`.execute(db);
  await sql`insert into orders (order_number, user_id, email, status, payment_status, fulfillment_status, currency,
      subtotal_cents, discount_amount_cents, shipping_amount_cents, tax_amount_cents, total_amount_cents, created_at)
    select 'EC-B' || lpad(g::text, 7, '0'), u.id, u.email,
      (array['pending','confirmed','processing','shipped','delivered','cancelled','refunded'])[1 + g % 7],
      (array['pending','authorized','paid','failed','refunded','voided'])[1 + g % 6],
      (array['unfulfilled','processing','shipped','delivered','cancelled','returned'])[1 + g % 6],
      (array['USD','EUR','GBP','JPY'])[1 + g % 4], 1000 + (g * 7919) % 200000, 0, 0, 0, 1000 + (g * 7919) % 200000,
      timestamptz '2026-01-01' + (g * 313 % 31536000) * interval '1 second'
    from generate_series(1, ${n}) g join users u on u.email = 'buyer' || (1 + g % ${users}) || '@example.com'`.execute(db);
  await sql`alter table orders enable trigger user`.execute(db);
  await sql`analyze users`.execute(db);
  await sql`analyze orders`.execute(db);
}

/** The plan of an admin order list (the compiled SQL the Worker sends). */
export async function explainAdminList(db: Kysely<DB>, c: AdminCase) {
  const compiled = adminOrdersQuery(db, c.filter, c.sort, 20, c.cursor).compile();
  const text = compiled.sql.replace(/\$(\d+)/g, (_, i) => literal(compiled.parameters[Number(i) - 1]));
  const result = await sql.raw(`explain (format json) ${text}`).execute(db);
  const raw = (result.rows[0] as Record<string, unknown>)['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  const nodes = flatten(plan[0]!.Plan);
  return {
    nodes,
    indexes: [...new Set(nodes.map((n) => n['Index Name']).filter((x): x is string => Boolean(x)))],
    seqScanOnOrders: nodes.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'orders'),
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

// EXPLAIN cannot take bind parameters in every driver; inline them as quoted literals.
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `array[${v.map(literal).join(',')}]`;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}


/**
 * Adds about `perOrder` lines to each order of `bulkOrders` (1 to 2 × perOrder − 1, so 100,000 orders give about
 * 1,000,000 items), over `products` synthetic products with a long tail (a few sell most), in batches. The
 * rollup triggers of order_items run, as in production; the per-order counts bulkOrders skipped are added after.
 */
export async function bulkOrderItems(db: Kysely<DB>, perOrder: number, products: number, onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
  await bulkProducts(db, products);
  const { max } = (await sql<{ max: number }>`select coalesce(max(id), 0)::int as max from orders`.execute(db)).rows[0]!;
  const step = 10_000;
  for (let from = 0; from < max; from += step) {
    await sql`with p as (select array_agg(id order by id) as ids, array_agg(price_cents order by id) as prices from products)
      insert into order_items (order_id, product_id, product_name, sku, unit_price_cents, quantity, total_price_cents)
      select o.id, p.ids[x.i], 'Item ' || p.ids[x.i], 'BULK-' || p.ids[x.i], p.prices[x.i], 1 + (o.id + k) % 3, p.prices[x.i] * (1 + (o.id + k) % 3)
      from orders o cross join p
      cross join lateral generate_series(1, 1 + (o.id * 7) % ${2 * perOrder - 1}) k
      cross join lateral (select 1 + floor(array_length(p.ids, 1) * power(((o.id * 31 + k * 7919) % 10007) / 10007.0, 2))::int as i) x
      where o.id > ${from} and o.id <= ${from + step}`.execute(db);
    onProgress(Math.min(from + step, max), max);
  }
  await sql`insert into sales_daily as s (day, currency, orders, revenue)
    select (created_at at time zone 'UTC')::date, currency, count(*), sum(total_amount_cents) from orders where status <> 'cancelled' group by 1, 2
    on conflict (day, currency) do update set orders = excluded.orders, revenue = excluded.revenue`.execute(db);
  // A settled store: autovacuum has marked the rollups' pages all-visible, so their covering indexes answer alone.
  for (const t of ['order_items', 'sales_daily', 'product_sales_daily', 'product_sales_periods', 'products']) await sql.raw(`vacuum analyze ${t}`).execute(db);
  return Number((await sql<{ n: string }>`select count(*) as n from order_items`.execute(db)).rows[0]!.n);
}

/**
 * Logs `n` searches over bulkOrders' year through the rollup triggers, in batches of `batch` as the queue consumer
 * writes them: `vocabulary` queries with a long tail (a few are most of the searches), some typed in capitals or with
 * doubled spaces, a fifth in keyword mode, about one in eight with no result. Returns the searches in the log.
 */
export async function bulkSearches(db: Kysely<DB>, n: number, vocabulary = 20_000, batch = 5_000, onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
  for (let from = 0; from < n; from += batch) {
    await sql`insert into search_queries (query, filters, result_count, mode, latency_ms, embedding_tokens, embedding_cost_usd, created_at)
      select case g % 5 when 0 then upper(t.q) when 1 then replace(t.q, ' ', '  ') else t.q end, '{}',
        case when t.k % 8 = 3 then 0 else (g * 13) % 60 end, case when g % 5 = 2 then 'keyword' else 'hybrid' end, 20 + (g * 7) % 180,
        case when g % 5 = 2 then 0 else 3 + g % 5 end, case when g % 5 = 2 then 0 else (3 + g % 5) * 0.00000002 end,
        timestamptz '2026-01-01' + ((g::bigint * 7919) % 31536000) * interval '1 second'
      from generate_series(${from + 1}::int, ${Math.min(from + batch, n)}::int) g
      cross join lateral (select 1 + floor(${vocabulary}::int * power(((g::bigint * 48271) % 65521) / 65521.0, 2))::int as k) x
      cross join lateral (select x.k, 'query ' || x.k || ' shirt' as q) t`.execute(db);
    onProgress(Math.min(from + batch, n), n);
  }
  // The indexing's embedding costs of the same year: every day from the queue, and a weekly rebuild.
  await sql`insert into search_indexing_daily (day, source, embeddings, tokens, cost_usd)
    select d::date, s.source, 40, 40 * 180, 40 * 180 * 0.00000002 from generate_series(date '2026-01-01', date '2026-12-31', interval '1 day') d
    cross join (values ('queue'), ('reindex')) s (source) where s.source = 'queue' or extract(isodow from d) = 7
    on conflict (day, source) do nothing`.execute(db);
  for (const t of ['search_daily', 'search_query_periods', 'search_queries', 'search_indexing_daily']) await sql.raw(`vacuum analyze ${t}`).execute(db);
  return Number((await sql<{ n: string }>`select count(*) as n from search_queries`.execute(db)).rows[0]!.n);
}

export interface AnalyticsCase {
  name: string;
  statement: RawBuilder<unknown>;
}

/** The analytics statements the dashboard sends, over the 30, 90 and 365 days to a day late in bulkOrders' year (ranges that
 * align with no month or year, as a real "last N days" does not). */
export function analyticsCases(): AnalyticsCase[] {
  const to = '2026-12-20';
  const from = (days: number) => new Date(Date.parse(to) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const cases: AnalyticsCase[] = [];
  for (const days of [30, 90, 365]) {
    cases.push({ name: `sales ${days} days / day`, statement: salesStatement(from(days), to, 'day') });
    for (const group of ['product', 'category'] as const) {
      cases.push({ name: `top ${group === "product" ? "products" : "categories"} ${days} days / units`, statement: topSellersStatement({ from: from(days), to, by: 'units', group, limit: 10 }) });
      cases.push({ name: `top ${group === "product" ? "products" : "categories"} ${days} days / revenue USD`, statement: topSellersStatement({ from: from(days), to, by: 'revenue', group, currency: 'USD', limit: 10 }) });
    }
  }
  cases.push({ name: 'sales 365 days / month', statement: salesStatement(from(365), to, 'month') });
  // GET /api/admin/analytics/search sends both: its days, then its top and zero-result queries.
  for (const days of [1, 7, 30, 90, 365]) {
    cases.push({ name: `search ${days} days / days`, statement: searchDaysStatement(from(days), to) });
    cases.push({ name: `search ${days} days / queries`, statement: searchQueriesStatement(from(days), to, 10) });
  }
  return cases;
}

/** EXPLAIN ANALYZE of a statement: its plan's indexes, whether it scanned a big table, and planning + execution ms. */
export async function explainAnalyze(db: Kysely<DB>, statement: RawBuilder<unknown> | CompiledQuery) {
  const q = 'compile' in statement ? statement.compile(db) : statement;
  const text = q.sql.replace(/\$(\d+)/g, (_, i) => literal(q.parameters[Number(i) - 1]));
  const result = await sql.raw(`explain (format json, analyze, timing off, summary on) ${text}`).execute(db);
  const raw = (result.rows[0] as Record<string, unknown>)['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }[];
  const nodes = flatten(plan[0]!.Plan);
  return {
    indexes: [...new Set(nodes.map((n) => n['Index Name']).filter((x): x is string => Boolean(x)))],
    seqScans: [...new Set(nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']!))],
    ms: plan[0]!['Execution Time'] + plan[0]!['Planning Time'],
  };
}

/** The SQL of an admin order list case, for explainAnalyze. */
export const adminListStatement = (db: Kysely<DB>, c: AdminCase) => adminOrdersQuery(db, c.filter, c.sort, 20, c.cursor).compile();
