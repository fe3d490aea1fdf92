import { type Expression, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ProductSort } from '../../schemas/product-list';
import type { DB } from '../schema';
import { categorySlug } from '../../catalog/slug';
import { SUMMARY_COLUMNS } from './product-mappers';

export interface ListFilters {
  /** The market's currency: prices filter and sort by products.prices in it (default USD). */
  currency?: string;
  /** A category's slug (text is slugged): the products in it or any of its descendants. */
  category?: string;
  brand?: string;
  minCents?: number;
  maxCents?: number;
  tags?: string[];
  isFeatured?: boolean;
  inStock?: boolean;
  q?: string;
  includeInactive: boolean;
}

export type SortKey = (string | number | null)[];

/** A product's current price in a currency, in minor units, spelled exactly as its index (migration 0018). */
export function marketPrice(currency: string) {
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`not a currency code: ${currency}`);
  return sql<string>`((prices -> ${sql.lit(currency)} ->> 'amount')::bigint)`;
}

/**
 * In the category or below it: each product keeps the slugs of its categories and their ancestors
 * (migration 0021_category_slugs), so this is one GIN lookup on a constant the planner has statistics for.
 */
function inCategory(category: string): Expression<SqlBool> {
  return sql<SqlBool>`category_slugs @> array[${categorySlug(category)}]::text[]`;
}

/** The ids of a category (by slug; text is slugged) and its descendants, as an int[] expression. */
export function categorySubtree(category: string) {
  return sql<number[]>`array(select d.id from categories t join categories d on d.path like t.path || '%' where t.slug = ${categorySlug(category)})`;
}

/** A query with at most this many matches (under its filters) has every match ranked, found in one index pass. */
export const RELEVANCE_EXACT_UP_TO = 1000;
const FEW = RELEVANCE_EXACT_UP_TO;

/**
 * Past RELEVANCE_EXACT_UP_TO matches, relevance ranks this many of the newest (highest id) matches, up
 * to twice as many less one (the last id window adds at most its newest RELEVANCE_CANDIDATES). Ranking reads each ranked row
 * from the heap, so ranking every match of a query matching thousands of products cost ~50 ms at 100k
 * products.
 */
export const RELEVANCE_CANDIDATES = 250;
// The first id window searched is sized from the matches' density among the ids `few` read, to hold about
// 1.25 × RELEVANCE_CANDIDATES matches (one window, one more full-text index scan, for most queries), within
// these bounds; each next window is three times all the ones before (4^k in all).
const FIRST_WINDOW = { min: 256, max: 8192 };

/** A text query's matches under the list's filters, as the relevance candidates read them. */
interface Matches {
  /** Up to FEW + 1 matches as (id, search_vector), in whatever order the full-text index yields them. */
  few: RawBuilder<unknown>;
  /** The newest RELEVANCE_CANDIDATES matches with ids in (w.lo, w.hi], as (id, rank). */
  window: RawBuilder<unknown>;
  /** The highest id a match can have. */
  top: RawBuilder<unknown>;
}

/**
 * The relevance candidates as (id, rank). Few matches (a narrow query or filters) are ranked whole, found
 * in one full-text index scan. Past FEW, id windows from the newest down (each read through the primary
 * key, or the full-text and primary key indexes at once, as the planner finds cheaper), their ids and ranks
 * kept in arrays, until RELEVANCE_CANDIDATES are found or the ids run out.
 * `few` carries the search vectors, not ranks: past FEW they are never ranked.
 */
function relevanceCandidates(m: Matches, q: string) {
  return sql<{ id: number; rank: number }>`with recursive few as materialized (${m.few}), win(lo, hi, n, ids, ranks) as (
      select t.top - d.size, t.top, 0::bigint, '{}'::int[], '{}'::real[] from (select coalesce((${m.top}), 0) as top) t,
        (select least(${FIRST_WINDOW.max}, greatest(${FIRST_WINDOW.min}, ceil(1.25 * ${RELEVANCE_CANDIDATES}::int * (max(id) - min(id) + 1) / count(*))))::int as size from few) d
      union all
      select w.lo - 3 * (w.hi - w.lo), w.lo, w.n + coalesce(cardinality(x.ids), 0), x.ids, x.ranks
      from win w cross join lateral (select array_agg(m.id) as ids, array_agg(m.rank) as ranks from (${m.window}) m) x
      where w.n < ${RELEVANCE_CANDIDATES} and w.hi > 0
    )
    select id, ${rank(q)} as rank from few where (select count(*) from few) <= ${FEW}
    union all
    select c.id, c.rank from win cross join lateral unnest(win.ids, win.ranks) as c(id, rank) where (select count(*) from few) > ${FEW}`;
}

