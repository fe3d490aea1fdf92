import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { listProducts, type ListFilters } from '../../src/db/queries/products';
import { suggestStatement } from '../../src/db/queries/suggest';
import { FACET_NAMES, facetsStatement } from '../../src/db/queries/facets';
import { suggestWords } from '../../src/search/suggest';
import type { DB } from '../../src/db/schema';
import type { ProductSort } from '../../src/schemas/product-list';

export interface ListCase {
  name: string;
  filters: ListFilters;
  sort: ProductSort;
  cursor: (string | number)[] | null;
}

const FILTERS: Record<string, Omit<ListFilters, 'includeInactive'>> = {
  none: {},
  category: { category: 'electronics' },
  'category (leaf)': { category: 'computers' },
  brand: { brand: 'Acme' },
  price: { minCents: 2_000, maxCents: 5_000 },
  tags: { tags: ['wireless', 'coffee'] },
  featured: { isFeatured: true },
  in_stock: { inStock: true },
  'category+price+in_stock': { category: 'home', minCents: 1_000, maxCents: 9_000, inStock: true },
  q: { q: 'wireless speaker' },
  // Under 1,000 matches: the relevance sort ranks them all.
  'q+brand': { q: 'wireless speaker', brand: 'Acme' },
};
const SORTS: ProductSort[] = ['newest', 'price_asc', 'price_desc', 'name'];
/** The seeded markets' currencies; the default (USD) gets every case, the others the cases that involve price. */
export const MARKET_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY'];
const PRICED_FILTERS = ['none', 'category', 'brand', 'price', 'category+price+in_stock'];

/** Every filter × sort combination of the public list, with and without a cursor, in each market currency. */
export function listCases(): ListCase[] {
  const cases: ListCase[] = [];
  for (const currency of MARKET_CURRENCIES) {
    for (const [fname, f] of Object.entries(FILTERS)) {
      const sorts: ProductSort[] = f.q ? [...SORTS, 'relevance'] : SORTS;
      for (const sort of sorts) {
        if (currency !== 'USD' && (!PRICED_FILTERS.includes(fname) || (!sort.startsWith('price') && f.minCents === undefined))) continue;
        const cursor = sort === 'newest' ? ['2026-01-01 00:00:00+00', 50_000] : sort === 'name' ? ['M', 50_000] : sort === 'relevance' ? ['0.05', 50_000] : ['3000', 50_000];
        const filters = { ...f, currency, includeInactive: false };
        cases.push({ name: `${currency}: ${fname} / ${sort}`, filters, sort, cursor: null });
        cases.push({ name: `${currency}: ${fname} / ${sort} / cursor`, filters, sort, cursor });
      }
    }
  }
  return cases;
}

/** The plan of a list query (the same compiled SQL the Worker sends), as Postgres chose it. */
export function explainList(db: Kysely<DB>, c: ListCase, analyze = false) {
  return explainCompiled(db, listProducts(db, c.filters, c.sort, 20, c.cursor).compile(), analyze);
}

/** The facet filters, alone and two at a time (and with a text query), each with every facet counted. */
export function facetCases(): ListCase[] {
  const one: Record<string, Omit<ListFilters, 'includeInactive'>> = {
    category: { category: 'home' },
    brand: { brand: 'Acme' },
    tags: { tags: ['wireless'] },
    price: { minCents: 2_000, maxCents: 4_999 },
    'price (cut)': { minCents: 2_150, maxCents: 4_375 },
    in_stock: { inStock: true },
  };
  const cases: ListCase[] = [{ name: 'facets: none', filters: { includeInactive: false }, sort: 'newest', cursor: null }];
  const names = Object.keys(one);
  names.forEach((a, i) => {
    cases.push({ name: `facets: ${a}`, filters: { ...one[a], includeInactive: false }, sort: 'newest', cursor: null });
    for (const b of names.slice(i + 1)) {
      if (a.startsWith('price') && b.startsWith('price')) continue;
      cases.push({ name: `facets: ${a}+${b}`, filters: { ...one[a], ...one[b], includeInactive: false }, sort: 'newest', cursor: null });
    }
  });
  cases.push({ name: 'facets: featured+category', filters: { isFeatured: true, category: 'electronics', includeInactive: false }, sort: 'newest', cursor: null });
  cases.push({ name: 'facets: EUR price+brand', filters: { currency: 'EUR', minCents: 2_000, maxCents: 5_000, brand: 'Lumen', includeInactive: false }, sort: 'price_asc', cursor: null });
  cases.push({ name: 'facets: q', filters: { q: 'wireless speaker', includeInactive: false }, sort: 'relevance', cursor: null });
  cases.push({ name: 'facets: q+brand', filters: { q: 'wireless speaker', brand: 'Acme', includeInactive: false }, sort: 'relevance', cursor: null });
  return cases;
}

