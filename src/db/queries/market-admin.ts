import { type CompiledQuery, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../client';
import type { CurrenciesTable, DB, ExchangeRatesTable, MarketsTable, PriceListsTable } from '../schema';

// Markets, currencies, exchange rates, price lists and prices, as the admin API reads and writes them.
// Re-pricing is the database's: triggers on these tables recompute products.prices.

export type MarketRow = Selectable<MarketsTable>;
export type CurrencyRow = Selectable<CurrenciesTable>;
export type RateRow = Selectable<ExchangeRatesTable>;
export type PriceListRow = Selectable<PriceListsTable> & { price_count: string | number; running: boolean };
export interface PriceRow {
  id: number;
  product_id: number;
  variant_id: number | null;
  amount: string;
  compare_at_amount: string | null;
  updated_at: Date | string;
}

export function listAllMarkets(db: Kysely<DB>): Promise<MarketRow[]> {
  return db.selectFrom('markets').selectAll().orderBy('is_default', 'desc').orderBy('id').execute();
}

export function findMarket(db: Kysely<DB>, id: number): Promise<MarketRow | undefined> {
  return db.selectFrom('markets').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface MarketValues {
  handle: string;
  name: string;
  currency: string;
  countries: string[];
  tax_inclusive: boolean;
  default_locale: string;
  is_active: boolean;
}

/**
 * The statements that insert or update a market; when it becomes the default, the previous default
 * stops being one first. Run together in one transaction: the one-default rule is checked at commit.
 */
export function marketWrites(db: Kysely<DB>, id: number | null, values: Partial<MarketValues>, makeDefault: boolean): CompiledQuery[] {
  const write = id === null
    ? db.insertInto('markets').values({ ...(values as MarketValues), is_default: makeDefault }).returningAll().compile()
    : db.updateTable('markets').set({ ...values, ...(makeDefault ? { is_default: true } : {}) }).where('id', '=', id).returningAll().compile();
  return makeDefault ? [db.updateTable('markets').set({ is_default: false }).where('is_default', '=', true).compile(), write] : [write];
}

/** Writes a market in one round trip and one transaction; answers the row. */
export async function saveMarket(database: Database, id: number | null, values: Partial<MarketValues>, makeDefault: boolean): Promise<MarketRow> {
  const results = await database.batch(marketWrites(database.db, id, values, makeDefault));
  return results.at(-1)![0] as MarketRow;
}

export function listCurrencies(db: Kysely<DB>): Promise<CurrencyRow[]> {
  return db.selectFrom('currencies').selectAll().orderBy('code').execute();
}

export function upsertCurrency(db: Kysely<DB>, row: { code: string; exponent: number; rounding_increment: number; rounding_ending: number }): Promise<CurrencyRow> {
  return db
    .insertInto('currencies')
    .values(row)
    .onConflict((oc) => oc.column('code').doUpdateSet({ rounding_increment: row.rounding_increment, rounding_ending: row.rounding_ending }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listRates(db: Kysely<DB>): Promise<RateRow[]> {
  return db.selectFrom('exchange_rates').selectAll().orderBy('base').orderBy('quote').execute();
}

export function upsertRate(db: Kysely<DB>, base: string, quote: string, rate: string): Promise<RateRow> {
  return db
    .insertInto('exchange_rates')
    .values({ base, quote, rate })
    .onConflict((oc) => oc.columns(['base', 'quote']).doUpdateSet({ rate }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteRate(db: Kysely<DB>, base: string, quote: string): Promise<boolean> {
  const r = await db.deleteFrom('exchange_rates').where('base', '=', base).where('quote', '=', quote).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

const priceListColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('price_lists as l')
    .selectAll('l')
    .select((eb) => [
      eb.selectFrom('prices').select(eb.fn.countAll().as('n')).whereRef('prices.price_list_id', '=', 'l.id').as('price_count'),
      sql<boolean>`l.is_active and (l.kind = 'price' or (l.starts_at <= now() and (l.ends_at is null or l.ends_at > now())))`.as('running'),
    ]);

export function findPriceList(db: Kysely<DB>, id: number): Promise<PriceListRow | undefined> {
  return priceListColumns(db).where('l.id', '=', id).executeTakeFirst() as Promise<PriceListRow | undefined>;
}

/** Newest first, keyset on id. */
export function listPriceLists(db: Kysely<DB>, f: { currency?: string; kind?: 'price' | 'sale'; before: number | null; limit: number }): Promise<PriceListRow[]> {
  let q = priceListColumns(db);
  if (f.currency) q = q.where('l.currency', '=', f.currency);
  if (f.kind) q = q.where('l.kind', '=', f.kind);
  if (f.before !== null) q = q.where('l.id', '<', f.before);
  return q.orderBy('l.id', 'desc').limit(f.limit + 1).execute() as Promise<PriceListRow[]>;
}

export async function insertPriceList(db: Kysely<DB>, v: { name: string; kind: 'price' | 'sale'; currency: string; starts_at: string | null; ends_at: string | null; is_active: boolean }): Promise<number> {
  const row = await db.insertInto('price_lists').values(v).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePriceList(db: Kysely<DB>, id: number, v: { name?: string; starts_at?: string; ends_at?: string | null; is_active?: boolean }): Promise<boolean> {
  const r = await db.updateTable('price_lists').set(v).where('id', '=', id).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Deletes a list and its prices; answers the products whose prices change, or null when there was no list. */
export async function deletePriceList(db: Kysely<DB>, id: number): Promise<number[] | null> {
  const rows = await sql<{ id: number | null; product_ids: number[] | null }>`
    with gone as (delete from price_lists where id = ${id} returning id)
    select (select id from gone) as id, (select array_agg(distinct product_id) from prices where price_list_id = ${id}) as product_ids`.execute(db);
  const row = rows.rows[0];
  return row?.id == null ? null : (row.product_ids ?? []);
}

/** A page of a list's prices in id order, optionally of one product. */
export function listPrices(db: Kysely<DB>, listId: number, f: { productId?: number; after: number | null; limit: number }): Promise<PriceRow[]> {
  let q = db.selectFrom('prices').select(['id', 'product_id', 'variant_id', 'amount', 'compare_at_amount', 'updated_at']).where('price_list_id', '=', listId);
  if (f.productId !== undefined) q = q.where('product_id', '=', f.productId);
  if (f.after !== null) q = q.where('id', '>', f.after);
  return q.orderBy('id').limit(f.limit + 1).execute();
}

export interface PriceTarget {
  product_id: number;
  variant_id: number | null;
}

/** The targets that name no product, or a variant that is not the product's. */
export async function missingTargets(db: Kysely<DB>, targets: PriceTarget[]): Promise<Set<string>> {
  const rows = await sql<{ product_id: number; variant_id: number | null }>`
    select t.product_id, t.variant_id
    from jsonb_to_recordset(${JSON.stringify(targets)}::jsonb) as t(product_id int, variant_id int)
    where not exists (select 1 from products p where p.id = t.product_id and p.deleted_at is null)
       or (t.variant_id is not null and not exists (select 1 from product_variants v where v.id = t.variant_id and v.product_id = t.product_id))`.execute(db);
  return new Set(rows.rows.map((r) => `${r.product_id}/${r.variant_id}`));
}

/** Sets many prices of a list in one statement (the triggers re-price the products once). */
export async function upsertPrices(db: Kysely<DB>, listId: number, items: (PriceTarget & { amount: string; compare_at_amount: string | null })[]): Promise<number> {
  const r = await sql`
    insert into prices (price_list_id, product_id, variant_id, amount, compare_at_amount)
    select ${listId}, t.product_id, t.variant_id, t.amount, t.compare_at_amount
    from jsonb_to_recordset(${JSON.stringify(items)}::jsonb) as t(product_id int, variant_id int, amount bigint, compare_at_amount bigint)
    on conflict (price_list_id, product_id, variant_id) do update
      set amount = excluded.amount, compare_at_amount = excluded.compare_at_amount
      where (prices.amount, prices.compare_at_amount) is distinct from (excluded.amount, excluded.compare_at_amount)`.execute(db);
  return Number(r.numAffectedRows ?? 0n);
}

/** Removes prices of a list; answers how many went. */
export async function deletePrices(db: Kysely<DB>, listId: number, targets: PriceTarget[]): Promise<number> {
  const r = await sql`
    delete from prices p using jsonb_to_recordset(${JSON.stringify(targets)}::jsonb) as t(product_id int, variant_id int)
    where p.price_list_id = ${listId} and p.product_id = t.product_id and p.variant_id is not distinct from t.variant_id`.execute(db);
  return Number(r.numAffectedRows ?? 0n);
}
