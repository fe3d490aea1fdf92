import { type Insertable, type Kysely, type Selectable, type SqlBool, sql, type Updateable } from 'kysely';
import type { CollectionSort } from '../../schemas/collections';
import { toCents } from '../../markets/money';
import type { CollectionRulesJson, CollectionsTable, DB } from '../schema';
import type { Database } from '../client';
import { listProducts, type ListFilters, marketPrice, type SortKey } from './products';
import { SUMMARY_COLUMNS } from './product-mappers';

export type CollectionRow = Selectable<CollectionsTable>;

/** A page of collections by position (then id), plus one row to know whether there is a next page. */
export function listCollections(db: Kysely<DB>, includeInactive: boolean, limit: number, cursor: SortKey | null) {
  let q = db.selectFrom('collections').selectAll();
  if (!includeInactive) q = q.where('is_active', '=', true);
  if (cursor) q = q.where(sql<SqlBool>`(position, id) > (${Number(cursor[0])}::int, ${Number(cursor[1])}::int)`);
  return q.orderBy('position').orderBy('id').limit(limit + 1).execute();
}

export function findCollectionByHandle(db: Kysely<DB>, handle: string, includeInactive: boolean) {
  let q = db.selectFrom('collections').selectAll().where('handle', '=', handle);
  if (!includeInactive) q = q.where('is_active', '=', true);
  return q.executeTakeFirst();
}