/** The plan of a list page with all its facet counts (the one statement the Worker sends). */
export function explainFacets(db: Kysely<DB>, c: ListCase, analyze = false) {
  const page = listProducts(db, c.filters, c.sort, 20, c.cursor);
  return explainCompiled(db, facetsStatement(page, c.filters, FACET_NAMES).compile(db), analyze);
}

/** Typed prefixes and typos the typeahead is planned (and measured) with on the synthetic catalogue. */
export const SUGGEST_CASES = ['l', 'it', 'lam', 'kettel', 'spekaer', 'item 12', 'acm', 'elec', 'wirless', 'portable wirel', 'xqzjv'];

/** The plan of the typeahead statement for what was typed. */
export function explainSuggest(db: Kysely<DB>, typed: string, analyze = false) {
  return explainCompiled(db, suggestStatement(typed, suggestWords(typed)).compile(db), analyze);
}

const PER_PRODUCT = ['products', 'facet_products'];

export async function explainCompiled(db: Kysely<DB>, q: CompiledQuery, analyze: boolean) {
  const result = await sql
    .raw(`explain (format json${analyze ? ', analyze, timing off, summary on' : ''}) ${q.sql.replace(/\$(\d+)/g, (_, n) => literal(q.parameters[Number(n) - 1]))}`)
    .execute(db);
  const raw = (result.rows[0] as Record<string, unknown>)['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode; 'Execution Time'?: number; 'Planning Time'?: number }[];
  const nodes = flatten(plan[0]!.Plan);
  return {
    nodes,
    indexes: [...new Set(nodes.map((n) => n['Index Name']).filter((x): x is string => Boolean(x)))],
    // A sequential scan of a table with a row per product: products, or facet_products (migration 0026_g).
    seqScanOnProducts: nodes.some((n) => n['Node Type'] === 'Seq Scan' && PER_PRODUCT.includes(n['Relation Name'] ?? '')),
    executionMs: plan[0]!['Execution Time'],
    // The Worker's statements are planned on every request, so planning is part of their DB time.
    planningMs: plan[0]!['Planning Time'],
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}

// EXPLAIN cannot take bind parameters in every driver; inline them as quoted literals.
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `array[${v.map(literal).join(',')}]`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return `'${String(v).replace(/'/g, "''")}'`;
}

/** Fills `products` with `n` synthetic listed rows in one statement (for plans at scale). */
export async function bulkProducts(db: Kysely<DB>, n: number): Promise<void> {
  await sql`
    insert into products (name, slug, sku, price_cents, category, brand, tags, stock_quantity, is_featured, description, created_at)
    select 'Item ' || g || ' ' || (array['Lamp','Kettle','Speaker','Mug','Desk','Backpack','Shoes','Serum'])[1 + g % 8],
           'bulk-item-' || g, 'BULK-' || g, 500 + (g * 7919) % 50000,
           (array['electronics','computers','apparel','footwear','home','kitchen','sports','outdoors','beauty','books'])[1 + g % 10],
           (array['Acme','Lumen','Oakline','Northwind','Bluepeak','Cedar','Fjord','Granite','Harbor','Juniper'])[1 + (g / 10) % 10],
           array[(array['wireless','coffee','office','travel','outdoor','cotton'])[1 + g % 6], (array['gift','sale','new'])[1 + g % 3]],
           (g * 31) % 200, g % 17 = 0,
           case g % 40 when 0 then 'Portable wireless speaker with deep bass' when 1 then 'Stoneware coffee mug'
             else 'Everyday synthetic item number ' || g end,
           now() - (g || ' seconds')::interval
    from generate_series(1, ${n}) as g
    on conflict do nothing`.execute(db);
  // A tree over the text categories (filed by the products' trigger): filtering on a parent takes its subtree.
  await sql`update categories set parent_id = (select id from categories where slug = 'electronics') where slug = 'computers'`.execute(db);
  await sql`update categories set parent_id = (select id from categories where slug = 'home') where slug = 'kitchen'`.execute(db);
  // Statistics for every table the load wrote (products, categories and what their triggers keep: facet
  // and suggestion tables), as autovacuum's analyze gathers them after a bulk load on a live server.
  await sql`analyze`.execute(db);
}
