import { type Kysely, sql } from 'kysely';
import { collectionProducts, type CollectionRow } from '../../src/db/queries/collections';
import type { DB } from '../../src/db/schema';
import type { CollectionSort } from '../../src/schemas/collections';
import { explainCompiled } from './list-plans';

export interface CollectionCase {
  name: string;
  collection: Pick<CollectionRow, 'id' | 'kind' | 'rules'>;
  currency: string;
  sort: CollectionSort;
  cursor: (string | number)[] | null;
}

/** The manual collections the plans are made on: one at the largest size allowed, one small. */
export const PLAN_COLLECTIONS = { large: 5_000, small: 24 };

/**
 * Two manual collections (among 40 others of 1,000 products) over the bulk catalogue (see bulkProducts), their products spread over it, in
 * a shuffled manual order. Answers their ids.
 */
export async function bulkCollections(db: Kysely<DB>): Promise<{ large: number; small: number }> {
  const ids: Record<string, number> = {};
  for (const [name, size] of Object.entries(PLAN_COLLECTIONS)) {
    const row = await db
      .insertInto('collections')
      .values({ handle: `plan-${name}`, title: `Plan ${name}`, kind: 'manual' })
      .onConflict((oc) => oc.column('handle').doUpdateSet({ title: `Plan ${name}` }))
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[name] = row.id;
    await sql`
      insert into collection_products (collection_id, product_id, position)
      select ${row.id}, p.id, ((g * 7919) % ${size})::int
      from generate_series(1, ${size}) g
      join products p on p.sku = 'BULK-' || (g * 17 + ${size})
      on conflict do nothing`.execute(db);
  }
  // Other stores' worth of collections around them, so the planner sees collection_products as it is
  // at scale (many lists), not as the two lists alone.
  await sql`
    with c as (
      insert into collections (handle, title, kind) select 'plan-filler-' || g, 'Filler ' || g, 'manual' from generate_series(1, 40) g
      on conflict (handle) do nothing returning id
    )
    insert into collection_products (collection_id, product_id, position)
    select c.id, 1 + ((c.id * 1000 + g) * 31) % 100000, g from c, generate_series(1, 1000) g
    on conflict do nothing`.execute(db);
  await sql`analyze collections`.execute(db);
  await sql`analyze collection_products`.execute(db);
  return { large: ids.large!, small: ids.small! };
}

const SORTS: CollectionSort[] = ['newest', 'price_asc', 'price_desc', 'name'];
const RULES: Record<string, NonNullable<CollectionRow['rules']>> = {
  'category+price+in_stock': { category: 'home', min_price: 10, max_price: 90, in_stock: true },
  'brand+featured': { brand: 'Acme', is_featured: true },
  tags: { tags: ['travel', 'gift'] },
  price: { max_price: 25 },
};

const cursorOf = (sort: CollectionSort) =>
  sort === 'manual' ? [100, 50_000] : sort === 'newest' ? ['2026-01-01 00:00:00+00', 50_000] : sort === 'name' ? ['M', 50_000] : ['3000', 50_000];

/** Every sort of each manual collection and of automatic rules, with and without a cursor, in USD and EUR. */
export function collectionCases(ids: { large: number; small: number }): CollectionCase[] {
  const cases: CollectionCase[] = [];
  const push = (name: string, collection: CollectionCase['collection'], sort: CollectionSort) => {
    for (const currency of ['USD', 'EUR']) {
      cases.push({ name: `${currency}: ${name} / ${sort}`, collection, currency, sort, cursor: null });
      cases.push({ name: `${currency}: ${name} / ${sort} / cursor`, collection, currency, sort, cursor: cursorOf(sort) });
    }
  };
  for (const [name, id] of Object.entries(ids)) {
    for (const sort of ['manual', ...SORTS] as CollectionSort[]) push(`manual (${name})`, { id, kind: 'manual', rules: null }, sort);
  }
  for (const [name, rules] of Object.entries(RULES)) {
    for (const sort of SORTS) push(`automatic ${name}`, { id: 0, kind: 'automatic', rules }, sort);
  }
  return cases;
}

/** The plan of a collection's products query (the compiled SQL the Worker sends), as Postgres chose it. */
export function explainCollection(db: Kysely<DB>, c: CollectionCase, analyze = false) {
  return explainCompiled(db, collectionProducts(db, c.collection, c.currency, c.sort, 20, c.cursor).compile(), analyze);
}
