import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/db/schema';
import type { CloudinaryConfig } from '../../src/clients/cloudinary';
import { CATEGORY_NAMES, categoryOf, demoProduct } from './catalog';
import { PRODUCT_IMAGES, type SeedImage, uploadProductImages } from './seed-images';

export interface SeedOptions {
  products: number;
  /** Product i is pictured by productImages[i % length] (see uploadProductImages)... */
  productImages?: SeedImage[];
  /** ...or by its category's image (see uploadCategoryImages). */
  images?: Record<string, SeedImage>;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 1000;

/** Inserts demo products (with a primary image each) up to `products`; safe to re-run. */
export async function seedCatalog(db: Kysely<DB>, opts: SeedOptions): Promise<number> {
  const count = await productCount(db);
  const pictures = opts.productImages?.length ? opts.productImages : null;
  const pictureOf = (i: number) => (pictures ? pictures[i % pictures.length] : opts.images?.[categoryOf(i)]);
  const assets = JSON.stringify(pictures ?? Object.values(opts.images ?? {}));
  let inserted = 0;
  for (let start = count; start < opts.products; start += BATCH) {
    const end = Math.min(start + BATCH, opts.products);
    const rows = Array.from({ length: end - start }, (_, k) => {
      const picture = pictureOf(start + k);
      if (!picture) throw new Error(`no picture for demo product ${start + k}`);
      return demoProduct(start + k, picture.url);
    });
    // Products and their primary images in one statement, so a crash leaves no product without an image.
    await sql`
      with p as (
        ${db.insertInto('products').values(rows).onConflict((oc) => oc.column('sku').doNothing()).returning(['id', 'primary_image_url', 'name'])}
      )
      insert into product_images (product_id, url, public_id, alt_text, width, height, version, format, is_primary, position)
      select p.id, p.primary_image_url, a.public_id, p.name, a.width, a.height, a.version, a.format, true, 0
      from p join jsonb_to_recordset(${assets}::jsonb) as a(url text, public_id text, width int, height int, version bigint, format text)
        on a.url = p.primary_image_url`.execute(db);
    await seedVariants(db, rows.map((r) => r.sku));
    inserted += rows.length;
    opts.onProgress?.(end, opts.products);
  }
  return inserted;
}

async function productCount(db: Kysely<DB>): Promise<number> {
  const { count } = await db.selectFrom('products').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
  return count;
}

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('products').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

// Sizes where they are natural: apparel in S/M/L, footwear in EU 40-43; the stock is shared out.
const SIZES: Record<string, string[]> = { apparel: ['S', 'M', 'L'], footwear: ['40', '41', '42', '43'] };

async function seedVariants(db: Kysely<DB>, skus: string[]): Promise<void> {
  for (const [category, sizes] of Object.entries(SIZES)) {
    await sql`
      insert into product_variants (product_id, sku, name, options, stock_quantity, position)
      select p.id, p.sku || '-' || s.size, 'Size ' || s.size, jsonb_build_object('size', s.size),
             case when p.stock_quantity = 0 then 0 else (p.stock_quantity + s.ord - 1) / ${sizes.length} end, s.ord - 1
      from products p
      cross join unnest(${sql.val(sizes)}::text[]) with ordinality as s(size, ord)
      where p.category = ${category} and p.sku = any(${sql.val(skus)}::text[]) and not p.has_variants
      on conflict do nothing`.execute(db);
  }
}

/** A one-line progress bar: `[########----------]  40%  400/1000 products`. */
export function progressBar(done: number, total: number, width = 28): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${done}/${total} products`;
}

/** The demo catalogue with its pictures: `products` products, each with a picture of its own (see PRODUCT_IMAGES). */
export async function seedDemoCatalog(
  db: Kysely<DB>,
  config: CloudinaryConfig,
  opts: { products: number; onImages?: (done: number, total: number) => void; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  if ((await productCount(db)) >= opts.products) return 0;
  const count = opts.products <= PRODUCT_IMAGES ? opts.products : PRODUCT_IMAGES;
  if (PRODUCT_IMAGES % CATEGORY_NAMES.length !== 0) throw new Error('PRODUCT_IMAGES must be a multiple of the number of categories');
  const productImages = await uploadProductImages(config, count, (done) => opts.onImages?.(done, count));
  return seedCatalog(db, { products: opts.products, productImages, onProgress: opts.onProgress });
}
