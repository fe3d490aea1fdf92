import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { indexProducts } from '../../search/indexing';
import { testDb } from '../../../test/worker/db';
import { api, bearer, unique } from '../../../test/worker/helpers';
import { makeAdmin, makeProduct, makeStaff, makeUsers } from '../../../test/worker/shop';

// Orders and searches placed on days long past, which no other test touches, so the reports are exact.

async function pastOrder(day: string, userId: number, productId: number, quantity: number, unitCents: number, status = 'pending') {
  const db = testDb();
  const total = quantity * unitCents;
  const o = await db
    .insertInto('orders')
    .values({
      order_number: unique('EC-').toUpperCase().slice(0, 24), user_id: userId, email: `${unique()}@example.com`, status: status as 'pending',
      currency: 'USD', subtotal_cents: total, discount_amount_cents: 0, shipping_amount_cents: 0, tax_amount_cents: 0, total_amount_cents: total,
      created_at: `${day}T12:00:00Z`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('order_items')
    .values({ order_id: o.id, product_id: productId, product_name: 'P', sku: 'P', unit_price_cents: unitCents, quantity, total_price_cents: total })
    .execute();
  return o.id;
}

const get = async (token: string, path: string) => {
  const res = await api(path, { headers: bearer(token) });
  return { status: res.status, body: (await res.json()) as any };
};

describe('admin analytics', () => {
  it('reports sales per day and month from the rollups, cancellations taken out', async () => {
    const admin = await makeAdmin();
    const [shirt, mug] = await Promise.all([makeProduct(), makeProduct()]);
    await testDb().updateTable('products').set({ category: unique('cat') }).where('id', '=', mug.id).execute();
    const [u1, u2] = await makeUsers(2);
    const year = 2001 + (Math.floor(Math.random() * 1e6) % 50) * 2; // each run its own year
    await pastOrder(`${year}-02-03`, u1!.id, shirt.id, 2, 1500);
    await pastOrder(`${year}-02-03`, u1!.id, mug.id, 1, 800);
    await pastOrder(`${year}-02-03`, u2!.id, shirt.id, 1, 1500);
    const cancelled = await pastOrder(`${year}-02-05`, u2!.id, mug.id, 5, 800);
    await testDb().updateTable('orders').set({ status: 'cancelled' }).where('id', '=', cancelled).execute();
    await pastOrder(`${year}-02-05`, u2!.id, mug.id, 3, 800);

    const daily = await get(admin.token, `/api/admin/analytics/sales?from=${year}-02-01&to=${year}-02-28`);
    expect(daily.status).toBe(200);
    expect(daily.body.data).toEqual([
      { period: `${year}-02-03`, currency: 'USD', orders: 3, revenue: 53, refunds: 0, refunded_orders: 0, average_order_value: 17.66, units: 4, new_customer_orders: 2, returning_customer_orders: 1 },
      { period: `${year}-02-05`, currency: 'USD', orders: 1, revenue: 24, refunds: 0, refunded_orders: 0, average_order_value: 24, units: 3, new_customer_orders: 0, returning_customer_orders: 1 },
    ]);
    const monthly = await get(admin.token, `/api/admin/analytics/sales?from=${year}-01-01&to=${year}-12-31&interval=month`);
    expect(monthly.body.data).toEqual([expect.objectContaining({ period: `${year}-02-01`, orders: 4, revenue: 77, units: 7 })]);

    const byRevenue = await get(admin.token, `/api/admin/analytics/top-products?from=${year}-02-01&to=${year}-02-28&by=revenue&currency=USD`);
    expect(byRevenue.body.data.map((e: any) => [e.product_id, e.units, e.revenue])).toEqual([[shirt.id, 3, 45], [mug.id, 4, 32]]);
    const byCategory = await get(admin.token, `/api/admin/analytics/top-products?from=${year}-02-01&to=${year}-02-28&group=category`);
    expect(byCategory.body.data.map((e: any) => [e.product_id, e.units])).toEqual([[null, 4], [null, 3]]);
  });

  it('moves an order’s product sales and its customer with it when its created_at moves', async () => {
    const admin = await makeAdmin();
    const [kettle, lamp] = await Promise.all([makeProduct(), makeProduct()]);
    const [category, other] = [unique('moved'), unique('other')];
    await testDb().updateTable('products').set({ category }).where('id', '=', kettle.id).execute();
    await testDb().updateTable('products').set({ category: other }).where('id', '=', lamp.id).execute();
    const [u1] = await makeUsers(1);
    const year = 2002 + (Math.floor(Math.random() * 1e6) % 49) * 2; // even years: the test above takes odd ones
    const first = await pastOrder(`${year}-03-10`, u1!.id, lamp.id, 1, 500);
    const moved = await pastOrder(`${year}-03-10`, u1!.id, kettle.id, 2, 1200);
    await testDb().insertInto('order_items').values({ order_id: moved, product_id: lamp.id, product_name: 'P', sku: 'P', unit_price_cents: 500, quantity: 1, total_price_cents: 500 }).execute();
    const cancelled = await pastOrder(`${year}-03-10`, u1!.id, kettle.id, 7, 1200, 'cancelled');
    const top = async (from: string, to: string, extra = '') =>
      // Other files' orders share this database (and may fall in the same year): only this test's products count.
      (await get(admin.token, `/api/admin/analytics/top-products?from=${from}&to=${to}${extra}`)).body.data
        .filter((e: any) => [kettle.id, lamp.id, category, other].includes(e.product_id ?? e.name))
        .map((e: any) => [e.product_id ?? e.name, e.units, e.revenue]);
    expect(await top(`${year}-03-10`, `${year}-03-10`, '&by=revenue&currency=USD')).toEqual([[kettle.id, 2, 24], [lamp.id, 2, 10]]);

    // A correction moves the second order to April (and the cancelled one too: it counts nowhere).
    await sql`update orders set created_at = ${`${year}-04-02T08:00:00Z`} where id in (${moved}, ${cancelled})`.execute(testDb());
    expect(await top(`${year}-03-10`, `${year}-03-10`, '&by=revenue&currency=USD')).toEqual([[lamp.id, 1, 5]]);
    expect(await top(`${year}-04-01`, `${year}-04-30`, '&by=revenue&currency=USD')).toEqual([[kettle.id, 2, 24], [lamp.id, 1, 5]]);
    expect(await top(`${year}-04-01`, `${year}-04-30`, '&group=category')).toEqual([[category, 2, null], [other, 1, null]]);
    const sales = await get(admin.token, `/api/admin/analytics/sales?from=${year}-03-01&to=${year}-04-30`);
    expect(sales.body.data).toEqual([
      expect.objectContaining({ period: `${year}-03-10`, orders: 1, revenue: 5, units: 1, new_customer_orders: 1, returning_customer_orders: 0 }),
      expect.objectContaining({ period: `${year}-04-02`, orders: 1, revenue: 24, units: 3, new_customer_orders: 0, returning_customer_orders: 1 }),
    ]);
    // Back before the first order: it becomes the customer's first (new), and March's order is left counted as it was.
    await sql`update orders set created_at = ${`${year}-02-01T08:00:00Z`} where id = ${moved}`.execute(testDb());
    expect(await top(`${year}-02-01`, `${year}-02-28`, '&by=units')).toEqual([[kettle.id, 2, null], [lamp.id, 1, null]]);
    expect(await top(`${year}-04-01`, `${year}-04-30`)).toEqual([]);
    const feb = await get(admin.token, `/api/admin/analytics/sales?from=${year}-02-01&to=${year}-04-30`);
    expect(feb.body.data.map((b: any) => [b.period, b.orders, b.units, b.new_customer_orders, b.returning_customer_orders])).toEqual([
      [`${year}-02-01`, 1, 3, 1, 0],
      [`${year}-03-10`, 1, 1, 1, 0],
      [`${year}-04-02`, 0, 0, 0, 0],
    ]);
    // Read as a year, a quarter, and a stretch of weeks and days: the same sales.
    const both = [[kettle.id, 2, null], [lamp.id, 2, null]].sort((a, b) => a[0]! - b[0]!);
    expect(await top(`${year}-01-01`, `${year}-12-31`)).toEqual(both);
    expect(await top(`${year}-01-01`, `${year}-03-31`)).toEqual(both);
    expect(await top(`${year - 1}-12-30`, `${year}-03-12`)).toEqual(both);
    void first;
  });

  it('keeps the rollups equal to the orders they count', async () => {
    // An order counts unless it was cancelled (a refund after a cancellation leaves its fulfilment cancelled).
    const { rows } = await sql<{ day: string; currency: string; orders: number; rollup: number }>`
      with agg as (
        select (o.created_at at time zone 'UTC')::date as day, o.currency,
          count(*) filter (where o.status <> 'cancelled' and o.fulfillment_status <> 'cancelled') as orders,
          coalesce(sum(o.total_amount_cents) filter (where o.status <> 'cancelled' and o.fulfillment_status <> 'cancelled'), 0) as revenue
        from orders o group by 1, 2)
      select coalesce(agg.day, s.day)::text as day, coalesce(agg.currency, s.currency) as currency, agg.orders::int as orders, s.orders as rollup
      from agg full join sales_daily s on s.day = agg.day and s.currency = agg.currency
      where coalesce(agg.orders, 0) <> coalesce(s.orders, 0) or coalesce(agg.revenue, 0) <> coalesce(s.revenue, 0)`.execute(testDb());
    expect(rows).toEqual([]);
  });

  it('keeps the product sales per week, month, quarter and year equal to the days they add up', async () => {
    // Every (grain, period, currency, product) of product_sales_periods against product_sales_daily summed the same way.
    const { rows } = await sql<{ grain: string }>`
      with d as (
        select g.grain, g.period, g.currency, s.product_id, sum(s.units) as units, sum(case when g.currency = 'XXX' then 0 else s.revenue end) as revenue
        from product_sales_daily s cross join lateral (values
          ('w', date_trunc('week', s.day)::date, s.currency), ('m', date_trunc('month', s.day)::date, s.currency),
          ('q', date_trunc('quarter', s.day)::date, s.currency), ('y', date_trunc('year', s.day)::date, s.currency),
          ('d', s.day, 'XXX'::char(3)), ('w', date_trunc('week', s.day)::date, 'XXX'), ('m', date_trunc('month', s.day)::date, 'XXX'),
          ('q', date_trunc('quarter', s.day)::date, 'XXX'), ('y', date_trunc('year', s.day)::date, 'XXX')) g (grain, period, currency)
        group by 1, 2, 3, 4)
      select coalesce(d.grain, p.grain) as grain, coalesce(d.period, p.period)::text as period, d.units, p.units as rollup
      from d full join product_sales_periods p using (grain, period, currency, product_id)
      where coalesce(d.units, 0) <> coalesce(p.units, 0) or coalesce(d.revenue, 0) <> coalesce(p.revenue, 0)`.execute(testDb());
    expect(rows).toEqual([]);
  });

  it('reports top and zero-result searches, the keyword-fallback rate and embedding cost per day', async () => {
    const admin = await makeAdmin();
    const day = `${2101 + (Math.floor(Math.random() * 1e6) % 50)}-03-0`;
    const q = unique('linen').toLowerCase();
    const rows = [
      { query: ` ${q.toUpperCase()}  shirt`, result_count: 4, mode: 'hybrid' as const, embedding_tokens: 5, embedding_cost_usd: '0.0001', created_at: `${day}1T10:00:00Z` },
      { query: `${q} shirt`, result_count: 6, mode: 'hybrid' as const, embedding_tokens: 5, embedding_cost_usd: '0.0001', created_at: `${day}1T11:00:00Z` },
      { query: `${q} socks`, result_count: 0, mode: 'keyword' as const, embedding_tokens: 0, embedding_cost_usd: '0', created_at: `${day}2T10:00:00Z` },
    ];
    await testDb().insertInto('search_queries').values(rows.map((r) => ({ ...r, filters: '{}', latency_ms: 12 }))).execute();
    const r = await get(admin.token, `/api/admin/analytics/search?from=${day}1&to=${day}2`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      searches: 3,
      keyword_fallback_rate: 1 / 3,
      zero_result_rate: 1 / 3,
      top_queries: [{ query: `${q} shirt`, searches: 2, average_results: 5 }, { query: `${q} socks`, searches: 1, average_results: 0 }],
      zero_result_queries: [{ query: `${q} socks`, searches: 1 }],
      embedding_by_day: [
        { day: `${day}1`, tokens: 10, cost_usd: 0.0002, indexing_tokens: 0, indexing_cost_usd: 0 },
        { day: `${day}2`, tokens: 0, cost_usd: 0, indexing_tokens: 0, indexing_cost_usd: 0 },
      ],
      embedding_totals: { tokens: 10, cost_usd: 0.0002, indexing_tokens: 0, indexing_cost_usd: 0 },
    });
  });

  it('reports indexing embeddings beside the query ones, each product version once however often it is embedded', async () => {
    const admin = await makeAdmin();
    const year = 3001 + (Math.floor(Math.random() * 1e6) % 500);
    const [a, b] = await Promise.all([makeProduct(), makeProduct()]);
    // One embeddings request for both products: 15 tokens and $0.00003, as OpenRouter reports them.
    const calls: string[][] = [];
    const embeddings = {
      model: 'test/embed-1',
      embed: async (inputs: string[]) => {
        calls.push(inputs);
        return { vectors: inputs.map(() => [0.5]), usage: { promptTokens: 15, cost: 0.00003 } };
      },
    };
    // Supabase never keeps the vectors: every delivery of the message embeds again, as after a lost write.
    const vectors = { hashes: async () => new Map(), upsert: async () => undefined, remove: async () => undefined };
    const at = (day: string) => () => Date.parse(`${day}T10:00:00Z`);
    const deps = { db: testDb(), embeddings, vectors, clock: at(`${year}-04-02`) };
    await indexProducts(deps, [a.id, b.id]);
    await indexProducts(deps, [b.id, a.id]); // the same messages redelivered
    await indexProducts({ ...deps, clock: at(`${year}-04-03`) }, [a.id]); // and again the next day
    expect(calls).toHaveLength(3);
    // A new version of one product is a new embedding, counted on its day.
    await testDb().updateTable('products').set({ description: unique('new words') }).where('id', '=', a.id).execute();
    await indexProducts({ ...deps, clock: at(`${year}-04-03`) }, [a.id]);
    // A forced rebuild re-embeds unchanged content: its own run counts once too.
    const rebuild = { ...deps, source: 'reindex' as const, run: unique('run'), clock: at(`${year}-04-03`) };
    await indexProducts(rebuild, [b.id], true);
    await indexProducts(rebuild, [b.id], true);
    await testDb().insertInto('search_queries').values({ query: 'mug', filters: '{}', result_count: 2, mode: 'hybrid', latency_ms: 9, embedding_tokens: 4, embedding_cost_usd: '0.00000008', created_at: `${year}-04-03T08:00:00Z` }).execute();

    const r = await get(admin.token, `/api/admin/analytics/search?from=${year}-04-01&to=${year}-04-30`);
    expect(r.status).toBe(200);
    expect(r.body.searches).toBe(1);
    expect(r.body.embedding_by_day).toEqual([
      { day: `${year}-04-02`, tokens: 0, cost_usd: 0, indexing_tokens: 15, indexing_cost_usd: 0.00003 },
      { day: `${year}-04-03`, tokens: 4, cost_usd: 0.00000008, indexing_tokens: 30, indexing_cost_usd: 0.00006 },
    ]);
    expect(r.body.embedding_totals).toEqual({ tokens: 4, cost_usd: 0.00000008, indexing_tokens: 45, indexing_cost_usd: 0.00009 });
    const bySource = await sql<any>`select to_char(day, 'YYYY-MM-DD') as day, source, embeddings, tokens::int as tokens, cost_usd::float8 as cost_usd
      from search_indexing_daily where day between ${`${year}-04-01`}::date and ${`${year}-04-30`}::date order by 1, 2`.execute(testDb());
    expect(bySource.rows).toEqual([
      { day: `${year}-04-02`, source: 'queue', embeddings: 2, tokens: 15, cost_usd: 0.00003 },
      { day: `${year}-04-03`, source: 'queue', embeddings: 1, tokens: 15, cost_usd: 0.00003 },
      { day: `${year}-04-03`, source: 'reindex', embeddings: 1, tokens: 15, cost_usd: 0.00003 },
    ]);
  });

  it('answers searches from rollups equal to the log they count, after random inserts and a purge', async () => {
    const admin = await makeAdmin();
    const year = 2301 + (Math.floor(Math.random() * 1e6) % 500);
    const words = Array.from({ length: 12 }, (_, i) => `${unique('w')}${i}`.toLowerCase());
    const spell = (w: string) => [w, ` ${w.toUpperCase()} `, `${w}  x`, `${w} X`][Math.floor(Math.random() * 4)]!;
    const day = () => new Date(Date.UTC(year, 0, 1) + Math.floor(Math.random() * 365 * 86_400_000)).toISOString();
    const rows = Array.from({ length: 400 }, () => {
      const hits = Math.random() < 0.3 ? 0 : Math.floor(Math.random() * 40);
      return {
        query: spell(words[Math.floor(Math.random() ** 2 * words.length)]!), filters: '{}', result_count: hits,
        mode: Math.random() < 0.2 ? ('keyword' as const) : ('hybrid' as const), latency_ms: Math.floor(Math.random() * 300),
        embedding_tokens: Math.floor(Math.random() * 9), embedding_cost_usd: (Math.floor(Math.random() * 1000) / 1e7).toFixed(7), created_at: day(),
      };
    });
    for (let i = 0; i < rows.length; i += 37) await testDb().insertInto('search_queries').values(rows.slice(i, i + 37)).execute();
    // A retention purge takes its searches out of the rollups too.
    await sql`delete from search_queries where created_at >= ${`${year}-06-01`}::date and created_at < ${`${year}-06-15`}::date`.execute(testDb());

    // Every rollup row against the log summed the same way (the whole tables: other tests' searches included).
    const { rows: periods } = await sql`
      with l as (select lower(regexp_replace(trim(query), '\\s+', ' ', 'g')) as query, (created_at at time zone 'UTC')::date as day, result_count, mode, latency_ms from search_queries),
      d as (select g.grain, g.period, l.query, count(*)::int as searches, count(*) filter (where result_count = 0)::int as zero_results,
          count(*) filter (where mode = 'keyword')::int as keyword, sum(result_count) as results, sum(latency_ms) as latency_ms
        from l cross join lateral (values ('d', l.day), ('w', date_trunc('week', l.day)::date), ('m', date_trunc('month', l.day)::date),
          ('q', date_trunc('quarter', l.day)::date), ('y', date_trunc('year', l.day)::date)) g (grain, period) group by 1, 2, 3)
      select coalesce(d.grain, p.grain) as grain, coalesce(d.period, p.period)::text as period, coalesce(d.query, p.query) as query, d.searches, p.searches as rollup
      from d full join search_query_periods p using (grain, period, query)
      where coalesce(d.searches, 0) <> coalesce(p.searches, 0) or coalesce(d.zero_results, 0) <> coalesce(p.zero_results, 0)
        or coalesce(d.keyword, 0) <> coalesce(p.keyword, 0) or coalesce(d.results, 0) <> coalesce(p.results, 0) or coalesce(d.latency_ms, 0) <> coalesce(p.latency_ms, 0)`.execute(testDb());
    expect(periods).toEqual([]);
    const { rows: days } = await sql`
      with d as (select (created_at at time zone 'UTC')::date as day, count(*)::int as searches, count(*) filter (where mode = 'keyword')::int as keyword,
          count(*) filter (where result_count = 0)::int as zero_results, sum(latency_ms) as latency_ms, sum(embedding_tokens) as tokens, sum(embedding_cost_usd) as cost
        from search_queries group by 1)
      select coalesce(d.day, s.day)::text as day from d full join search_daily s using (day)
      where coalesce(d.searches, 0) <> coalesce(s.searches, 0) or coalesce(d.keyword, 0) <> coalesce(s.keyword, 0) or coalesce(d.zero_results, 0) <> coalesce(s.zero_results, 0)
        or coalesce(d.latency_ms, 0) <> coalesce(s.latency_ms, 0) or coalesce(d.tokens, 0) <> coalesce(s.embedding_tokens, 0) or coalesce(d.cost, 0) <> coalesce(s.embedding_cost_usd, 0)`.execute(testDb());
    expect(days).toEqual([]);

    // And the report of a few ranges (a year, a quarter and weeks, days across a purge, years less their edges) as the log aggregated raw says.
    for (const [from, to] of [[`${year}-01-01`, `${year}-12-31`], [`${year}-02-11`, `${year}-07-19`], [`${year}-05-30`, `${year}-06-16`], [`${year}-03-03`, `${year}-03-03`], [`${year - 1}-12-21`, `${year}-12-20`], [`${year}-01-09`, `${year}-11-27`]] as const) {
      const w = sql`created_at >= ${from}::date and created_at < ${to}::date + 1`;
      const n = sql`lower(regexp_replace(trim(query), '\\s+', ' ', 'g'))`;
      const [totals, top, zero, embedding] = await Promise.all([
        sql<any>`select count(*)::int as searches, count(*) filter (where mode = 'keyword')::int as keyword, count(*) filter (where result_count = 0)::int as zero from search_queries where ${w}`.execute(testDb()),
        sql<any>`select ${n} as query, count(*)::int as searches, round(avg(result_count), 2)::float8 as average_results from search_queries where ${w} group by 1 order by 2 desc, 1 limit 5`.execute(testDb()),
        sql<any>`select ${n} as query, count(*)::int as searches from search_queries where ${w} and result_count = 0 group by 1 order by 2 desc, 1 limit 5`.execute(testDb()),
        sql<any>`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, sum(embedding_tokens)::int as tokens, sum(embedding_cost_usd)::float8 as cost_usd,
            0 as indexing_tokens, 0 as indexing_cost_usd
          from search_queries where ${w} group by 1 order by 1`.execute(testDb()),
      ]);
      const t = totals.rows[0];
      const spent = (await sql<any>`select coalesce(sum(embedding_tokens), 0)::int as tokens, coalesce(sum(embedding_cost_usd), 0)::float8 as cost_usd
        from search_queries where ${w}`.execute(testDb())).rows[0];
      const r = await get(admin.token, `/api/admin/analytics/search?from=${from}&to=${to}&limit=5`);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({
        searches: t.searches,
        keyword_fallback_rate: t.searches ? t.keyword / t.searches : 0,
        zero_result_rate: t.searches ? t.zero / t.searches : 0,
        top_queries: top.rows,
        zero_result_queries: zero.rows,
        embedding_by_day: embedding.rows,
        embedding_totals: { ...spent, indexing_tokens: 0, indexing_cost_usd: 0 },
      });
    }
  });

  it('refuses bad ranges, and staff', async () => {
    const [admin, staff] = await Promise.all([makeAdmin(), makeStaff()]);
    expect((await get(admin.token, '/api/admin/analytics/sales?from=2026-02-01&to=2026-01-01')).status).toBe(422);
    expect((await get(admin.token, '/api/admin/analytics/sales?from=2020-01-01&to=2026-01-01')).status).toBe(422);
    expect((await get(admin.token, '/api/admin/analytics/sales?from=2026-02-30&to=2026-03-01')).status).toBe(422);
    expect((await get(admin.token, '/api/admin/analytics/top-products?from=2026-01-01&to=2026-01-02&by=revenue')).body.error.details[0].path).toBe('currency');
    expect((await get(staff.token, '/api/admin/analytics/sales?from=2026-01-01&to=2026-01-02')).status).toBe(403);
  });
});
