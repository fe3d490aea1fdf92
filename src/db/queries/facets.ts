import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../schema';
import { categorySubtree, type ListFilters, marketPrice, tsQuery } from './products';

export const FACET_NAMES = ['category', 'brand', 'tags', 'price', 'in_stock'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetCountsRaw {
  category?: { value: string; label: string; parent: string | null; count: number }[];
  brand?: { value: string; count: number }[];
  tags?: { value: string; count: number }[];
  in_stock?: { value: boolean; count: number }[];
  price?: { band: number; count: number }[];
}

/** The 1-2-5 ladder band of an amount in minor units, as the SQL price_band (migration 0021). */
export function priceBand(amount: number): number {
  if (amount < 1) return 0;
  const s = String(Math.trunc(amount));
  return 3 * (s.length - 1) + (s[0] === '1' ? 1 : '234'.includes(s[0]!) ? 2 : 3);
}

/** The lowest amount of a band; a band ends where the next one starts. */
export function bandFloor(band: number): number {
  if (band <= 0) return 0;
  return [1, 2, 5][(band - 1) % 3]! * 10 ** Math.floor((band - 1) / 3);
}

// Each facet's bit in a unit's miss mask: the unit fails that facet's filter.
const BIT: Record<FacetName, number> = { brand: 1, tags: 2, category: 4, in_stock: 8, price: 16 };

/**
 * The units facets are counted over, as (category_ids, brand, tags, in_stock, band, price_ok, for_price, n).
 * Without a text query they are the facet cells (a few thousand, not the products): cells wholly inside
 * the price range, plus, for the bands the range cuts, each cell's products within the range, counted by
 * binary search over the cell's sorted prices (facet_cell_prices, migration 0026_f). With `q` they are the matches in
 * facet_products grouped by kind and band; for admins (inactive products too) the products themselves.
 */
function units(f: ListFilters): RawBuilder<unknown> {
  const currency = f.currency ?? 'USD';
  const price = marketPrice(currency);
  const featured = f.isFeatured === undefined ? sql`` : sql`and is_featured = ${f.isFeatured}`;
  const priced = f.minCents !== undefined || f.maxCents !== undefined;
  const inRange = sql.join(
    [sql`true`, ...(f.minCents !== undefined ? [sql`${price} >= ${String(f.minCents)}::bigint`] : []), ...(f.maxCents !== undefined ? [sql`${price} <= ${String(f.maxCents)}::bigint`] : [])],
    sql` and `,
  );
  if (f.includeInactive) {
    const text = f.q === undefined ? sql`` : sql`and search_vector @@ ${tsQuery(f.q)}`;
    // Grouped here, so the five facets' sorts and groupings read a few hundred units, not every match.
    return sql`select category_ids, coalesce(brand, '') as brand, tags, stock_quantity > 0 as in_stock, price_band(${price}) as band,
        (${inRange}) as price_ok, true as for_price, count(*)::int as n
      from products where ${price} is not null ${text} ${featured} group by 1, 2, 3, 4, 5, 6`;
  }
  if (f.q !== undefined) {
    // The listed matches from facet_products (migration 0026_g): grouped by kind and band, then the kinds read.
    const slot = sql`(select slot from facet_currencies where code = ${currency})`;
    const amount = sql`amounts[${slot}]`;
    const matchRange = sql.join(
      [sql`true`, ...(f.minCents !== undefined ? [sql`${amount} >= ${String(f.minCents)}::bigint`] : []), ...(f.maxCents !== undefined ? [sql`${amount} <= ${String(f.maxCents)}::bigint`] : [])],
      sql` and `,
    );
    return sql`select k.category_ids, k.brand, k.tags, k.in_stock, u.band, u.price_ok, true as for_price, u.n
      from (select kind, bands[${slot}]::int as band, (${matchRange}) as price_ok, count(*)::int as n
        from facet_products where search_vector @@ ${tsQuery(f.q)} and ${amount} is not null group by 1, 2, 3) u
      join facet_kinds k on k.id = u.kind ${featured}`;
  }
  const cells = sql`from facet_cells where currency = ${currency} and products > 0 ${featured}`;
  if (!priced) {
    return sql`select category_ids, brand, tags, in_stock, band, true as price_ok, true as for_price, products as n ${cells}`;
  }
  // Bands wholly inside [min, max]: from the first band starting at or above min to the band holding max + 1.
  const min = f.minCents ?? 0;
  let lo = priceBand(min);
  if (bandFloor(lo) < min) lo += 1;
  const hi = f.maxCents === undefined ? null : priceBand(f.maxCents + 1);
  const inside = hi === null ? sql`band >= ${lo}` : sql`band >= ${lo} and band < ${hi}`;
  // The cut bands: those holding min or max that are not wholly inside.
  const cutBands = [...new Set([priceBand(min), ...(f.maxCents === undefined ? [] : [priceBand(f.maxCents)])])].filter((b) => b < lo || (hi !== null && b >= hi));
  const whole = sql`select category_ids, brand, tags, in_stock, band, (${inside}) as price_ok, true as for_price, products as n ${cells}`;
  if (cutBands.length === 0) return whole;
  // width_bucket(x, sorted) is how many of the sorted prices are <= x.
  const upTo = f.maxCents === undefined ? sql`cardinality(amounts)` : sql`width_bucket(${String(f.maxCents)}::bigint, amounts)`;
  const below = min > 0 ? sql`width_bucket(${String(min - 1)}::bigint, amounts)` : sql`0`;
  return sql`${whole}
    union all
    select * from (select category_ids, brand, tags, in_stock, band, true, false, ${upTo} - ${below} as n
      from facet_cell_prices where currency = ${currency} and band in (${sql.join(cutBands)}) ${featured}) c where n > 0`;
}

/** Which of the facet filters a unit fails, as a bit mask. */
function missMask(f: ListFilters): RawBuilder<number> {
  const parts = [sql`0`];
  if (f.brand !== undefined) parts.push(sql`case when brand = ${f.brand} then 0 else ${BIT.brand} end`);
  if (f.tags?.length) parts.push(sql`case when tags && ${sql.val(f.tags)}::text[] then 0 else ${BIT.tags} end`);
  if (f.category !== undefined) parts.push(sql`case when category_ids && ${categorySubtree(f.category)} then 0 else ${BIT.category} end`);
  if (f.inStock !== undefined) parts.push(sql`case when in_stock = ${f.inStock} then 0 else ${BIT.in_stock} end`);
  parts.push(sql`case when price_ok then 0 else ${BIT.price} end`);
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

// Counts under every filter but the facet's own (disjunctive faceting).
const own = (name: FacetName) => sql.raw(`m & ~${BIT[name]} = 0`);

const FACET_SQL: Record<FacetName, RawBuilder<unknown>> = {
  brand: sql`(select coalesce(json_agg(json_build_object('value', brand, 'count', n) order by n desc, brand), '[]')
    from (select brand, sum(n)::int as n from x where ${own('brand')} and brand <> '' group by brand) b where n > 0)`,
  tags: sql`(select coalesce(json_agg(json_build_object('value', t, 'count', n) order by n desc, t), '[]')
    from (select d.t, sum(g.n)::int as n from (select tags, sum(n) as n from x where ${own('tags')} group by tags) g
      cross join lateral (select distinct unnest(g.tags) as t) d group by d.t) b where n > 0)`,
  // A product counts once under each category it is filed in and each of their ancestors.
  category: sql`(select coalesce(json_agg(json_build_object('value', c.slug, 'label', c.name, 'parent', p.slug, 'count', s.n)
      order by c.depth, s.n desc, c.position, c.name), '[]')
    from (select a.id, sum(g.n)::int as n
      from (select category_ids, sum(n) as n from x where ${own('category')} group by category_ids) g
      cross join lateral (select distinct unnest(string_to_array(trim(both '/' from c.path), '/')::int[]) as id
        from categories c where c.id = any(g.category_ids)) a group by a.id) s
    join categories c on c.id = s.id left join categories p on p.id = c.parent_id where s.n > 0)`,
  in_stock: sql`(select coalesce(json_agg(json_build_object('value', in_stock, 'count', n) order by in_stock desc), '[]')
    from (select in_stock, sum(n)::int as n from x where ${own('in_stock')} group by in_stock) b where n > 0)`,
  price: sql`(select coalesce(json_agg(json_build_object('band', band, 'count', n) order by band), '[]')
    from (select band, sum(n)::int as n from x where ${own('price')} and for_price group by band) b where n > 0)`,
};

/** The counts of the requested facets under the list's filters, as one JSON value (one subquery). */
export function facetCounts(f: ListFilters, names: readonly FacetName[]): RawBuilder<FacetCountsRaw> {
  const fields = sql.join(names.map((name) => sql`${sql.lit(name)}, ${FACET_SQL[name]}`));
  return sql<FacetCountsRaw>`(with x as materialized (
      select * from (select u.*, ${missMask(f)} as m from (${units(f)}) u) y where m in (0, 1, 2, 4, 8, 16)
    ) select json_build_object(${fields}))`;
}

/**
 * A list page and its facet counts in one statement: the counts ride on every row, and on a row of
 * nulls when the page is empty (the caller drops it).
 */
export function facetsStatement<O>(page: SelectQueryBuilder<DB, 'products', O>, f: ListFilters, names: readonly FacetName[]) {
  type Row = { [K in keyof O]: O[K] | null } & { facets: FacetCountsRaw };
  return sql<Row>`select p.*, f.facets from (select ${facetCounts(f, names)} as facets) f left join lateral (${page}) p on true`;
}
