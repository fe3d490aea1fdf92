import { Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import * as m0016 from '../../migrations/0016_categories';
import * as m0021c from '../../migrations/0021_category_slugs';
import * as m0021f from '../../migrations/0021_facets';
import * as m0026g from '../../migrations/0026_g_facet_products';
import { migrateToLatest } from '../../scripts/lib/migrator';
import { categorySlug } from '../../src/catalog/slug';

// Migration 0016 turns the text categories of existing products into the tree: every product keeps its
// category (the text is untouched, and it is filed under the category of that text's slug), and `down`
// gives back the table as it was.
let db: Kysely<any>;
let close: () => Promise<void>;
const TEXTS = ['Electronics', 'electronics', 'Home & Garden', 'Café Crème', '!!!', null, '  '];

beforeAll(async () => {
  const lite = await createPgliteBackend({});
  db = new Kysely({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
  close = () => lite.close();
  await migrateToLatest(db, () => {});
  // The later migrations built on the tree go first.
  await m0026g.down(db);
  await m0021f.down(db);
  await m0021c.down(db);
  await m0016.down(db);
  for (const [i, category] of TEXTS.entries()) {
    await sql`insert into products (name, slug, sku, price_cents, category) values (${`P${i}`}, ${`p-${i}`}, ${`SKU-${i}`}, 1000, ${category})`.execute(db);
  }
  await m0016.up(db);
}, 120_000);

afterAll(async () => close?.());

describe('migration 0016: text categories into the tree', () => {
  it('files every product with a category under the category of its slug, text unchanged', async () => {
    const { rows } = await sql<{ name: string; category: string | null; category_ids: number[]; slug: string | null; parent_id: number | null }>`
      select p.name, p.category, p.category_ids, c.slug, c.parent_id from products p left join categories c on c.id = p.category_id order by p.name`.execute(db);
    expect(rows.map((r) => r.category)).toEqual(TEXTS);
    for (const r of rows) {
      if (r.category === null || r.category.trim() === '') {
        expect(r.slug).toBeNull();
        expect(r.category_ids).toEqual([]);
      } else {
        expect(r.slug, r.category).toBe(categorySlug(r.category));
        expect(r.parent_id).toBeNull();
        expect(r.category_ids).toHaveLength(1);
      }
    }
    const slugs = (await sql<{ slug: string }>`select slug from categories order by slug`.execute(db)).rows.map((r) => r.slug);
    expect(slugs).toEqual(['cafe-creme', 'category', 'electronics', 'home-garden']);
  });

  it('keeps the text as the source: a product written later is filed by the same rule', async () => {
    await sql`insert into products (name, slug, sku, price_cents, category) values ('New', 'new', 'SKU-new', 1, 'Home  &  Garden')`.execute(db);
    const r = (await sql<{ slug: string }>`select c.slug from products p join categories c on c.id = p.category_id where p.sku = 'SKU-new'`.execute(db)).rows[0];
    expect(r?.slug).toBe('home-garden');
    await sql`update products set category = 'Garden Tools' where sku = 'SKU-new'`.execute(db);
    const moved = (await sql<{ slug: string; n: number }>`
      select c.slug, cardinality(p.category_ids) as n from products p join categories c on c.id = p.category_id where p.sku = 'SKU-new'`.execute(db)).rows[0];
    expect(moved).toEqual({ slug: 'garden-tools', n: 1 });
  });

  it('goes down without losing a category, and up again', async () => {
    await m0016.down(db);
    const { rows } = await sql<{ category: string | null }>`select category from products where sku like 'SKU-_' order by name`.execute(db);
    expect(rows.map((r) => r.category)).toEqual(TEXTS);
    await m0016.up(db);
    const n = (await sql<{ n: number }>`select count(*)::int as n from products where category_id is null and trim(coalesce(category, '')) <> ''`.execute(db)).rows[0];
    expect(n?.n).toBe(0);
  });
});
