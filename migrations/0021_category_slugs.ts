import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the list's category filter by slug. `category_ids && array(<the subtree's ids>)` hides the
// category from the planner (it guessed 1% of the rows for any category), so a category with a price
// range read a fifth of the table through a bitmap. Each product now keeps the slugs of its categories
// and of all their ancestors, and the filter is `category_slugs @> array['home']`: a constant the
// planner has statistics for, on a GIN index. Triggers keep the slugs when a product's categories
// change, and when a category is renamed or moved (for the products of its subtree).

const LISTED = 'where is_active and deleted_at is null';

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create function category_slugs_of(ids integer[]) returns text[] language sql stable parallel safe as $$
      select coalesce(array_agg(distinct a.slug order by a.slug), '{}')
      from categories c join categories a on c.path like a.path || '%' where c.id = any(ids)
    $$`,
    `alter table products add column category_slugs text[] not null default '{}'`,
    // Named to run after products_category_sync, which files the product under its category text.
    `create function products_category_tree() returns trigger language plpgsql as $$
    begin
      new.category_slugs := category_slugs_of(new.category_ids);
      return new;
    end $$`,
    `create trigger products_category_tree before insert or update of category, category_ids on products
      for each row execute function products_category_tree()`,
    // After categories_move_subtree (alphabetical order), so the descendants' paths are already moved.
    `create function categories_product_slugs() returns trigger language plpgsql as $$
    begin
      update products set category_slugs = category_slugs_of(category_ids)
      where category_ids && array(select id from categories where path like new.path || '%');
      return null;
    end $$`,
    `create trigger categories_product_slugs after update of slug, parent_id on categories
      for each row when (old.slug is distinct from new.slug or old.parent_id is distinct from new.parent_id)
      execute function categories_product_slugs()`,
    // The fill changes no product as the API shows it: no versions, audit rows or events for it.
    'alter table products disable trigger user',
    `update products set category_slugs = category_slugs_of(category_ids) where category_ids <> '{}'`,
    'alter table products enable trigger user',
    `create index products_list_category_slugs_idx on products using gin (category_slugs) ${LISTED}`,
    'analyze products',
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop index products_list_category_slugs_idx',
    'drop trigger categories_product_slugs on categories',
    'drop function categories_product_slugs()',
    'drop trigger products_category_tree on products',
    'drop function products_category_tree()',
    'alter table products drop column category_slugs',
    'drop function category_slugs_of(integer[])',
  ]);
}