export function findCollectionById(db: Kysely<DB>, id: number) {
  return db.selectFrom('collections').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** Refuses (app_raise, 422 naming product_ids) unless every id names a product that is not deleted. */
function productsExist(db: Kysely<DB>, ids: number[]) {
  return sql`select app_raise('validation_failed', 'product_ids: no such product: ' || array_to_string(m.missing, ', '),
      jsonb_build_array(jsonb_build_object('path', 'product_ids', 'code', 'custom', 'message', 'no such product: ' || array_to_string(m.missing, ', '))))
    from (select array_agg(i order by i) as missing from unnest(${sql.val(ids)}::int[]) i
          where not exists (select 1 from products p where p.id = i and p.deleted_at is null)) m
    where m.missing is not null`.compile(db);
}

/** Puts `ids` in this order, by the collection's id (or, in the statement creating it, its handle). */
function placeProducts(db: Kysely<DB>, collection: { id: number } | { handle: string }, ids: number[]) {
  const target = 'id' in collection ? sql`${collection.id}::int` : sql`(select id from collections where handle = ${collection.handle})`;
  return sql`
    with wanted as (select t.product_id, (t.ord - 1)::int as position from unnest(${sql.val(ids)}::int[]) with ordinality as t(product_id, ord)),
    gone as (
      delete from collection_products cp where cp.collection_id = ${target}
        and not exists (select 1 from wanted w where w.product_id = cp.product_id)
    )
    insert into collection_products (collection_id, product_id, position)
    select ${target}, product_id, position from wanted
    on conflict (collection_id, product_id) do update set position = excluded.position
      where collection_products.position is distinct from excluded.position`.compile(db);
}

/**
 * Creates a collection (and a manual one's first products) in one transaction, one round trip; an
 * unknown product refuses the whole write.
 */
export async function insertCollection(db: Database, values: Insertable<CollectionsTable>, productIds: number[]) {
  const insert = db.db.insertInto('collections').values(values).returningAll().compile();
  const results = await db.batch(productIds.length ? [productsExist(db.db, productIds), insert, placeProducts(db.db, { handle: values.handle }, productIds)] : [insert]);
  return results[productIds.length ? 1 : 0]![0] as unknown as CollectionRow;
}

export function updateCollection(db: Kysely<DB>, id: number, patch: Updateable<CollectionsTable>) {
  return db.updateTable('collections').set({ ...patch, updated_at: sql`now()` }).where('id', '=', id).returningAll().executeTakeFirst();
}

export function deleteCollection(db: Kysely<DB>, id: number) {
  return db.deleteFrom('collections').where('id', '=', id).returning(['id', 'handle']).executeTakeFirst();
}

/**
 * Replaces a manual collection's list with `ids`, in order, in one transaction (one round trip): rows
 * that keep their place are not rewritten, so the audit log shows what moved, joined or left. 404 for
 * no such collection, 409 for an automatic one, 422 for an unknown product. Answers the list.
 */
export async function setCollectionProducts(db: Database, id: number, ids: number[]): Promise<number[]> {
  const guard = sql`select app_raise(case when c.id is null then 'not_found' else 'conflict' end,
      case when c.id is null then 'Collection not found' else 'An automatic collection''s products come from its rules' end, '{}'::jsonb)
    from (select 1) x left join collections c on c.id = ${id}
    where c.id is null or c.kind <> 'manual'`.compile(db.db);
  const touch = db.db.updateTable('collections').set({ updated_at: sql`now()` }).where('id', '=', id).compile();
  const read = db.db.selectFrom('collection_products').select('product_id').where('collection_id', '=', id).orderBy('position').orderBy('product_id').compile();
  const results = await db.batch([guard, ...(ids.length ? [productsExist(db.db, ids)] : []), placeProducts(db.db, { id }, ids), touch, read]);
  return (results.at(-1) as { product_id: number }[]).map((r) => r.product_id);
}

/** The list filters an automatic collection's rules stand for, in the market's currency. */
function rulesFilters(rules: CollectionRulesJson, currency: string): ListFilters {
  // Price rules are in USD: in a USD market they are the list's own price filters (else see below).
  const usd = currency === 'USD';
  return {
    currency,
    category: rules.category,
    brand: rules.brand,
    tags: rules.tags,
    isFeatured: rules.is_featured,
    inStock: rules.in_stock,
    minCents: usd && rules.min_price !== undefined ? Number(toCents(rules.min_price)) : undefined,
    maxCents: usd && rules.max_price !== undefined ? Number(toCents(rules.max_price)) : undefined,
    includeInactive: false,
  };
}

/** Row-value comparison after a manual cursor: (position, product id). */
const afterManual = (key: SortKey) => sql<SqlBool>`(cp.position, cp.product_id) > (${Number(key[0])}::int, ${Number(key[1])}::int)`;

/**
 * One page of a collection's listed products (plus one row), in one round trip, each row with its
 * `sort_key`. Manual order walks the list's (collection_id, position) index; the other sorts of a
 * manual collection are the product list semi-joined with its members; an automatic collection is the
 * product list with its rules as filters.
 */
export function collectionProducts(db: Kysely<DB>, c: Pick<CollectionRow, 'id' | 'kind' | 'rules'>, currency: string, sort: CollectionSort, limit: number, cursor: SortKey | null) {
  if (sort === 'manual') {
    const price = marketPrice(currency);
    let q = db
      .selectFrom('collection_products as cp')
      .innerJoin('products', 'products.id', 'cp.product_id')
      .select(SUMMARY_COLUMNS)
      .select(sql<SortKey>`json_build_array(cp.position, cp.product_id)`.as('sort_key'))
      .where('cp.collection_id', '=', c.id)
      .where('is_active', '=', true)
      .where('deleted_at', 'is', null)
      .where(sql<SqlBool>`${price} is not null`);
    if (cursor) q = q.where(afterManual(cursor));
    return q.orderBy('cp.position').orderBy('cp.product_id').limit(limit + 1);
  }
  if (c.kind === 'manual') {
    // A semi-join the planner can run either way round, from its statistics of the list's size: a
    // small list's members by primary key, then sorted; a large one by walking the sort's own index.
    return listProducts(db, { currency, includeInactive: false }, sort, limit, cursor).where(
      sql<SqlBool>`exists (select 1 from collection_products cp where cp.collection_id = ${c.id} and cp.product_id = products.id)`,
    );
  }
  const rules = c.rules ?? {};
  let q = listProducts(db, rulesFilters(rules, currency), sort, limit, cursor);
  if (currency !== 'USD') {
    // Elsewhere the bounds are converted to the market's currency as a price would be (rate and rounding),
    // so the market's own price index serves both the bounds and the price sorts.
    const price = marketPrice(currency);
    const bound = (amount: number) => sql`(select price_convert(${String(toCents(amount))}::bigint, 'USD', ${currency}))`;
    if (rules.min_price !== undefined) q = q.where(sql<SqlBool>`${price} >= ${bound(rules.min_price)}`);
    if (rules.max_price !== undefined) q = q.where(sql<SqlBool>`${price} <= ${bound(rules.max_price)}`);
  }
  return q;
}
