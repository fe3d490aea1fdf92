import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: facet counts and the list's price estimates.
//
// facet_cells counts the listed products per market currency, price band, category set, brand, tag set,
// stock state and featured flag. Facet counts without a text query add up these cells (a few thousand
// rows at 100k products) instead of the products; statement triggers keep them in step with every
// write, and an update that moves no product between cells (most stock changes) writes nothing.
// Price bands are the 1-2-5 ladder in minor units (…, 10-20, 20-50, 50-100, …): band 0 is [0, 1),
// band 3k+1 is [10^k, 2·10^k), 3k+2 is [2·10^k, 5·10^k), 3k+3 is [5·10^k, 10^(k+1)).
//
// The per-currency price index is partial, so Postgres keeps no statistics it will use for the price
// expression and guessed every price range at 0.5% of the rows; with a category and in_stock that made it
// read the whole range through a bitmap instead of walking the newest index. Expression statistics fix it.

const SEEDED_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];
const KEY = 'currency, band, category_ids, brand, tags, in_stock, is_featured';

// The cells of a set of product rows (a transition table), with a sign.
const cellsOf = (rows: string, sign: number) => `
  select e.key as currency, price_band((e.value ->> 'amount')::bigint) as band, r.category_ids,
    coalesce(r.brand, '') as brand, r.tags, r.stock_quantity > 0 as in_stock, r.is_featured, ${sign} as d
  from ${rows} r cross join lateral jsonb_each(r.prices) e
  where r.is_active and r.deleted_at is null and (e.value ->> 'amount') is not null`;

const apply = (parts: string) => `
  insert into facet_cells (${KEY}, products)
  select ${KEY}, sum(d) from (${parts}) x group by ${KEY} having sum(d) <> 0 order by ${KEY}
  on conflict (${KEY}) do update set products = facet_cells.products + excluded.products`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create function price_band(amount bigint) returns integer language sql immutable parallel safe as $$
      select case when amount < 1 then 0
        else 3 * (length(amount::text) - 1)
          + case when left(amount::text, 1) = '1' then 1 when left(amount::text, 1) in ('2', '3', '4') then 2 else 3 end end
    $$`,
    `create table facet_cells (
      currency text not null,
      band integer not null,
      category_ids integer[] not null,
      brand text not null,
      tags text[] not null,
      in_stock boolean not null,
      is_featured boolean not null,
      products integer not null
    )`,
    `create unique index facet_cells_key on facet_cells (${KEY})`,
    `insert into facet_cells (${KEY}, products)
      select ${KEY}, count(*) from (${cellsOf('products', 1)}) x group by ${KEY}`,
    `create function facet_cells_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${apply(cellsOf('new_rows', 1))};
      elsif tg_op = 'DELETE' then
        ${apply(cellsOf('old_rows', -1))};
      else
        ${apply(`${cellsOf('old_rows', -1)} union all ${cellsOf('new_rows', 1)}`)};
      end if;
      return null;
    end $$`,
    `create trigger products_facet_cells_insert after insert on products referencing new table as new_rows
      for each statement execute function facet_cells_apply()`,
    `create trigger products_facet_cells_update after update on products referencing old table as old_rows new table as new_rows
      for each statement execute function facet_cells_apply()`,
    `create trigger products_facet_cells_delete after delete on products referencing old table as old_rows
      for each statement execute function facet_cells_apply()`,
    ...SEEDED_CURRENCIES.map(
      (c) => `create statistics products_price_${c.toLowerCase()}_stats on (((prices -> '${c}' ->> 'amount')::bigint)) from products`,
    ),
    'analyze products',
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    ...SEEDED_CURRENCIES.map((c) => `drop statistics products_price_${c.toLowerCase()}_stats`),
    'drop trigger products_facet_cells_delete on products',
    'drop trigger products_facet_cells_update on products',
    'drop trigger products_facet_cells_insert on products',
    'drop function facet_cells_apply()',
    'drop table facet_cells',
    'drop function price_band(bigint)',
  ]);
}
