import { type Selectable, type Updateable, sql } from 'kysely';
import type { Database } from '../client';
import type { ProductVariantsTable } from '../schema';

type VariantRow = Selectable<ProductVariantsTable> & { product_price_cents: string };

const productPriceCents = sql<string>`(select p.price_cents from products p where p.id = product_variants.product_id)`.as('product_price_cents');

export interface VariantValues {
  sku: string;
  name: string;
  options: Record<string, string>;
  price_cents: number | null;
  stock_quantity: number;
  is_active: boolean;
  position: number;
}

// Each write also touches the product (new version, fresh ETag) and reads back its stock, which
// the trigger has by then set to the variants' total. One round trip each.
function touchReturningStock(database: Database, productId: number) {
  return database.db.updateTable('products').set({ updated_at: sql`now()` }).where('id', '=', productId).returning('stock_quantity').compile();
}

const stockOf = (rows: Record<string, unknown>[] | undefined) => (rows?.[0]?.stock_quantity as number | undefined) ?? null;

/** Adds a variant to a live product; undefined when there is no such product. */
export async function createVariant(database: Database, productId: number, v: VariantValues) {
  const { db } = database;
  const insert = db
    .insertInto('product_variants')
    .columns(['product_id', 'sku', 'name', 'options', 'price_cents', 'stock_quantity', 'is_active', 'position'])
    .expression((eb) =>
      eb
        .selectFrom('products')
        .select((s) => [
          'products.id',
          s.val(v.sku).as('sku'),
          s.val(v.name).as('name'),
          sql`${JSON.stringify(v.options)}::jsonb`.as('options'),
          s.val(v.price_cents).as('price_cents'),
          s.val(v.stock_quantity).as('stock_quantity'),
          s.val(v.is_active).as('is_active'),
          s.val(v.position).as('position'),
        ])
        .where('products.id', '=', productId)
        .where('products.deleted_at', 'is', null),
    )
    .returningAll()
    .returning(productPriceCents)
    .compile();
  const [rows, product] = await database.batch([insert, touchReturningStock(database, productId)]);
  return { variant: rows![0] as VariantRow | undefined, productStock: stockOf(product) };
}

export async function updateVariant(database: Database, productId: number, variantId: number, patch: Updateable<ProductVariantsTable>) {
  const { db } = database;
  const update = db
    .updateTable('product_variants')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', variantId)
    .where('product_id', '=', productId)
    .returningAll()
    .returning(productPriceCents)
    .compile();
  const [rows, product] = await database.batch([update, touchReturningStock(database, productId)]);
  return { variant: rows![0] as VariantRow | undefined, productStock: stockOf(product) };
}

export async function deleteVariant(database: Database, productId: number, variantId: number) {
  const { db } = database;
  const del = db.deleteFrom('product_variants').where('id', '=', variantId).where('product_id', '=', productId).returning('id').compile();
  const [rows, product] = await database.batch([del, touchReturningStock(database, productId)]);
  return { deleted: rows![0] as { id: number } | undefined, productStock: stockOf(product) };
}
