import { beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../clients/redis';
import { loadEnv } from '../lib/env';
import { createLogger } from '../lib/logger';
import { Timing } from '../lib/timing';
import { createProduct } from '../../test/worker/catalog';
import { adminSession } from '../../test/worker/db';
import { bearer, json, unique } from '../../test/worker/helpers';
import { countingClient } from '../../test/worker/round-trips';
import { CatalogCache } from './cache';
import { buildPage } from './entry';
import { COLLECTIONS_TAG, collectionTag, LISTS_TAG, STOCK_TAG } from './keys';
import { writeLevels } from './stock';

// A collection's cached answers, driven step by step against the Redis stand-in (as cache.race.test.ts):
// they depend on their collection's tag (and its products' lists tag), never store a fill that raced a
// write, and follow stock crossings only when the collection filters on stock.
// Its own stand-ins: the write counter it bumps must not refuse the fills of other files' tests.
const rt = countingClient('collections');
const cache = () => createCache(loadEnv(rt.env), new Timing(), createLogger({}));
let nextId = 2_100_000_000;

function pageOf(id: number, qty: number, version = 1) {
  const item = { id, name: 'x', stock_quantity: qty, in_stock: qty > 0 };
  return buildPage({ data: [item] }, [item], [{ id: `p${id}`, qty, version, active: true }]);
}

/** A collection's products page, filled after a lookup as the route does. */
async function filled(catalog: CatalogCache, collection: number, product: number, tags: string[]) {
  const key = unique('catalog:test:collection:');
  const miss = await catalog.lookup(key, { inStock: true });
  await catalog.fill(key, { inStock: true, tags }, miss.guard, await pageOf(product, 3));
  expect((await catalog.lookup(key, { inStock: true })).hit).not.toBeNull();
  return key;
}

describe('collection answers in the catalogue cache', () => {
  it('drops a collection’s pages on its write or any product write, and keeps other collections’', async () => {
    const catalog = new CatalogCache(cache());
    const [mine, other, product] = [nextId++, nextId++, nextId++];
    const tags = [LISTS_TAG, collectionTag(mine)];
    const a = await filled(catalog, mine, product, tags);
    await catalog.collectionsChanged([other]);
    expect((await catalog.lookup(a, { inStock: true })).hit).not.toBeNull();
    await catalog.collectionsChanged([mine]);
    expect((await catalog.lookup(a, { inStock: true })).hit).toBeNull();
    const b = await filled(catalog, mine, product, tags);
    await catalog.productsChanged([nextId++]);
    expect((await catalog.lookup(b, { inStock: true })).hit).toBeNull();
  });

  it('refuses a fill whose lookup came before a collection write', async () => {
    const catalog = new CatalogCache(cache());
    const id = nextId++;
    const key = unique('catalog:test:collection:');
    const lookup = await catalog.lookup(key, { inStock: true });
    await catalog.collectionsChanged([id]);
    await catalog.fill(key, { inStock: true, tags: [collectionTag(id)] }, lookup.guard, await pageOf(nextId++, 1));
    expect((await catalog.lookup(key, { inStock: true })).hit).toBeNull();
  });

  it('follows a stock crossing only where the collection depends on the stock tag', async () => {
    const c = cache();
    const catalog = new CatalogCache(c);
    const [col, product] = [nextId++, nextId++];
    await writeLevels(c, [{ product_id: product, variant_id: null, stock_quantity: 1, version: 1 }]);
    const plain = await filled(catalog, col, product, [LISTS_TAG, collectionTag(col)]);
    const stocked = await filled(catalog, col, product, [LISTS_TAG, collectionTag(col), STOCK_TAG]);
    await writeLevels(c, [{ product_id: product, variant_id: null, stock_quantity: 0, version: 2 }], { decreased: true });
    const kept = await catalog.lookup(plain, { inStock: true });
    expect(JSON.parse(kept.hit!.body).data[0]).toMatchObject({ stock_quantity: 0, in_stock: false });
    expect((await catalog.lookup(stocked, { inStock: true })).hit).toBeNull();
  });

  it('drops the list of collections on any collection write', async () => {
    const catalog = new CatalogCache(cache());
    const key = unique('catalog:test:collections:');
    const miss = await catalog.lookup(key);
    await catalog.fill(key, { tags: [COLLECTIONS_TAG] }, miss.guard, await buildPage({ data: [] }, [], []));
    await catalog.productsChanged([nextId++]);
    expect((await catalog.lookup(key)).hit).not.toBeNull();
    await catalog.collectionsChanged([nextId++]);
    expect((await catalog.lookup(key)).hit).toBeNull();
  });
});

describe('collection answers, by round trips', () => {
  let token: string;
  beforeAll(async () => {
    token = (await adminSession()).access_token;
  });

  async function measure(path: string) {
    await rt.reset();
    const res = await rt.request(path);
    expect(res.status, path).toBe(200);
    return { body: await res.json(), counts: await rt.counts() };
  }

  it('products: a miss costs 2 database round trips (the collection, its page), a hit none; a write to it misses again', async () => {
    const p = await createProduct(token);
    const made = await rt.request('/api/collections', json({ title: `Counted ${unique()}`, product_ids: [p.id] }, { headers: bearer(token) }));
    const col = (await made.json()) as any;
    const path = `/api/collections/${col.handle}/products`;
    const miss = await measure(path);
    // Redis: the lookup, then the fill after the response.
    expect(miss.counts).toEqual({ db: 2, redis: 2, supabase: 0, openrouter: 0 });
    const hit = await measure(path);
    expect(hit.counts).toEqual({ db: 0, redis: 1, supabase: 0, openrouter: 0 });
    expect(hit.body).toEqual(miss.body);
    expect((await rt.request(`/api/collections/${col.id}/products`, json({ product_ids: [] }, { method: 'PUT', headers: bearer(token) }))).status).toBe(200);
    const after = await measure(path);
    expect(after.counts.db).toBe(2);
    expect((after.body as any).data).toEqual([]);
  });

  it('the collection and the list: a miss costs 1 database round trip, a hit none', async () => {
    const made = await rt.request('/api/collections', json({ title: `Counted ${unique()}` }, { headers: bearer(token) }));
    const col = (await made.json()) as any;
    for (const path of [`/api/collections/${col.handle}`, '/api/collections?limit=5']) {
      expect((await measure(path)).counts, path).toEqual({ db: 1, redis: 2, supabase: 0, openrouter: 0 });
      expect((await measure(path)).counts, path).toEqual({ db: 0, redis: 1, supabase: 0, openrouter: 0 });
    }
  });
});
