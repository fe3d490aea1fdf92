import { type Selectable, sql } from 'kysely';
import type { Database } from '../client';
import type { ProductImagesTable } from '../schema';
import { type ImageRecord, touchProduct } from './product-writes';

type ImageRow = Selectable<ProductImagesTable>;

const live = (productId: number) => sql`p.id = ${productId} and p.deleted_at is null`;

/**
 * Appends images to a live product in one round trip. With `primary`, the first new image
 * becomes the primary one and the product's primary_image_url follows it. Returns the product's
 * images after the change (empty when the product does not exist).
 */
export async function attachImages(database: Database, productId: number, images: ImageRecord[], primary: boolean): Promise<ImageRow[]> {
  const { db } = database;
  const rows = images.map((img, i) => ({ ...img, is_primary: primary && i === 0, ordinal: i }));
  const statements = [
    ...(primary ? [db.updateTable('product_images').set({ is_primary: false }).where('product_id', '=', productId).where('is_primary', '=', true).compile()] : []),
    sql`
      insert into product_images (product_id, url, public_id, alt_text, width, height, is_primary, position, version, format, bytes)
      select p.id, x.url, x.public_id, x.alt_text, x.width, x.height, x.is_primary,
             (select coalesce(max(position) + 1, 0) from product_images where product_id = p.id) + x.ordinal,
             x.version, x.format, x.bytes
      from products p
      cross join jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
        url text, public_id text, alt_text text, width int, height int, is_primary boolean, ordinal int, version bigint, format text, bytes int)
      where ${live(productId)}`.compile(db),
    primary
      ? db.updateTable('products').set({ primary_image_url: images[0]!.url, updated_at: sql`now()` }).where('id', '=', productId).compile()
      : touchProduct(db, productId),
    db.selectFrom('product_images').selectAll().where('product_id', '=', productId).orderBy('position').orderBy('id').compile(),
  ];
  const results = await database.batch(statements);
  return results.at(-1) as ImageRow[];
}

/** Makes an image the primary one, and mirrors its URL on the product. Undefined if not found. */
export async function setPrimaryImage(database: Database, productId: number, imageId: number) {
  const { db } = database;
  const mine = sql`exists (select 1 from product_images i where i.id = ${imageId} and i.product_id = ${productId})`;
  const [, rows] = await database.batch([
    sql`update product_images set is_primary = false where product_id = ${productId} and is_primary and ${mine}`.compile(db),
    sql`update product_images set is_primary = true where id = ${imageId} and product_id = ${productId} returning *`.compile(db),
    sql`update products p set primary_image_url = i.url, updated_at = now() from product_images i
        where p.id = ${productId} and i.id = ${imageId} and i.product_id = ${productId}`.compile(db),
  ]);
  return rows![0] as ImageRow | undefined;
}

export function findImage(database: Database, productId: number, imageId: number) {
  return database.db.selectFrom('product_images').selectAll().where('id', '=', imageId).where('product_id', '=', productId).executeTakeFirst();
}

export async function updateImage(database: Database, productId: number, imageId: number, patch: { alt_text?: string | null }) {
  const { db } = database;
  const [rows] = await database.batch([
    db.updateTable('product_images').set(patch).where('id', '=', imageId).where('product_id', '=', productId).returningAll().compile(),
    touchProduct(db, productId),
  ]);
  return rows![0] as ImageRow | undefined;
}

/** Sets positions from an ordered list that must name every image of the product exactly once. */
export async function reorderImages(database: Database, productId: number, imageIds: number[]): Promise<ImageRow[] | null> {
  const { db } = database;
  const [, rows] = await database.batch([
    sql`update product_images i set position = x.ord - 1
        from unnest(${sql.val(imageIds)}::int[]) with ordinality as x(id, ord)
        where i.id = x.id and i.product_id = ${productId}
          and (select array_agg(id order by id) from product_images where product_id = ${productId})
            = (select array_agg(v order by v) from unnest(${sql.val(imageIds)}::int[]) as v)`.compile(db),
    db.selectFrom('product_images').selectAll().where('product_id', '=', productId).orderBy('position').orderBy('id').compile(),
    touchProduct(db, productId),
  ]);
  const images = rows as ImageRow[];
  const applied = images.length === imageIds.length && images.every((img, i) => img.id === imageIds[i]);
  return applied ? images : null;
}

export type DeleteOutcome = { deleted: ImageRow } | { refused: 'primary' | 'last' } | null;

/** Deletes an image unless it is the primary or the last one; one round trip. */
export async function deleteImage(database: Database, productId: number, imageId: number): Promise<DeleteOutcome> {
  const { db } = database;
  const [state, deleted] = await database.batch([
    sql`select i.is_primary, (select count(*) from product_images where product_id = ${productId})::int as total
        from product_images i where i.id = ${imageId} and i.product_id = ${productId} for update`.compile(db),
    sql`delete from product_images i where i.id = ${imageId} and i.product_id = ${productId} and not i.is_primary
          and (select count(*) from product_images where product_id = ${productId}) > 1
        returning *`.compile(db),
    touchProduct(db, productId),
  ]);
  const s = state![0] as { is_primary: boolean; total: number } | undefined;
  if (!s) return null;
  if (deleted![0]) return { deleted: deleted![0] as ImageRow };
  return { refused: s.is_primary ? 'primary' : 'last' };
}
