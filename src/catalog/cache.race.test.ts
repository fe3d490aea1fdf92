import { describe, expect, it } from 'vitest';
import { createCache } from '../clients/redis';
import { loadEnv } from '../lib/env';
import { createLogger } from '../lib/logger';
import { Timing } from '../lib/timing';
import { unique } from '../../test/worker/helpers';
import { countingClient } from '../../test/worker/round-trips';
import { CatalogCache } from './cache';
import { buildPage } from './entry';
import { writeLevels } from './stock';

// Fills racing writes, driven step by step against the Redis stand-in: a page read from the database
// before a write must never be stored as fresh after it.
// Its own stand-ins: the write counter it bumps must not refuse the fills of other files' tests.
const rt = countingClient('spare');
const cache = () => createCache(loadEnv(rt.env), new Timing(), createLogger({}));
let nextId = 2_000_000_000;

function pageOf(id: number, qty: number, version = 1) {
  const item = { id, name: 'x', stock_quantity: qty, in_stock: qty > 0 };
  return buildPage({ data: [item] }, [item], [{ id: `p${id}`, qty, version, active: true }]);
}

describe('fills and writes', () => {
  it('stores a fill when nothing was written since its lookup', async () => {
    const catalog = new CatalogCache(cache());
    const key = unique('catalog:test:');
    const id = nextId++;
    const miss = await catalog.lookup(key, { productId: id });
    expect(miss.hit).toBeNull();
    await catalog.fill(key, { productId: id }, miss.guard, await pageOf(id, 4));
    expect(JSON.parse((await catalog.lookup(key, { productId: id })).hit!.body)).toEqual({ data: [{ id, name: 'x', stock_quantity: 4, in_stock: true }] });
  });

  it('refuses a fill whose lookup came before a product write, and drops entries built before it', async () => {
    const catalog = new CatalogCache(cache());
    const [racing, built] = [unique('catalog:test:'), unique('catalog:test:')];
    const id = nextId++;
    const early = await catalog.lookup(built, { productId: id });
    await catalog.fill(built, { productId: id }, early.guard, await pageOf(id, 4));
    const lookup = await catalog.lookup(racing, { productId: id });
    // The write commits and bumps while the fill's database read is under way.
    await catalog.productsChanged([id]);
    await catalog.fill(racing, { productId: id }, lookup.guard, await pageOf(id, 4));
    expect((await catalog.lookup(racing, { productId: id })).hit).toBeNull();
    expect((await catalog.lookup(built, { productId: id })).hit).toBeNull();
  });

  it('an edit of one product keeps the other products’ pages', async () => {
    const catalog = new CatalogCache(cache());
    const key = unique('catalog:test:');
    const [id, other] = [nextId++, nextId++];
    const miss = await catalog.lookup(key, { productId: other });
    await catalog.fill(key, { productId: other }, miss.guard, await pageOf(other, 1));
    await catalog.productsChanged([id]);
    expect((await catalog.lookup(key, { productId: other })).hit).not.toBeNull();
  });

  it('refuses an in_stock fill whose lookup came before a product crossed zero', async () => {
    const c = cache();
    const catalog = new CatalogCache(c);
    const key = unique('catalog:test:');
    const id = nextId++;
    await writeLevels(c, [{ product_id: id, variant_id: null, stock_quantity: 1, version: 1 }]);
    const lookup = await catalog.lookup(key, { inStock: true });
    await writeLevels(c, [{ product_id: id, variant_id: null, stock_quantity: 0, version: 2 }], { decreased: true });
    await catalog.fill(key, { inStock: true }, lookup.guard, await pageOf(id, 1, 1));
    expect((await catalog.lookup(key, { inStock: true })).hit).toBeNull();
  });

  it('keeps the newest level when levels arrive out of order, and a fill never overwrites a newer one', async () => {
    const c = cache();
    const catalog = new CatalogCache(c);
    const key = unique('catalog:test:');
    const id = nextId++;
    const miss = await catalog.lookup(key);
    await catalog.fill(key, {}, miss.guard, await pageOf(id, 9, 3));
    await writeLevels(c, [{ product_id: id, variant_id: null, stock_quantity: 5, version: 5 }], { decreased: true });
    await writeLevels(c, [{ product_id: id, variant_id: null, stock_quantity: 7, version: 4 }], { decreased: true });
    expect(JSON.parse((await catalog.lookup(key)).hit!.body).data[0].stock_quantity).toBe(5);
    // A page read before those sales, filled late, still shows the newest level.
    const again = await catalog.lookup(unique('catalog:test:'));
    const late = unique('catalog:test:');
    await catalog.fill(late, {}, again.guard, await pageOf(id, 9, 3));
    expect(JSON.parse((await catalog.lookup(late)).hit!.body).data[0].stock_quantity).toBe(5);
  });

  it('drops the pages of products whose levels come without a version, since they cannot be ordered', async () => {
    const c = cache();
    const catalog = new CatalogCache(c);
    const key = unique('catalog:test:');
    const id = nextId++;
    const miss = await catalog.lookup(key, { productId: id });
    await catalog.fill(key, { productId: id }, miss.guard, await pageOf(id, 3));
    await catalog.levelsChanged([{ product_id: id, variant_id: null, stock_quantity: 2 } as never]);
    expect((await catalog.lookup(key, { productId: id })).hit).toBeNull();
  });
  it('sends the fills made while one is under way together, each still guarded on its own', async () => {
    const catalog = new CatalogCache(cache());
    const ids = [nextId++, nextId++, nextId++, nextId++];
    const keys = ids.map(() => unique('catalog:test:'));
    // The last page is read before a write to its product: its fill must be refused, batched or not.
    const stale = await catalog.lookup(keys[3]!, { productId: ids[3] });
    await catalog.productsChanged([ids[3]!]);
    const lookups = [...(await Promise.all(keys.slice(0, 3).map((k, i) => catalog.lookup(k, { productId: ids[i] })))), stale];
    const pages = await Promise.all(ids.map((id) => pageOf(id, 2)));
    await rt.reset();
    await Promise.all(keys.map((k, i) => catalog.fill(k, { productId: ids[i] }, lookups[i]!.guard, pages[i]!)));
    // The first fill's request, then one request carrying the three made while it was under way.
    expect((await rt.counts()).redis).toBe(2);
    const after = await Promise.all(keys.map((k, i) => catalog.lookup(k, { productId: ids[i] })));
    expect(after.map((l) => l.hit !== null)).toEqual([true, true, true, false]);
  });
});
