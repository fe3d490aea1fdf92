import { type CompiledQuery, type Insertable, type Kysely, type RawBuilder, type Selectable, type SqlBool, type Updateable, sql } from 'kysely';
import type { Database } from '../client';
import type { DB, ProductImagesTable, ProductsTable } from '../schema';

type ProductRow = Selectable<ProductsTable>;
type ImageRow = Selectable<ProductImagesTable>;

export interface ImageRecord {
  url: string;
  public_id?: string | null;
  alt_text?: string | null;
  width?: number | null;
  height?: number | null;
  is_primary: boolean;
  version?: number | null;
  format?: string | null;
  bytes?: number | null;
}

/** Inserts `images` for the product `where` selects, positions in the order given. */
export function insertImagesFor(db: Kysely<DB>, productWhere: RawBuilder<unknown>, images: ImageRecord[]): CompiledQuery {
  const rows = images.map((img, position) => ({ ...img, position }));
  return sql`
    insert into product_images (product_id, url, public_id, alt_text, width, height, is_primary, position, version, format, bytes)
    select p.id, x.url, x.public_id, x.alt_text, x.width, x.height, x.is_primary, x.position, x.version, x.format, x.bytes
    from products p
    cross join jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
      url text, public_id text, alt_text text, width int, height int, is_primary boolean, position int, version bigint, format text, bytes int)
    where ${productWhere}
    returning *`.compile(db);
}

/** Creates a product and its images atomically, in one round trip. */
export async function createProduct(database: Database, values: Insertable<ProductsTable>, images: ImageRecord[], sku: string) {
  const { db } = database;
  const [products, inserted] = await database.batch([
    db.insertInto('products').values(values).returningAll().compile(),
    insertImagesFor(db, sql`p.sku = ${sku}`, images),
  ]);
  return { product: products![0] as ProductRow, images: inserted as ImageRow[] };
}

export type Precondition = { version: number } | { updatedAt: string } | null;

function preconditionSql(p: Precondition): RawBuilder<SqlBool> {
  if (!p) return sql<SqlBool>`true`;
  if ('version' in p) return sql<SqlBool>`version = ${p.version}`;
  // The API shows updated_at with millisecond precision.
  return sql<SqlBool>`date_trunc('milliseconds', updated_at) = ${p.updatedAt}::timestamptz`;
}

/**
 * Updates a live product if `precondition` holds, and replaces its images when given, in one
 * round trip. Returns undefined when nothing matched (missing, deleted or stale).
 */
export async function updateProduct(database: Database, id: number, patch: Updateable<ProductsTable>, images: ImageRecord[] | undefined, precondition: Precondition) {
  const { db } = database;
  const update = db
    .updateTable('products')
    .set({ ...patch, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .where(preconditionSql(precondition))
    // Stock of a product with variants lives on the variants; its own column is their mirror.
    .$if(patch.stock_quantity !== undefined, (q) => q.where('has_variants', '=', false))
    .returningAll()
    .compile();
  if (!images) {
    const [rows] = await database.batch([update]);
    return rows![0] ? { product: rows![0] as ProductRow, images: undefined } : undefined;
  }
  // Images are replaced only if the update above applied in this same transaction: the row then
  // carries this transaction's now() as updated_at, which no other transaction can have written.
  const applied = sql`p.id = ${id} and p.updated_at = now()`;
  const [rows, , inserted] = await database.batch([
    update,
    sql`delete from product_images where product_id = ${id} and exists (select 1 from products p where ${applied})`.compile(db),
    insertImagesFor(db, applied, images),
  ]);
  return rows![0] ? { product: rows![0] as ProductRow, images: inserted as ImageRow[] } : undefined;
}

/** The current version of a live product, to tell a stale precondition (412) from a missing one (404). */
export function currentVersion(db: Kysely<DB>, id: number) {
  return db.selectFrom('products').select(['version', 'updated_at', 'has_variants']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** Soft delete: hidden from the catalogue; orders keep their snapshots. A batch, so its event is collected. */
export async function softDeleteProduct(database: Database, id: number): Promise<boolean> {
  const [rows] = await database.batch([
    database.db
      .updateTable('products')
      .set({ is_active: false, deleted_at: sql`now()` })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .returning('id')
      .compile(),
  ]);
  return rows!.length > 0;
}

/** Marks a product as changed (its images or variants were), bumping its version. */
export function touchProduct(db: Kysely<DB>, id: number): CompiledQuery {
  return db.updateTable('products').set({ updated_at: sql`now()` }).where('id', '=', id).compile();
}
