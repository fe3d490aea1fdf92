import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the search analytics read rollups, not the log. search_daily holds per UTC day the searches, those in
// keyword mode and those with no result, the latency and the embedding tokens and cost; search_query_periods
// holds per normalised query (lower-cased, spaces collapsed) and day ('d'), ISO week ('w'), month ('m'),
// quarter ('q') and year ('y') its searches, zero-result searches, keyword-mode searches, results and latency.
// A range reads whole years, quarters, months and weeks and edge days, added or taken off (signedBuckets in
// src/db/queries/analytics.ts), so a year reads one row per query whatever the size of the log. Statement
// triggers on search_queries keep both in the transaction of the insert (or of a purge).

const NORMALISED = `lower(regexp_replace(trim(query), '\\s+', ' ', 'g'))`;

/** Signed rows of the log (sign, created_at, query, result_count, mode, latency_ms, embedding_tokens, embedding_cost_usd) into both rollups. */
const apply = (source: string) => [
  `insert into search_daily as s (day, searches, keyword, zero_results, latency_ms, embedding_tokens, embedding_cost_usd)
      select (c.created_at at time zone 'UTC')::date, sum(c.sign), coalesce(sum(c.sign) filter (where c.mode = 'keyword'), 0),
        coalesce(sum(c.sign) filter (where c.result_count = 0), 0), sum(c.sign * c.latency_ms), sum(c.sign * c.embedding_tokens),
        sum(c.sign * c.embedding_cost_usd)
      from (${source}) c group by 1 order by 1
      on conflict (day) do update set searches = s.searches + excluded.searches, keyword = s.keyword + excluded.keyword,
        zero_results = s.zero_results + excluded.zero_results, latency_ms = s.latency_ms + excluded.latency_ms,
        embedding_tokens = s.embedding_tokens + excluded.embedding_tokens, embedding_cost_usd = s.embedding_cost_usd + excluded.embedding_cost_usd`,
  `insert into search_query_periods as p (grain, period, query, searches, zero_results, keyword, results, latency_ms)
      select g.grain, g.period, c.query, sum(c.sign), coalesce(sum(c.sign) filter (where c.result_count = 0), 0),
        coalesce(sum(c.sign) filter (where c.mode = 'keyword'), 0), sum(c.sign * c.result_count), sum(c.sign * c.latency_ms)
      from (select sign, (created_at at time zone 'UTC')::date as day, ${NORMALISED} as query, result_count, mode, latency_ms from (${source}) r) c
      cross join lateral (values ('d', c.day), ('w', date_trunc('week', c.day)::date), ('m', date_trunc('month', c.day)::date),
        ('q', date_trunc('quarter', c.day)::date), ('y', date_trunc('year', c.day)::date)) g (grain, period)
      group by 1, 2, 3
      order by 1, 2, 3
      on conflict (grain, period, query) do update set searches = p.searches + excluded.searches, zero_results = p.zero_results + excluded.zero_results,
        keyword = p.keyword + excluded.keyword, results = p.results + excluded.results, latency_ms = p.latency_ms + excluded.latency_ms`,
];

const COLUMNS = 'created_at, query, result_count, mode, latency_ms, embedding_tokens, embedding_cost_usd';

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table search_daily (
      day date primary key,
      searches integer not null default 0,
      keyword integer not null default 0,
      zero_results integer not null default 0,
      latency_ms bigint not null default 0,
      embedding_tokens bigint not null default 0,
      embedding_cost_usd numeric(20, 10) not null default 0
    )`,
    `create table search_query_periods (
      grain char(1) not null check (grain in ('d', 'w', 'm', 'q', 'y')),
      period date not null,
      query text not null,
      searches integer not null default 0,
      zero_results integer not null default 0,
      keyword integer not null default 0,
      results bigint not null default 0,
      latency_ms bigint not null default 0,
      primary key (grain, period, query) include (searches, zero_results, results)
    )`,
    // A report reads some thousands of index entries: parallel workers cost more than they save (as for 0022_c).
    `alter table search_query_periods set (parallel_workers = 0)`,
    // Summed per key, in key order: one upsert never meets a row twice, and two batches lock shared rows alike.
    `create function search_rollups_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        ${apply(`select 1 as sign, ${COLUMNS} from new_rows`).join(';\n        ')};
      elsif tg_op = 'UPDATE' then
        ${apply(`select 1 as sign, ${COLUMNS} from new_rows union all select -1, ${COLUMNS} from old_rows`).join(';\n        ')};
      else
        ${apply(`select -1 as sign, ${COLUMNS} from old_rows`).join(';\n        ')};
      end if;
      return null;
    end $$`,
    `create trigger search_rollups_insert after insert on search_queries referencing new table as new_rows
      for each statement execute function search_rollups_apply()`,
    `create trigger search_rollups_update after update on search_queries referencing old table as old_rows new table as new_rows
      for each statement execute function search_rollups_apply()`,
    `create trigger search_rollups_delete after delete on search_queries referencing old table as old_rows
      for each statement execute function search_rollups_apply()`,
    // What the log so far adds up to.
    ...apply(`select 1 as sign, ${COLUMNS} from search_queries`),
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop trigger search_rollups_delete on search_queries',
    'drop trigger search_rollups_update on search_queries',
    'drop trigger search_rollups_insert on search_queries',
    'drop function search_rollups_apply()',
    'drop table search_query_periods',
    'drop table search_daily',
  ]);
}
