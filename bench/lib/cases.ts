import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import type { NextRequest } from './load';
import { call, type Catalogue, CHECKOUT_BODY, makeShoppers, routeExists } from './shop';

/** One endpoint under load. `prepare` arranges what `next` hands out; a reason says why it cannot run. */
export interface LoadCase {
  id: string;
  label: string;
  /** What the case measures, for the report. */
  note: string;
  /** The status a good answer has, when not 2xx. */
  expect?: number;
  /** Resolves to null when runnable, else why not (e.g. the route has not landed yet). */
  check(): Promise<string | null>;
  /** Called before the measured run with the number of requests it may need at most. */
  prepare?(requests: number): Promise<void>;
  /** Each request uses up prepared state (a cart): the run sizes it from a calibration second. */
  consumes?: boolean;
  /** Runs against the Worker with the edge tier on (EDGE_CACHE=on) instead of the load Worker. */
  edge?: boolean;
  next: NextRequest;
}

export const SEARCH_PATH = '/api/search/products';
export const SEARCH_WORDS = ['wireless speaker', 'coffee maker', 'trail running shoes', 'yoga mat', 'desk lamp', 'face serum', 'camping tent', 'merino t-shirt'];

const always = async () => null;
// Above every price in any catalogue (the API allows up to 10,000,000.00), so the page is the
// unfiltered one while the cache key is new each time.
let coldCounter = 0;
export const coldListPath = () => `/api/products?max_price=${(5_000_000 + (++coldCounter % 4_000_000) / 100).toFixed(2)}`;
let searchCounter = 0;
/** A known query (its embedding cached once warmed) under a result-cache key of its own: the max_price trick again. */
export const embeddingCachedSearchPath = () => {
  const n = ++searchCounter;
  return `${SEARCH_PATH}?q=${encodeURIComponent(SEARCH_WORDS[n % SEARCH_WORDS.length]!)}&max_price=${(5_000_000 + (n % 4_000_000) / 100).toFixed(2)}`;
};
// Embeddings stay cached for days in a Redis server (REDIS_URL): a per-run word keeps "new" new.
const RUN = Math.random().toString(36).slice(2, 8);
/** A query never asked before: neither its results nor its embedding are cached. */
export const newSearchPath = () => `${SEARCH_PATH}?q=${encodeURIComponent(`${SEARCH_WORDS[searchCounter % SEARCH_WORDS.length]} ${RUN}${++searchCounter}`)}`;

async function searchCheck(base: string): Promise<string | null> {
  if (!(await routeExists(base, `${SEARCH_PATH}?q=lamp`))) return 'not available (route not in this build)';
  const r = await call(base, `${SEARCH_PATH}?q=lamp`);
  return r.status === 200 ? null : `not available (answered ${r.status} ${r.body?.error?.code ?? ''})`;
}

/** The API cases, in the order they run; `edgeBase` is the Worker with the edge tier on. */
export function apiCases(base: string, edgeBase: string, db: Kysely<DB>, cat: Catalogue): LoadCase[] {
  const shoppers: string[] = [];
  let order = 0;
  return [
    {
      id: 'shell',
      label: 'Unknown route (404)',
      note: 'the app shell alone: request id, services, request log and the JSON 404, no I/O',
      expect: 404,
      check: always,
      next: () => ({ path: '/api/no-such-route' }),
    },
    {
      id: 'list-cached',
      label: 'GET /api/products (cached)',
      note: 'the first page, newest first; every request a Redis hit (1 Redis round trip: versions checked, stock overlaid; no database)',
      check: always,
      prepare: async () => {
        await call(base, '/api/products');
        // The fill is background work after the first answer; give it time to land.
        await new Promise((r) => setTimeout(r, 300));
      },
      next: () => ({ path: '/api/products' }),
    },
    {
      id: 'list-edge',
      label: 'GET /api/products (edge hit)',
      note: 'the same first page from the per-colo Cache API tier (EDGE_CACHE=on): no round trip, answered before the app runs',
      check: always,
      edge: true,
      prepare: async () => {
        await call(edgeBase, '/api/products');
        await new Promise((r) => setTimeout(r, 300));
      },
      next: () => ({ path: '/api/products' }),
    },
    {
      id: 'list-cold',
      label: 'GET /api/products (cold)',
      note: 'the same page under a new cache key each request (a max_price above every price): lookup miss, 1 database query, cache fill',
      check: always,
      next: () => ({ path: coldListPath() }),
    },
    {
      id: 'detail',
      label: 'GET /api/products/{slug}',
      note: 'one product with images and variants, cache warm after the first request',
      check: always,
      next: () => ({ path: `/api/products/${cat.slug}` }),
    },
    {
      id: 'search-repeated',
      label: 'GET /api/search/products (repeated q)',
      note: 'the same query every request (result cache)',
      check: () => searchCheck(base),
      next: () => ({ path: `${SEARCH_PATH}?q=${encodeURIComponent(SEARCH_WORDS[0]!)}` }),
    },
    {
      id: 'search-varied',
      label: 'GET /api/search/products (varied q)',
      note: `${SEARCH_WORDS.length} queries in turn, each under a new result-cache key (a max_price above every price): embedding cache hit, vector search, then the database`,
      check: () => searchCheck(base),
      prepare: async () => {
        // Ask each query once, so only its embedding (not this exact result) is cached.
        for (const q of SEARCH_WORDS) await call(base, `${SEARCH_PATH}?q=${encodeURIComponent(q)}`);
      },
      next: () => ({ path: embeddingCachedSearchPath() }),
    },
    {
      id: 'checkout',
      label: 'POST /api/orders',
      note: 'signed-in checkout of a 1-line cart on a product with 10M in stock, a unique Idempotency-Key each',
      check: async () => ((await routeExists(base, '/api/orders', 'POST')) && (await routeExists(base, '/api/cart/items', 'POST')) ? null : 'not available (route not in this build)'),
      consumes: true,
      prepare: async (requests) => {
        shoppers.length = 0;
        order = 0;
        for (const s of await makeShoppers(db, base, cat.stockedId, requests)) shoppers.push(s.token);
      },
      next: () => {
        const token = shoppers[order];
        if (token === undefined) return null;
        order++;
        return {
          method: 'POST',
          path: '/api/orders',
          headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID(), 'content-type': 'application/json' },
          body: CHECKOUT_BODY,
        };
      },
    },
  ];
}
