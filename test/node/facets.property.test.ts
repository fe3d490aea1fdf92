import fc from 'fast-check';
import { Kysely, PGliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteBackend } from '../../local/neon/backends/pglite';
import { bandFloor, FACET_NAMES, facetsStatement, priceBand } from '../../src/db/queries/facets';
import { type ListFilters, listProducts } from '../../src/db/queries/products';
import type { DB } from '../../src/db/schema';
import { migrateToLatest } from '../../scripts/lib/migrator';

// Facet counts (from the facet cells, the cut bands' sorted prices, or the matching rows with a text
// query) against a brute-force count over every product, on random catalogues, random writes and
// random filters.
let db: Kysely<DB>;
let close: () => Promise<void>;

const CATS = ['home', 'kitchen', 'garden', 'tools', 'books'];
const BRANDS = ['Acme', 'Lumen', 'Oakline', null];
const TAGS = ['sale', 'new', 'gift', 'eco'];
const WORDS = ['lamp', 'kettle', 'speaker', 'mug'];

beforeAll(async () => {
  const lite = await createPgliteBackend({});
  db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: lite.pglite }) });
  close = () => lite.close();
  await migrateToLatest(db, () => {});
}, 120_000);
afterAll(async () => close?.());

interface Row {
  id: number;
  category_ids: number[];
  brand: string | null;
  tags: string[];
  stock_quantity: number;
  is_featured: boolean;
  listed: boolean;
  price: number | null;
}

const product = fc.record({
  cat: fc.constantFrom(...CATS),
  brand: fc.constantFrom(...BRANDS),
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  stock: fc.constantFrom(0, 0, 3, 50),
  featured: fc.boolean(),
  active: fc.constantFrom(true, true, true, false),
  price: fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(100, 199, 200, 500, 999, 1000, 2000, 4999, 5000)),
  word: fc.constantFrom(...WORDS),
});

const filters = fc.record(
  {
    category: fc.constantFrom(...CATS),
    brand: fc.constantFrom('Acme', 'Lumen', 'Oakline'),
    tags: fc.uniqueArray(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 2 }),
    inStock: fc.boolean(),
    isFeatured: fc.boolean(),
    min: fc.oneof(fc.integer({ min: 0, max: 30_000 }), fc.constantFrom(0, 200, 1000, 2000, 5000)),
    span: fc.oneof(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom(0, 799, 2999, 4999)),
    q: fc.constantFrom(...WORDS),
  },
  { requiredKeys: [] },
);

type Spec = typeof product extends fc.Arbitrary<infer T> ? T : never;

async function reset(products: Spec[]) {
  await sql`truncate facet_cells`.execute(db);
  await sql`delete from products`.execute(db);
  await sql`delete from categories`.execute(db);
  let i = 0;
  for (const p of products) {
    i += 1;
    await db
      .insertInto('products')
      .values({
        name: `${p.word} ${i}`,
        slug: `p-${i}-${Math.random().toString(36).slice(2, 8)}`,
        sku: `SKU-${i}-${Math.random().toString(36).slice(2, 8)}`,
        price_cents: p.price,
        category: p.cat,
        brand: p.brand,
        tags: p.tags,
        stock_quantity: p.stock,
        is_featured: p.featured,
        is_active: p.active,
        description: `a ${p.word}`,
      } as never)
      .execute();
  }
  // A tree: kitchen under home, tools under garden.
  await sql`update categories set parent_id = (select id from categories where slug = 'home') where slug = 'kitchen'`.execute(db);
  await sql`update categories set parent_id = (select id from categories where slug = 'garden') where slug = 'tools'`.execute(db);
}

async function everything(q?: string): Promise<{ rows: Row[]; cats: { id: number; slug: string; path: string }[]; text: Set<number> }> {
  const rows = (
    await sql<Row>`select id, category_ids, brand, tags, stock_quantity, is_featured, is_active and deleted_at is null as listed,
      ((prices -> 'USD' ->> 'amount')::bigint)::int as price from products`.execute(db)
  ).rows;
  const cats = (await sql<{ id: number; slug: string; path: string }>`select id, slug, path from categories`.execute(db)).rows;
  const text = q
    ? new Set((await sql<{ id: number }>`select id from products where search_vector @@ websearch_to_tsquery('english', ${q})`.execute(db)).rows.map((r) => r.id))
    : new Set<number>();
  return { rows, cats, text };
}

function bruteForce(f: ListFilters, all: Awaited<ReturnType<typeof everything>>) {
  const { rows, cats, text } = all;
  const subtree = (slug: string) => {
    const c = cats.find((x) => x.slug === slug);
    return new Set(c ? cats.filter((d) => d.path.startsWith(c.path)).map((d) => d.id) : []);
  };
  const fCat = f.category === undefined ? null : subtree(f.category);
  const pass = {
    brand: (r: Row) => f.brand === undefined || r.brand === f.brand,
    tags: (r: Row) => !f.tags?.length || r.tags.some((t) => f.tags!.includes(t)),
    category: (r: Row) => fCat === null || r.category_ids.some((id) => fCat.has(id)),
    in_stock: (r: Row) => f.inStock === undefined || r.stock_quantity > 0 === f.inStock,
    price: (r: Row) => (f.minCents === undefined || r.price! >= f.minCents) && (f.maxCents === undefined || r.price! <= f.maxCents),
  };
  const base = rows.filter((r) => r.listed && r.price !== null && (f.isFeatured === undefined || r.is_featured === f.isFeatured) && (f.q === undefined || text.has(r.id)));
  const under = (skip: keyof typeof pass) => base.filter((r) => Object.entries(pass).every(([k, ok]) => k === skip || ok(r)));
  const tally = <K>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const category = new Map<string, number>();
  for (const c of cats) {
    const sub = subtree(c.slug);
    const n = under('category').filter((r) => r.category_ids.some((id) => sub.has(id))).length;
    if (n > 0) category.set(c.slug, n);
  }
  return {
    matching: under('none' as keyof typeof pass).map((r) => r.id).sort((a, b) => a - b),
    brand: tally(under('brand').flatMap((r) => (r.brand ? [r.brand] : []))),
    tags: tally(under('tags').flatMap((r) => [...new Set(r.tags)])),
    in_stock: tally(under('in_stock').map((r) => r.stock_quantity > 0)),
    price: tally(under('price').map((r) => priceBand(r.price!))),
    category,
  };
}

