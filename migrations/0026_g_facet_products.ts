import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: facet counts with a text query. They count the matching products, and reading 6,666 matches of
// "wireless speaker" from products (800-byte rows, 5,800 pages at 100k products) and grouping them by
// their category set, brand, tag set and price band took ~25 ms. facet_products keeps, per listed product,
// only what those counts need: the search vector (with its own full-text index), the product's kind (its
// category set, brand, tag set, stock state and featured flag, numbered in facet_kinds) and its price and
// price band per market currency (arrays by the currency's slot in facet_currencies). A match is then a
// 200-byte row grouped on two integers. Statement triggers keep it; kinds and slots are never removed.

const LISTED = 'r.is_active and r.deleted_at is null';
const KIND = 'category_ids, brand, tags, in_stock, is_featured';
const KIND_OF = `r.category_ids, coalesce(r.brand, '') as brand, r.tags, r.stock_quantity > 0 as in_stock, r.is_featured`;

// A product row's prices (or bands), by currency slot; a slot the product has no price in holds null.
const bySlot = (value: (amount: string) => string) => `(select array_agg(${value(`(r.prices -> c.code ->> 'amount')::bigint`)} order by s.i)
    from generate_series(1, (select max(slot) from facet_currencies)) s(i) left join facet_currencies c on c.slot = s.i)`;

// The listed rows of a set of product rows (a transition table, or products) into facet_products.
const fill = (rows: string) => [
  `insert into facet_currencies (code)
    select distinct e.key from ${rows} r cross join lateral jsonb_each(r.prices) e
    where ${LISTED} and (e.value ->> 'amount') is not null and not exists (select 1 from facet_currencies c where c.code = e.key)
    order by 1 on conflict do nothing`,
  `insert into facet_kinds (${KIND})
    select distinct ${KIND_OF} from ${rows} r
    where ${LISTED} and not exists (select 1 from facet_kinds k where (k.category_ids, k.brand, k.tags, k.in_stock, k.is_featured)
      = (r.category_ids, coalesce(r.brand, ''), r.tags, r.stock_quantity > 0, r.is_featured))
    order by 1, 2, 3, 4, 5 on conflict do nothing`,
  `insert into facet_products (id, kind, search_vector, amounts, bands)
    select r.id, k.id, coalesce(r.search_vector, ''), ${bySlot((a) => a)}, ${bySlot((a) => `price_band(${a})::smallint`)}
    from ${rows} r join facet_kinds k on (k.category_ids, k.brand, k.tags, k.in_stock, k.is_featured)
      = (r.category_ids, coalesce(r.brand, ''), r.tags, r.stock_quantity > 0, r.is_featured)
    where ${LISTED}
    order by r.id
    on conflict (id) do update set kind = excluded.kind, search_vector = excluded.search_vector, amounts = excluded.amounts, bands = excluded.bands
    where (facet_products.kind, facet_products.search_vector, facet_products.amounts)
      is distinct from (excluded.kind, excluded.search_vector, excluded.amounts)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table facet_currencies (
      code text primary key,
      slot smallint generated always as identity unique
    )`,
    `create table facet_kinds (
      id integer generated always as identity primary key,
      category_ids integer[] not null,
      brand text not null,
      tags text[] not null,
      in_stock boolean not null,
      is_featured boolean not null,
      unique (${KIND})
    )`,
    `create table facet_products (
      id integer primary key,
      kind integer not null,
      search_vector tsvector not null,
      amounts bigint[] not null,
      bands smallint[] not null
    )`,
    ...fill('products'),
    // Without a pending list (see 0026_h_search_index_no_pending_list).
    'create index facet_products_search_idx on facet_products using gin (search_vector) with (fastupdate = off)',
    `create function facet_products_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        delete from facet_products f using old_rows o where f.id = o.id;
        return null;
      end if;
      if tg_op = 'UPDATE' then
        -- Rows no longer listed (deactivated or soft-deleted) leave; the others are written below if they changed.
        delete from facet_products f using new_rows r where f.id = r.id and not (${LISTED});
      end if;
      ${fill('new_rows').join(';\n      ')};
      return null;
    end $$`,
    `create trigger products_facet_products_insert after insert on products referencing new table as new_rows
      for each statement execute function facet_products_apply()`,
    `create trigger products_facet_products_update after update on products referencing old table as old_rows new table as new_rows
      for each statement execute function facet_products_apply()`,
    `create trigger products_facet_products_delete after delete on products referencing old table as old_rows
      for each statement execute function facet_products_apply()`,
    'analyze facet_currencies',
    'analyze facet_kinds',
    'analyze facet_products',
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop trigger products_facet_products_delete on products',
    'drop trigger products_facet_products_update on products',
    'drop trigger products_facet_products_insert on products',
    'drop function facet_products_apply()',
    'drop table facet_products',
    'drop table facet_kinds',
    'drop table facet_currencies',
  ]);
}
