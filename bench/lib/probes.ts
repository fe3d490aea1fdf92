import { coldListPath, embeddingCachedSearchPath, newSearchPath, SEARCH_PATH, SEARCH_WORDS } from './cases';
import { type Probe, PROBE_REQUESTS, targets } from './round-trips';
import { call, type Catalogue, CHECKOUT_BODY, registerShopper, routeExists, type Shopper } from './shop';

/** The requests whose round trips are counted, with issue 9's targets where it sets one. */
export function probes(base: string, cat: Catalogue): Probe[] {
  const spare = [...cat.spareSlugs];
  const get = (path: string) => () => call(base, path);
  const searchAvailable = async () => ((await routeExists(base, `${SEARCH_PATH}?q=lamp`)) ? null : 'not available (route not in this build)');
  const cachedSearch = `${SEARCH_PATH}?q=${encodeURIComponent(`${SEARCH_WORDS[1]} probe`)}`;
  let shoppers: Shopper[] = [];
  return [
    {
      id: 'list-cached',
      label: 'GET /api/products (cached)',
      prepare: async () => {
        await call(base, '/api/products?limit=7');
      },
      request: get('/api/products?limit=7'),
      expectStatus: 200,
      target: targets.cachedList,
    },
    { id: 'list-cold', label: 'GET /api/products (uncached)', request: () => call(base, coldListPath()), expectStatus: 200, target: targets.db1 },
    { id: 'detail', label: 'GET /api/products/{slug} (uncached)', request: () => call(base, `/api/products/${spare.shift()}`), expectStatus: 200, target: targets.db1 },
    {
      id: 'detail-cached',
      label: 'GET /api/products/{slug} (cached)',
      prepare: async () => {
        await call(base, `/api/products/${cat.spareSlugs.at(-1)}`);
      },
      request: get(`/api/products/${cat.spareSlugs.at(-1)}`),
      expectStatus: 200,
    },
    {
      id: 'search-cached',
      label: 'GET /api/search/products (cached)',
      check: searchAvailable,
      prepare: async () => {
        await call(base, cachedSearch);
      },
      request: get(cachedSearch),
      expectStatus: 200,
      target: targets.searchCached,
    },
    {
      id: 'search-embedding-cached',
      label: 'GET /api/search/products (result uncached, embedding cached)',
      check: searchAvailable,
      prepare: async () => {
        for (const q of SEARCH_WORDS) await call(base, `${SEARCH_PATH}?q=${encodeURIComponent(q)}`);
      },
      request: () => call(base, embeddingCachedSearchPath()),
      expectStatus: 200,
      target: targets.searchCold,
    },
    // Reported, not a target: issue 9 pairs the 3-hop budget with its varied case, "embedding cache only".
    { id: 'search-new', label: 'GET /api/search/products (never-seen query)', check: searchAvailable, request: () => call(base, newSearchPath()), expectStatus: 200 },
    {
      id: 'checkout',
      label: 'POST /api/orders (signed in)',
      check: async () => ((await routeExists(base, '/api/orders', 'POST')) ? null : 'not available (route not in this build)'),
      // Shoppers made the way people are: register, add to cart; each probe request checks one out.
      prepare: async () => {
        shoppers = [];
        for (let i = 0; i < PROBE_REQUESTS; i++) shoppers.push(await registerShopper(base, cat.stockedId));
      },
      request: (i) =>
        call(base, '/api/orders', {
          method: 'POST',
          headers: { Authorization: `Bearer ${shoppers[i]!.token}`, 'Idempotency-Key': crypto.randomUUID() },
          body: CHECKOUT_BODY,
        }),
      expectStatus: 201,
      target: targets.db1,
    },
  ];
}