const asMap = <K>(list: { value?: K; band?: number; count: number }[] | undefined) =>
  new Map((list ?? []).map((v) => [(v.value ?? v.band) as K, v.count]));

describe('facet counts', () => {
  it('the price ladder agrees with the SQL price_band', async () => {
    for (const amount of [0, 1, 2, 9, 10, 19, 20, 49, 50, 99, 100, 199, 4999, 5000, 123456]) {
      const { rows } = await sql<{ b: number }>`select price_band(${amount}) as b`.execute(db);
      expect(rows[0]!.b, String(amount)).toBe(priceBand(amount));
      expect(bandFloor(priceBand(amount))).toBeLessThanOrEqual(amount);
      expect(bandFloor(priceBand(amount) + 1)).toBeGreaterThan(amount);
    }
  });

  it('equal a brute-force count for random catalogues, writes and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(product, { minLength: 5, maxLength: 40 }),
        fc.array(
          fc.record({
            pick: fc.nat(),
            stock: fc.constantFrom(0, 7),
            brand: fc.constantFrom(...BRANDS),
            remove: fc.boolean(),
            // A new price: often within its band, so the cell stays and only its sorted prices change.
            price: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
          }),
          { maxLength: 6 },
        ),
        fc.array(filters, { minLength: 1, maxLength: 4 }),
        async (products, writes, filterSets) => {
          await reset(products);
          const ids = (await db.selectFrom('products').select('id').orderBy('id').execute()).map((r) => r.id);
          for (const w of writes) {
            const id = ids[w.pick % ids.length]!;
            if (w.remove) await sql`update products set deleted_at = now(), is_active = false where id = ${id}`.execute(db);
            else if (w.price !== undefined) await sql`update products set price_cents = ${w.price} where id = ${id}`.execute(db);
            else await sql`update products set stock_quantity = ${w.stock}, brand = ${w.brand} where id = ${id}`.execute(db);
          }
          for (const raw of filterSets) {
            const f: ListFilters = {
              currency: 'USD',
              includeInactive: false,
              category: raw.category,
              brand: raw.brand,
              tags: raw.tags,
              inStock: raw.inStock,
              isFeatured: raw.isFeatured,
              minCents: raw.min,
              maxCents: raw.min !== undefined && raw.span !== undefined ? raw.min + raw.span : undefined,
              q: raw.q,
            };
            const all = await everything(f.q);
            const want = bruteForce(f, all);
            const result = await facetsStatement(listProducts(db, f, f.q ? 'relevance' : 'newest', 5, null), f, FACET_NAMES).execute(db);
            const got = result.rows[0]!.facets;
            const ctx = JSON.stringify(f);
            expect(asMap(got.brand), ctx).toEqual(want.brand);
            expect(asMap(got.tags), ctx).toEqual(want.tags);
            expect(asMap(got.in_stock), ctx).toEqual(want.in_stock);
            expect(asMap(got.price), ctx).toEqual(want.price);
            expect(asMap(got.category), ctx).toEqual(want.category);
            // The page beside the counts is the list's own page.
            const page = await listProducts(db, f, f.q ? 'relevance' : 'newest', 5, null).execute();
            expect(result.rows.filter((r) => r.id !== null).map((r) => r.id)).toEqual(page.map((r) => r.id));
            // And the list filters (the category by its slugs, kept through moves) match the brute force.
            const everyMatch = await listProducts(db, f, 'newest', 1000, null).execute();
            expect(everyMatch.map((r) => r.id).sort((a, b) => a - b), ctx).toEqual(want.matching);
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 300_000);

  it('the category filter follows a category renamed or moved (its slugs are kept on the products)', async () => {
    const spec: Omit<Spec, 'cat'> = { brand: null, tags: [], stock: 3, featured: false, active: true, price: 1000, word: 'lamp' };
    await reset(['kitchen', 'tools', 'books', 'home', 'garden'].map((cat) => ({ ...spec, cat, tags: [] })));
    const ids = async (category: string) =>
      (await listProducts(db, { category, includeInactive: false }, 'name', 10, null).execute()).map((r) => r.name).sort();
    expect(await ids('home')).toEqual(['lamp 1', 'lamp 4']);
    await sql`update categories set slug = 'cookware' where slug = 'kitchen'`.execute(db);
    expect(await ids('cookware')).toEqual(['lamp 1']);
    expect(await ids('kitchen')).toEqual([]);
    expect(await ids('home')).toEqual(['lamp 1', 'lamp 4']);
    // garden (with tools below it) moves under home: home now holds both subtrees.
    await sql`update categories set parent_id = (select id from categories where slug = 'home') where slug = 'garden'`.execute(db);
    expect(await ids('home')).toEqual(['lamp 1', 'lamp 2', 'lamp 4', 'lamp 5']);
    expect(await ids('garden')).toEqual(['lamp 2', 'lamp 5']);
    await sql`update categories set parent_id = null where slug = 'garden'`.execute(db);
    expect(await ids('home')).toEqual(['lamp 1', 'lamp 4']);
  });
});
