import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: keyset-pagination indexes for the public list, Cloudinary asset fields on images, and
// product stock mirrored from variants so `in_stock` is one indexed column whatever holds the stock.

const LISTED = 'where is_active and deleted_at is null';

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table products add column has_variants boolean not null default false`,
    // Optimistic concurrency: every write to a product (its images and variants touch it too) bumps it.
    `alter table products add column version integer not null default 1`,
    `create function bump_version() returns trigger language plpgsql as $$
     begin new.version := old.version + 1; return new; end $$`,
    `create trigger products_bump_version before update on products for each row execute function bump_version()`,
    `alter table product_images add column version bigint, add column format text, add column bytes integer`,
    `create unique index product_images_public_id_key on product_images (product_id, public_id) where public_id is not null`,

    // One index per sort, on listed products only; each ends in id so the keyset order is total.
    `create index products_list_newest_idx on products (created_at desc, id desc) ${LISTED}`,
    `create index products_list_price_idx on products (price_cents, id) ${LISTED}`,
    `create index products_list_name_idx on products (name, id) ${LISTED}`,
    // The common filters, each with its sort columns after it.
    `create index products_list_category_idx on products (category, created_at desc, id desc) ${LISTED}`,
    `create index products_list_category_price_idx on products (category, price_cents, id) ${LISTED}`,
    `create index products_list_brand_idx on products (brand, created_at desc, id desc) ${LISTED}`,
    `create index products_list_brand_price_idx on products (brand, price_cents, id) ${LISTED}`,
    `create index products_list_featured_idx on products (created_at desc, id desc) ${LISTED} and is_featured`,
    `create index products_list_in_stock_idx on products (created_at desc, id desc) ${LISTED} and stock_quantity > 0`,
    `create index products_list_tags_idx on products using gin (tags) ${LISTED}`,
    `create index products_list_search_idx on products using gin (search_vector) ${LISTED}`,
    `create index product_variants_in_stock_idx on product_variants (product_id) where stock_quantity > 0 and is_active`,

    // A product with variants sells the variants' stock: its stock_quantity is their active total.
    `create function sync_product_stock() returns trigger language plpgsql as $$
    declare pid integer := coalesce(new.product_id, old.product_id);
    begin
      update products p set
        has_variants = exists (select 1 from product_variants v where v.product_id = pid),
        stock_quantity = case
          when exists (select 1 from product_variants v where v.product_id = pid)
          then (select coalesce(sum(v.stock_quantity), 0) from product_variants v where v.product_id = pid and v.is_active)
          else p.stock_quantity end
      where p.id = pid;
      return null;
    end $$`,
    `create trigger product_variants_sync_stock after insert or delete or update of stock_quantity, is_active, product_id
      on product_variants for each row execute function sync_product_stock()`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop trigger product_variants_sync_stock on product_variants',
    'drop function sync_product_stock()',
    ...[
      'product_variants_in_stock_idx', 'products_list_search_idx', 'products_list_tags_idx', 'products_list_in_stock_idx',
      'products_list_featured_idx', 'products_list_brand_price_idx', 'products_list_brand_idx', 'products_list_category_price_idx',
      'products_list_category_idx', 'products_list_name_idx', 'products_list_price_idx', 'products_list_newest_idx',
      'product_images_public_id_key',
    ].map((i) => `drop index ${i}`),
    'alter table product_images drop column version, drop column format, drop column bytes',
    'drop trigger products_bump_version on products',
    'drop function bump_version()',
    'alter table products drop column version',
    'alter table products drop column has_variants',
  ]);
}
