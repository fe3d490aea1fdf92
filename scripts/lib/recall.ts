import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { Kysely, PGliteDialect } from 'kysely';
import { migrateSupabase } from './supabase-db';

export interface RecallOptions {
  /** Vectors in the table (the benchmark uses 10,000). */
  vectors: number;
  /** Query vectors; each is compared with exact search. */
  queries?: number;
  k?: number;
  /** For setseed(): the same seed gives the same vectors and queries. In [-1, 1]. */
  seed?: number;
  log?: (line: string) => void;
}

export interface RecallResult {
  vectors: number;
  queries: number;
  k: number;
  /** Share of the exact top-k that the index path returned (1 = identical sets). */
  recall: number;
  /** Scans of the HNSW index the index path made: equal to `queries` when every query used it. */
  indexScans: number;
  /** The index as the migration defines it, and the ef_search `search_products` runs with. */
  index: string;
  efSearch: number;
  buildMs: number;
  indexQueryMs: number;
  exactQueryMs: number;
}

const INDEX = 'product_embeddings_embedding_idx';
const DIMS = 1536;
const LOAD_CHUNK = 1000;
// One standard normal per coordinate (Box-Muller): random directions, uniform on the sphere, which is
// the hard case for a graph index. `1 - random()` keeps ln() away from 0. The `where g.n > 0`
// correlates the subquery with the outer row, so each row gets its own vector.
const RANDOM_VECTOR = `(select array_agg(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::vector(${DIMS})
  from generate_series(1, ${DIMS}) d where g.n > 0)`;

/**
 * Top-k recall of the search index path against exact search, on random 1536-dimension vectors in
 * PGlite with pgvector, with the schema, HNSW index and `search_products` function of the Supabase
 * migrations. The index path is `search_products(q, -1, k)` exactly as the Worker calls it (with its
 * ef_search); exact search is the same ORDER BY with index scans disabled.
 */
export async function measureRecall(opts: RecallOptions): Promise<RecallResult> {
  const { vectors, queries = 100, k = 10, seed = 0.42 } = opts;
  const log = opts.log ?? (() => {});
  const pglite = await PGlite.create({ extensions: { vector } });
  try {
    await migrateSupabase(new Kysely<any>({ dialect: new PGliteDialect({ pglite }) }), () => {});
    // Load first, then build the index from the migration's own definition: the same graph pgvector
    // grows row by row, several times faster than inserting into a live HNSW index.
    const def = await pglite.query<{ indexdef: string }>(`select indexdef from pg_indexes where indexname = $1`, [INDEX]);
    const indexDef = def.rows[0]?.indexdef;
    if (!indexDef) throw new Error(`the Supabase migrations did not create ${INDEX}`);
    await pglite.exec(`drop index ${INDEX}`);
    await pglite.query('select setseed($1)', [seed]);
    for (let from = 1; from <= vectors; from += LOAD_CHUNK) {
      const to = Math.min(vectors, from + LOAD_CHUNK - 1);
      await pglite.query(
        `insert into product_embeddings (product_id, content, content_hash, model, embedding)
         select g.n, 'random ' || g.n, md5(g.n::text), 'random', ${RANDOM_VECTOR} from generate_series($1::int, $2::int) g(n)`,
        [from, to],
      );
      log(`loaded ${to}/${vectors} vectors`);
    }
    const built = performance.now();
    await pglite.exec(`set maintenance_work_mem = '256MB'; ${indexDef}; analyze product_embeddings`);
    const buildMs = performance.now() - built;
    log(`built the HNSW index in ${Math.round(buildMs)} ms`);

    const probes = await pglite.query<{ v: string }>(`select ${RANDOM_VECTOR}::text as v from generate_series(1, $1::int) g(n)`, [queries]);
    const exact: Set<number>[] = [];
    let t = performance.now();
    for (const { v } of probes.rows) {
      const rows = await pglite.transaction(async (tx) => {
        await tx.exec('set local enable_indexscan = off');
        return (await tx.query<{ id: number }>(`select product_id as id from product_embeddings order by embedding <=> $1::vector limit $2`, [v, k])).rows;
      });
      exact.push(new Set(rows.map((r) => r.id)));
    }
    const exactQueryMs = (performance.now() - t) / queries;

    // At small sizes the planner may rightly prefer an exact scan; this measures the index itself.
    await pglite.exec('set enable_seqscan = off');
    const scans = async () => {
      await pglite.query('select pg_stat_force_next_flush()');
      const r = await pglite.query<{ n: string | number }>(`select idx_scan as n from pg_stat_user_indexes where indexrelname = $1`, [INDEX]);
      return Number(r.rows[0]?.n ?? 0);
    };
    const scansBefore = await scans();
    let hits = 0;
    t = performance.now();
    for (const [i, { v }] of probes.rows.entries()) {
      const rows = (await pglite.query<{ id: number }>(`select product_id as id from search_products($1::vector, -1, $2)`, [v, k])).rows;
      hits += rows.filter((r) => exact[i]!.has(r.id)).length;
    }
    const indexQueryMs = (performance.now() - t) / queries;
    const indexScans = (await scans()) - scansBefore;
    const config = await pglite.query<{ ef: string | null }>(
      `select (select split_part(c, '=', 2) from unnest(proconfig) c where c like 'hnsw.ef_search=%') as ef from pg_proc where proname = 'search_products'`,
    );
    const efSearch = Number(config.rows[0]?.ef ?? 40);
    return { vectors, queries, k, recall: hits / (queries * k), indexScans, index: indexDef, efSearch, buildMs, indexQueryMs, exactQueryMs };
  } finally {
    await pglite.close();
  }
}
