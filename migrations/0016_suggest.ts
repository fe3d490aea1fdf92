import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: typeahead. A dictionary of the catalogue's words (from product names, brands and category
// names) and of its brands, kept by statement-level triggers, is small whatever the catalogue's size:
// pg_trgm finds the nearest known word for a misspelt one there (GiST, nearest first), and the corrected
// words then find products through the full-text index. Entries are never removed: a word or brand
// that has left the catalogue only costs a lookup that finds no product.

const LISTED = 'where is_active and deleted_at is null';
const WORDS = (text: string) => `regexp_split_to_table(lower(${text}), '[^a-z0-9]+')`;
const IS_WORD = (w: string) => `length(${w}) between 2 and 40 and ${w} ~ '[a-z]'`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'create extension if not exists pg_trgm',
    `create table search_terms (
      kind text not null check (kind in ('word', 'brand')),
      term text not null check (length(term) between 1 and 200),
      display text not null,
      primary key (kind, term)
    )`,
    `create index search_terms_trgm_idx on search_terms using gist (term gist_trgm_ops)`,
    `create index search_terms_prefix_idx on search_terms (kind, term text_pattern_ops)`,
    `create function search_terms_from_products() returns trigger language plpgsql as $$
    begin
      insert into search_terms (kind, term, display)
        select distinct 'word', w, w from new_rows, ${WORDS(`name || ' ' || coalesce(brand, '') || ' ' || array_to_string(tags, ' ')`)} w where ${IS_WORD('w')}
        on conflict do nothing;
      insert into search_terms (kind, term, display)
        select distinct on (lower(brand)) 'brand', lower(brand), brand from new_rows where brand is not null and trim(brand) <> ''
        on conflict do nothing;
      return null;
    end $$`,
    // Transition tables cannot be limited to columns, so every product write passes here; it is a few
    // index probes per written row.
    `create trigger products_search_terms_insert after insert on products referencing new table as new_rows
      for each statement execute function search_terms_from_products()`,
    `create trigger products_search_terms_update after update on products referencing new table as new_rows
      for each statement execute function search_terms_from_products()`,
    `create function search_terms_from_categories() returns trigger language plpgsql as $$
    begin
      insert into search_terms (kind, term, display)
        select distinct 'word', w, w from new_rows, ${WORDS('name')} w where ${IS_WORD('w')}
        on conflict do nothing;
      return null;
    end $$`,
    `create trigger categories_search_terms_insert after insert on categories referencing new table as new_rows
      for each statement execute function search_terms_from_categories()`,
    `create trigger categories_search_terms_update after update on categories referencing new table as new_rows
      for each statement execute function search_terms_from_categories()`,
    `insert into search_terms (kind, term, display)
      select distinct 'word', w, w from products, ${WORDS(`name || ' ' || coalesce(brand, '') || ' ' || array_to_string(tags, ' ')`)} w where ${IS_WORD('w')}
      union select distinct 'word', w, w from categories, ${WORDS('name')} w where ${IS_WORD('w')}
      on conflict do nothing`,
    `insert into search_terms (kind, term, display)
      select distinct on (lower(brand)) 'brand', lower(brand), brand from products where brand is not null and trim(brand) <> ''
      on conflict do nothing`,

    // Byte order: serves both `like 'ab%'` and the order of the names that start so.
    `create index products_suggest_prefix_idx on products ((lower(name) collate "C")) ${LISTED}`,
    `create index products_suggest_brand_idx on products (lower(brand)) ${LISTED} and brand is not null`,
    `create index search_queries_suggest_idx on search_queries (query text_pattern_ops, created_at) where result_count > 0`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop index search_queries_suggest_idx',
    'drop index products_suggest_brand_idx',
    'drop index products_suggest_prefix_idx',
    'drop trigger categories_search_terms_update on categories',
    'drop trigger categories_search_terms_insert on categories',
    'drop function search_terms_from_categories()',
    'drop trigger products_search_terms_update on products',
    'drop trigger products_search_terms_insert on products',
    'drop function search_terms_from_products()',
    'drop table search_terms',
    // pg_trgm stays: other objects may have come to use it.
  ]);
}
