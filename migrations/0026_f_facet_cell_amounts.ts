import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: each facet cell's products' prices, sorted, in facet_cell_prices (same key as facet_cells, kept
// apart so that counting reads narrow cells). A price range that cuts inside a band was counted by reading
// every product of the cut bands' range through the price index (~4,500 rows at 100k products for a range
// inside one band, 35-90 ms p99); now each cut cell answers "how many of mine lie in [min, max]" with two
// binary searches (width_bucket over its sorted prices), and no product is read.
//
// The trigger's first statement, the counts' upsert in key order (as 0021_facets), also locks the cells
// whose prices change, so writers of the same cell merge their prices one after the other: existing rows
// are updated, then missing ones inserted whole (a bulk load writes each row once). An update that moves
// no product between cells and changes no price (most stock changes) writes nothing.

const KEY = 'currency, band, category_ids, brand, tags, in_stock, is_featured';
const EQ = ['currency', 'band', 'category_ids', 'brand', 'tags', 'in_stock', 'is_featured'].map((c) => `f.${c} = c.${c}`).join(' and ');

// The cells of a set of product rows (a transition table), with a sign and the price.
const cellsOf = (rows: string, sign: number) => `
  select e.key as currency, price_band((e.value ->> 'amount')::bigint) as band, r.category_ids,
    coalesce(r.brand, '') as brand, r.tags, r.stock_quantity > 0 as in_stock, r.is_featured, ${sign} as d,
    (e.value ->> 'amount')::bigint as amount
  from ${rows} r cross join lateral jsonb_each(r.prices) e
  where r.is_active and r.deleted_at is null and (e.value ->> 'amount') is not null`;

// Per cell: the change in count and the prices that arrive and leave; only cells where something changed.
const changed = (parts: string) => `changed as (
    select * from (
      select ${KEY}, sum(d) as n,
        coalesce(array_agg(amount order by amount) filter (where d > 0), '{}') as added,
        coalesce(array_agg(amount order by amount) filter (where d < 0), '{}') as removed
      from (${parts}) x group by ${KEY}
    ) y where n <> 0 or added <> removed
  )`;

const apply = (parts: string) => `
  with ${changed(parts)}
  insert into facet_cells (${KEY}, products)
  select ${KEY}, n from changed order by ${KEY}
  on conflict (${KEY}) do update set products = facet_cells.products + excluded.products;
  with ${changed(parts)}
  update facet_cell_prices f set amounts = facet_amounts_merge(f.amounts, c.added, c.removed) from changed c where ${EQ};
  with ${changed(parts)}
  insert into facet_cell_prices (${KEY}, amounts)
  select ${KEY}, facet_amounts_merge('{}', added, removed) from changed c
  where not exists (select 1 from facet_cell_prices f where ${EQ})`;

// 0021_facets' function, restored by down.
const applyBefore = (parts: string) => `
  insert into facet_cells (${KEY}, products)
  select ${KEY}, sum(d) from (${parts}) x group by ${KEY} having sum(d) <> 0 order by ${KEY}
  on conflict (${KEY}) do update set products = facet_cells.products + excluded.products`;

const applyFunction = (fn: (parts: string) => string) => `create or replace function facet_cells_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${fn(cellsOf('new_rows', 1))};
      elsif tg_op = 'DELETE' then
        ${fn(cellsOf('old_rows', -1))};
      else
        ${fn(`${cellsOf('old_rows', -1)} union all ${cellsOf('new_rows', 1)}`)};
      end if;
      return null;
    end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    // The multiset cur + added - removed, sorted (width_bucket needs its thresholds in order).
    `create function facet_amounts_merge(cur bigint[], added bigint[], removed bigint[]) returns bigint[]
      language sql immutable parallel safe as $$
      select coalesce(array_agg(a order by a), '{}') from (
        select unnest(cur || added) as a except all select unnest(removed)
      ) x
    $$`,
    `create table facet_cell_prices (
      currency text not null,
      band integer not null,
      category_ids integer[] not null,
      brand text not null,
      tags text[] not null,
      in_stock boolean not null,
      is_featured boolean not null,
      amounts bigint[] not null
    )`,
    `insert into facet_cell_prices (${KEY}, amounts)
      select ${KEY}, array_agg(amount order by amount) from (${cellsOf('products', 1)}) x group by ${KEY}`,
    `create unique index facet_cell_prices_key on facet_cell_prices (${KEY})`,
    applyFunction(apply),
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    applyFunction(applyBefore),
    'drop table facet_cell_prices',
    'drop function facet_amounts_merge(bigint[], bigint[], bigint[])',
  ]);
}