/** The matches read from products (admins' lists, inactive products included): `matching` is the list's query. */
function productMatches(matching: SelectQueryBuilder<DB, 'products', unknown>, q: string): Matches {
  const fields = matching.clearSelect();
  return {
    few: sql`${fields.select(['id', 'search_vector']).limit(FEW + 1)}`,
    window: sql`${fields
      .select(['id', rank(q).as('rank')])
      .where(sql<SqlBool>`id > w.lo and id <= w.hi`)
      .orderBy('id', 'desc')
      .limit(RELEVANCE_CANDIDATES)}`,
    top: sql`select max(id) from products`,
  };
}

/**
 * The listed matches read from facet_products (migrations 0026_g, 0027): a listed product's search
 * vector, kind and prices by currency slot in a ~270-byte row, a third of a products row. The list's
 * filters, spelled on kinds (category_ids are a product's categories, brand '' no brand) and on the
 * amounts; kinds by id (`kind = any(...)`, facet_products_kind_idx), so a brand or a category narrows the
 * full-text matches in the index, before any row is read.
 */
function listedMatches(f: ListFilters): Matches {
  const query = tsQuery(f.q!);
  const amount = sql`amounts[(select slot from facet_currencies where code = ${f.currency ?? 'USD'})]`;
  const on = [sql`search_vector @@ ${query}`, sql`${amount} is not null`];
  if (f.minCents !== undefined) on.push(sql`${amount} >= ${String(f.minCents)}::bigint`);
  if (f.maxCents !== undefined) on.push(sql`${amount} <= ${String(f.maxCents)}::bigint`);
  const kind: RawBuilder<unknown>[] = [];
  if (f.category !== undefined) kind.push(sql`category_ids && ${categorySubtree(f.category)}`);
  if (f.brand !== undefined) kind.push(sql`brand = ${f.brand} and brand <> ''`);
  if (f.tags?.length) kind.push(sql`tags && ${sql.val(f.tags)}::text[]`);
  if (f.isFeatured !== undefined) kind.push(sql`is_featured = ${f.isFeatured}`);
  if (f.inStock !== undefined) kind.push(sql`in_stock = ${f.inStock}`);
  if (kind.length) on.push(sql`kind = any(array(select id from facet_kinds where ${sql.join(kind, sql` and `)}))`);
  const where = sql.join(on, sql` and `);
  return {
    few: sql`select id, search_vector from facet_products where ${where} limit ${FEW + 1}`,
    window: sql`select id, ${rank(f.q!)} as rank from facet_products where ${where} and id > w.lo and id <= w.hi
      order by id desc limit ${RELEVANCE_CANDIDATES}`,
    top: sql`select max(id) from facet_products`,
  };
}

export const tsQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;
const rank = (q: string) => sql<number>`ts_rank_cd(search_vector, ${tsQuery(q)})`;

/** Row-value comparison after the cursor's key, in the sort's direction (matches its index). */
function after(sort: ProductSort, key: SortKey, price: ReturnType<typeof marketPrice>, q?: string): Expression<SqlBool> {
  const [a, id] = [key[0], Number(key[1])];
  switch (sort) {
    case 'newest':
      return sql<SqlBool>`(created_at, id) < (${a}::timestamptz, ${id}::int)`;
    case 'price_asc':
      return sql<SqlBool>`(${price}, id) > (${a}::bigint, ${id}::int)`;
    case 'price_desc':
      return sql<SqlBool>`(${price}, id) < (${a}::bigint, ${id}::int)`;
    case 'name':
      return sql<SqlBool>`(name, id) > (${a}::text, ${id}::int)`;
    case 'relevance':
      return sql<SqlBool>`(c.rank < ${a}::real or (c.rank = ${a}::real and c.id < ${id}::int))`;
  }
}

/**
 * One page of the catalogue plus one extra row (to know whether there is a next page), in one
 * round trip. Each row carries `sort_key`, the values the next cursor is made of.
 */
