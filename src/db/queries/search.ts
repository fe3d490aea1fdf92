import { type Kysely, type SqlBool, sql } from 'kysely';
import type { SearchQueryRecord } from '../../search/jobs';
import type { IndexableProduct } from '../../search/content';
import type { DB } from '../schema';
import { SUMMARY_COLUMNS, type SummaryRow } from './product-mappers';
import { type ListFilters, listProducts } from './products';
import { type FacetCountsRaw, type FacetName, facetCounts } from './facets';

/** The list endpoint's filters that search offers. */
export type SearchFilters = Pick<ListFilters, 'currency' | 'category' | 'minCents' | 'maxCents' | 'inStock'>;

export type FusedRow = SummaryRow & { score: number; keyword: boolean; semantic: boolean };
/** With facets, every row carries them, and an empty result is one row of nulls with them. */
export type FusedRowWithFacets = { [K in keyof FusedRow]: FusedRow[K] | null } & { facets?: FacetCountsRaw };

/** Reciprocal rank fusion's k: dampens the head so that agreement between the lists outweighs a top-1 in one. */
export const RRF_K = 60;

/**
 * Hybrid ranking in one round trip: keyword candidates from full-text search, the semantic
 * candidates (product ids in similarity order, from Supabase) kept only if listed and matching the
 * filters, both ranked, fused by reciprocal rank fusion (sum of 1 / (k + rank)), and the best
 * `limit` hydrated with the list's summary columns. Both candidate sets come from the list query,
 * so "listed" and the filters mean exactly what they mean on GET /api/products.
 */
export function searchProducts(db: Kysely<DB>, f: SearchFilters, q: string, semanticIds: number[], candidates: number, limit: number, facets?: readonly FacetName[]) {
  const base = { ...f, includeInactive: false };
  // `relevance` rows carry sort_key = [ts_rank_cd, id], the order the list pages in.
  const keyword = listProducts(db, { ...base, q }, 'relevance', candidates - 1, null);
  const semantic = listProducts(db, base, 'newest', semanticIds.length, null).where(sql<SqlBool>`id = any(${sql.val(semanticIds)}::int[])`);
  const columns = sql.join(SUMMARY_COLUMNS.map((c) => sql.ref(`p.${c}`)));
  const fused = sql<FusedRow>`
    with kw as (
      select k.id, row_number() over (order by (k.sort_key->>0)::real desc, k.id desc) as rnk from (${keyword}) k
    ), sem as (
      select s.id, row_number() over (order by array_position(${sql.val(semanticIds)}::int[], s.id)) as rnk from (${semantic}) s
    ), fused as (
      select coalesce(kw.id, sem.id) as id,
        (coalesce(1.0 / (${RRF_K} + kw.rnk), 0) + coalesce(1.0 / (${RRF_K} + sem.rnk), 0))::float8 as score,
        kw.id is not null as keyword, sem.id is not null as semantic
      from kw full join sem on sem.id = kw.id
      order by score desc, id desc
      limit ${limit}
    )
    select ${columns}, f.score, f.keyword, f.semantic
    from fused f join products p on p.id = f.id
    order by f.score desc, f.id desc`;
  if (!facets?.length) return fused.execute(db);
  // The keyword matches' facet counts, in the same statement.
  return sql<FusedRowWithFacets>`select r.*, c.facets from (select ${facetCounts({ ...base, q }, facets)} as facets) c
    left join lateral (${fused}) r on true`.execute(db);
}

type IndexableRow = IndexableProduct & { listed: boolean; version: number };

/** What indexing needs of each product, alt texts included, in one round trip; missing ids are absent. */
export async function findIndexable(db: Kysely<DB>, ids: number[]): Promise<IndexableRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('products as p')
    .select(['p.id', 'p.name', 'p.brand', 'p.category', 'p.tags', 'p.description', 'p.version'])
    .select(sql<boolean>`p.is_active and p.deleted_at is null`.as('listed'))
    .select(
      sql<string[]>`coalesce((select array_agg(i.alt_text order by i.is_primary desc, i.position, i.id)
        from product_images i where i.product_id = p.id and i.alt_text is not null), '{}')`.as('alt_texts'),
    )
    .where('p.id', 'in', ids)
    .execute();
}

/** Product ids after `after`, in id order: the reindex script's keyset pages. */
export async function productIdsAfter(db: Kysely<DB>, after: number, limit: number): Promise<number[]> {
  const rows = await db.selectFrom('products').select('id').where('id', '>', after).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Records searches for analytics, many in one statement. */
export async function insertSearchQueries(db: Kysely<DB>, records: SearchQueryRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db
    .insertInto('search_queries')
    .values(records.map((r) => ({ ...r, filters: JSON.stringify(r.filters) })))
    .execute();
}

/** Where an indexing embedding was made: the queue consumer, or the reindex script. */
export type IndexingSource = 'queue' | 'reindex';

/** One product's embedding made while indexing, with its share of the call's tokens and cost (migration 0025_a). */
export interface IndexingEmbedding {
  /** What was embedded (product, version, content hash, model, a forced run): the same key counts once. */
  key: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  source: IndexingSource;
  product_id: number;
  tokens: number;
  /** USD as a decimal string (10 places at most). */
  cost_usd: string;
}

/**
 * Records indexing embeddings and adds the new ones into search_indexing_daily, in one statement: a key
 * already recorded (a redelivered message embedding the same product version again) adds nothing.
 */
export async function recordIndexingEmbeddings(db: Kysely<DB>, rows: IndexingEmbedding[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof IndexingEmbedding>(k: K) => rows.map((r) => r[k]);
  // Summed per key in key order: one upsert never meets a row twice, and concurrent batches lock days alike.
  await sql`with fresh as (
      insert into search_indexing_embeddings (key, day, source, product_id, tokens, cost_usd)
      select * from unnest(${col('key')}::text[], ${col('day')}::date[], ${col('source')}::text[], ${col('product_id')}::int[],
        ${col('tokens')}::int[], ${col('cost_usd')}::numeric[])
      on conflict (key) do nothing
      returning day, source, tokens, cost_usd)
    insert into search_indexing_daily as d (day, source, embeddings, tokens, cost_usd)
    select day, source, count(*), sum(tokens), sum(cost_usd) from fresh group by 1, 2 order by 1, 2
    on conflict (day, source) do update set embeddings = d.embeddings + excluded.embeddings, tokens = d.tokens + excluded.tokens,
      cost_usd = d.cost_usd + excluded.cost_usd`.execute(db);
}
