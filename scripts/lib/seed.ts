import { type Kysely, sql } from 'kysely';
import type { DB } from '../../src/db/schema';
import { demoProduct } from './catalog';

export interface SeedOptions {
  products: number;
  imageBase: string;
  log?: (line: string) => void;
}

const BATCH = 1000;

/** Inserts demo products (with a primary image each) up to `products`; safe to re-run. */
export async function seedCatalog(db: Kysely<DB>, opts: SeedOptions): Promise<number> {
  const { count } = await db.selectFrom('products').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
  let inserted = 0;
  for (let start = count; start < opts.products; start += BATCH) {
    const end = Math.min(start + BATCH, opts.products);
    const rows = Array.from({ length: end - start }, (_, k) => demoProduct(start + k, opts.imageBase));
    // Products and their primary images in one statement, so a crash leaves no product without an image.
    await sql`
      with p as (
        ${db.insertInto('products').values(rows).onConflict((oc) => oc.column('sku').doNothing()).returning(['id', 'primary_image_url', 'name'])}
      )
      insert into product_images (product_id, url, alt_text, is_primary, position)
      select id, primary_image_url, name, true, 0 from p`.execute(db);
    inserted += rows.length;
    opts.log?.(`seeded products ${end}/${opts.products}`);
  }
  return inserted;
}

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('products').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