export function listProducts(db: Kysely<DB>, f: ListFilters, sort: ProductSort, limit: number, cursor: SortKey | null) {
  const price = marketPrice(f.currency ?? 'USD');
  let q = db.selectFrom('products').select(SUMMARY_COLUMNS);
  // Spelled as in the partial indexes' predicate, so the planner can use them.
  if (!f.includeInactive) q = q.where('is_active', '=', true).where('deleted_at', 'is', null);
  // A product without a price in the market's currency (no rate, no explicit price) is not sold there.
  q = q.where(sql<SqlBool>`${price} is not null`);
  if (f.category !== undefined) q = q.where(inCategory(f.category));
  if (f.brand !== undefined) q = q.where('brand', '=', f.brand);
  if (f.minCents !== undefined) q = q.where(sql<SqlBool>`${price} >= ${String(f.minCents)}::bigint`);
  if (f.maxCents !== undefined) q = q.where(sql<SqlBool>`${price} <= ${String(f.maxCents)}::bigint`);
  if (f.tags?.length) q = q.where(sql<SqlBool>`tags && ${sql.val(f.tags)}::text[]`);
  if (f.isFeatured !== undefined) q = q.where('is_featured', '=', f.isFeatured);
  if (f.inStock === true) q = q.where('stock_quantity', '>', 0);
  if (f.inStock === false) q = q.where('stock_quantity', '=', 0);
  if (f.q !== undefined) q = q.where(sql<SqlBool>`search_vector @@ ${tsQuery(f.q)}`);
  if (sort === 'relevance') {
    // Rank the bounded candidates (the cursor's pages walk the same ones), then load only the page's rows.
    const matches = f.includeInactive ? productMatches(q, f.q!) : listedMatches(f);
    const page = sql<number[]>`array(select c.id from (${relevanceCandidates(matches, f.q!)}) c
      ${cursor ? sql`where ${after(sort, cursor, price, f.q)}` : sql``} order by c.rank desc, c.id desc limit ${limit + 1})`;
    q = db.selectFrom('products').select(SUMMARY_COLUMNS).where(sql<SqlBool>`id = any(${page})`);
  } else if (cursor) q = q.where(after(sort, cursor, price, f.q));

  const keyed = (() => {
    switch (sort) {
      case 'newest':
        return q.select(sql<SortKey>`json_build_array(created_at::text, id)`.as('sort_key')).orderBy('created_at', 'desc').orderBy('id', 'desc');
      case 'price_asc':
        return q.select(sql<SortKey>`json_build_array(${price}::text, id)`.as('sort_key')).orderBy(price, 'asc').orderBy('id', 'asc');
      case 'price_desc':
        return q.select(sql<SortKey>`json_build_array(${price}::text, id)`.as('sort_key')).orderBy(price, 'desc').orderBy('id', 'desc');
      case 'name':
        return q.select(sql<SortKey>`json_build_array(name, id)`.as('sort_key')).orderBy('name', 'asc').orderBy('id', 'asc');
      case 'relevance':
        return q
          .select(sql<SortKey>`json_build_array(${rank(f.q!)}::text, id)`.as('sort_key'))
          .orderBy(rank(f.q!), 'desc')
          .orderBy('id', 'desc');
    }
  })();
  return keyed.limit(limit + 1);
}

/**
 * A product with its images and variants, by id or slug, in one round trip; each variant carries
 * `market_amount`, its price in `currency` now (line_price).
 */
export function findProductDetail(db: Kysely<DB>, idOrSlug: number | string, includeInactive: boolean, currency = 'USD') {
  let q = db
    .selectFrom('products as p')
    .selectAll('p')
    .select((eb) => [
      jsonArrayFrom(
        eb.selectFrom('product_images as i').selectAll('i').whereRef('i.product_id', '=', 'p.id').orderBy('i.is_primary', 'desc').orderBy('i.position').orderBy('i.id'),
      ).as('images'),
      jsonArrayFrom(
        eb
          .selectFrom('product_variants as v')
          .selectAll('v')
          .select(sql<string | null>`(line_price(v.product_id, v.id, ${currency}, now())).amount`.as('market_amount'))
          .whereRef('v.product_id', '=', 'p.id')
          .orderBy('v.position')
          .orderBy('v.id'),
      ).as('variants'),
    ]);
  q = typeof idOrSlug === 'number' ? q.where('p.id', '=', idOrSlug) : q.where('p.slug', '=', idOrSlug);
  if (!includeInactive) q = q.where('p.is_active', '=', true).where('p.deleted_at', 'is', null);
  return q.executeTakeFirst();
}
