import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema';

export type SuggestionKind = 'query' | 'category' | 'brand' | 'product';
export interface SuggestionRow {
  kind: SuggestionKind;
  text: string;
  slug: string | null;
}

/** How many of each kind one statement returns at most (the handler keeps 10 in all). */
export const SUGGEST_CAPS = { query: 2, category: 3, brand: 2, product: 10 } as const;

/**
 * Typeahead in one round trip. `q` is lower-cased and trimmed; `words` are its [a-z0-9] words, the last
 * one a prefix. Each word that no known word starts with is replaced by its nearest known word
 * (pg_trgm over the search_terms dictionary), and the products are the full-text matches of the
 * corrected words (the newest few, through the list's newest index or the full-text index, whichever
 * the planner finds cheaper) after the names that start with `q`, ranked by word similarity to `q`. Categories and brands match by prefix or trigram similarity, popular
 * queries (successful searches of the last 30 days) by prefix.
 */
export async function suggest(db: Kysely<DB>, q: string, words: string[]): Promise<SuggestionRow[]> {
  return (await suggestStatement(q, words).execute(db)).rows;
}

/** The statement of `suggest`, to run or to explain. */
export function suggestStatement(q: string, words: string[]) {
  const prefix = `${q.replace(/[\\%_]/g, '\\$&')}%`;
  return sql<SuggestionRow>`
    with words as (
      select w, n from unnest(${sql.val(words)}::text[]) with ordinality as t(w, n)
    ), fixed as (
      select n, coalesce(
        (select w.w from search_terms s where s.kind = 'word' and s.term ~>=~ w.w and s.term ~<~ (w.w || '~') limit 1),
        (select s.term from search_terms s where s.kind = 'word' and length(w.w) >= 3 and similarity(s.term, w.w) >= 0.3
          order by s.term <-> w.w limit 1)
      ) as f from words w
    ), tsq as (
      -- Each word as a prefix both stemmed (as the index is: "kettle" is kettl) and as typed (a stemmed
      -- prefix may no longer be one: "zqcy" stems to zqci); the words are [a-z0-9] only.
      select q from (
        select string_agg('(' || x::text || ')', ' & ' order by n)::tsquery as q
        from (select n, to_tsquery('english', f || ':*') || to_tsquery('simple', f || ':*') as x from fixed) y
        having count(*) > 0 and count(x) = count(*)
      ) z where numnode(q) > 0
    ), candidates as (
      -- A pseudo-constant condition: with no tsquery (a word nothing resembles) the scan never starts.
      select p.name, p.slug, 1 as pri from products p
      where exists (select 1 from tsq) and p.is_active and p.deleted_at is null and p.search_vector @@ (select q from tsq)
      order by p.created_at desc, p.id desc limit ${SUGGEST_CAPS.product}
    ), starts as (
      select name, slug, 0 as pri from products
      where is_active and deleted_at is null and lower(name) collate "C" like ${prefix}
      order by lower(name) collate "C" limit ${SUGGEST_CAPS.product}
    ), found as (
      select distinct on (slug) name, slug, pri from (select * from starts union all select * from candidates) x
      order by slug, pri
    )
    (select 'query' as kind, query as text, null as slug from search_queries
      where result_count > 0 and query like ${prefix} and created_at > now() - interval '30 days'
      group by query order by count(*) desc, query limit ${SUGGEST_CAPS.query})
    union all
    (select 'category', name, slug from categories
      where lower(name) like ${prefix} or ' ' || lower(name) like ${`% ${prefix}`} or word_similarity(${q}, lower(name)) >= 0.5
      order by lower(name) like ${prefix} desc, word_similarity(${q}, lower(name)) desc, depth, name limit ${SUGGEST_CAPS.category})
    union all
    (select 'brand', s.display, null from search_terms s
      where s.kind = 'brand' and (s.term like ${prefix} or (length(${q}) >= 3 and similarity(s.term, ${q}) >= 0.3))
        and exists (select 1 from products p where lower(p.brand) = s.term and p.is_active and p.deleted_at is null and p.brand is not null)
      order by s.term like ${prefix} desc, s.term <-> ${q}, s.term limit ${SUGGEST_CAPS.brand})
    union all
    (select 'product', name, slug from found
      order by pri, word_similarity(${q}, lower(name)) desc, name limit ${SUGGEST_CAPS.product})`;
}
