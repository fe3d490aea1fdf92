import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../lib/create-app';
import { registerRoutes } from '../routes';
import { adminSession, testDb } from '../../test/worker/db';
import { BASE, bearer, json, type Session, unique } from '../../test/worker/helpers';
import { countingClient } from '../../test/worker/round-trips';
import { makeProduct } from '../../test/worker/shop';
import { EDGE_FRESH_MS, EDGE_STALE_MS, edgeTier, forgetEdgeMemory } from './edge';

// The per-colo tier (Miniflare's Cache API) on an injected clock, round trips counted at the 'edge' stand-ins.
const rt = countingClient('edge');
const app = registerRoutes(createApp());
let now = 1_800_000_000_000;
const edge = edgeTier((req, env, ctx) => app.fetch(req, env, ctx), () => now);
let admin: Session;

beforeAll(async () => {
  admin = await adminSession();
});

async function get(path: string, headers: Record<string, string> = {}, options: { colo?: boolean } = {}) {
  // `colo`: as another isolate of the data centre would, through the Cache API rather than this isolate's memory.
  if (options.colo) forgetEdgeMemory();
  await rt.reset();
  const ctx = createExecutionContext();
  const res = await edge(new Request(`${BASE}${path}`, { headers }), { ...rt.env, EDGE_CACHE: 'on' }, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : null, ...(await rt.counts()) };
}

async function listed(category: string) {
  const p = await makeProduct({ price_cents: 1000 });
  await testDb().updateTable('products').set({ category }).where('id', '=', p.id).execute();
  return p;
}

const setPrice = async (id: number, price: number) => {
  const res = await rt.request(`/api/products/${id}`, json({ price }, { method: 'PUT', headers: bearer(admin.access_token) }));
  expect(res.status).toBe(200);
};

describe('edge tier', () => {
  it('answers a repeated public GET with no round trip, and a price edit within its bound', async () => {
    const category = unique('edge-');
    const p = await listed(category);
    const path = `/api/products?category=${category}`;
    const miss = await get(path);
    expect({ status: miss.status, db: miss.db }).toEqual({ status: 200, db: 1 });
    const hit = await get(path);
    expect({ db: hit.db, redis: hit.redis, body: hit.body, etag: hit.headers.get('ETag') }).toEqual({ db: 0, redis: 0, body: miss.body, etag: miss.headers.get('ETag') });
    expect(hit.headers.get('Server-Timing')).toContain('edge;desc="hit"');
    expect(hit.headers.get('X-Request-Id')).toBeTruthy();

    await setPrice(p.id, 15);
    // Fresh: still the stored page.
    now += EDGE_FRESH_MS - 1;
    expect((await get(path)).body.data[0].price).toBe(10);
    // Stale: served once more while the page is refreshed from the Redis tier in the background.
    now += 1;
    const stale = await get(path);
    expect({ price: stale.body.data[0].price, db: stale.db }).toEqual({ price: 10, db: 1 });
    const refreshed = await get(path);
    expect({ price: refreshed.body.data[0].price, db: refreshed.db, redis: refreshed.redis }).toEqual({ price: 15, db: 0, redis: 0 });
  });

  it('shares entries between isolates through the Cache API, with the same bound', async () => {
    const category = unique('edge-');
    const p = await listed(category);
    const path = `/api/products/${p.id}`;
    const miss = await get(path);
    const colo = await get(path, {}, { colo: true });
    expect({ db: colo.db, redis: colo.redis, body: colo.body }).toEqual({ db: 0, redis: 0, body: miss.body });
    await setPrice(p.id, 17);
    now += EDGE_FRESH_MS;
    expect((await get(path, {}, { colo: true })).body.price).toBe(10);
    expect((await get(path, {}, { colo: true })).body.price).toBe(17);
    now += EDGE_FRESH_MS + EDGE_STALE_MS;
    await setPrice(p.id, 18);
    expect((await get(path, {}, { colo: true })).body.price).toBe(18);
  });

  it('never serves an entry older than its bound', async () => {
    const category = unique('edge-');
    const p = await listed(category);
    const path = `/api/products/${p.id}`;
    await get(path);
    await setPrice(p.id, 21);
    now += EDGE_FRESH_MS + EDGE_STALE_MS;
    const after = await get(path);
    expect({ price: after.body.price, db: after.db }).toEqual({ price: 21, db: 1 });
  });

  it('answers If-None-Match with 304 from the tier', async () => {
    const category = unique('edge-');
    await listed(category);
    const path = `/api/products?category=${category}`;
    const first = await get(path);
    const again = await get(path, { 'If-None-Match': first.headers.get('ETag')! });
    expect({ status: again.status, db: again.db, redis: again.redis }).toEqual({ status: 304, db: 0, redis: 0 });
  });

  it('keys on the market and the origin', async () => {
    const category = unique('edge-');
    await listed(category);
    const path = `/api/products?category=${category}`;
    const usd = await get(path);
    const eur = await get(path, { 'X-Market': 'eu' });
    expect(eur.redis).toBeGreaterThan(0);
    expect(eur.body.market).not.toEqual(usd.body.market);
    expect((await get(path, { Origin: 'https://other.example' })).redis).toBeGreaterThan(0);
  });

  it('lets authenticated requests, in_stock lists and private answers through', async () => {
    const category = unique('edge-');
    await listed(category);
    for (const [path, headers] of [
      [`/api/products?category=${category}`, bearer(admin.access_token)],
      [`/api/products?category=${category}&in_stock=true`, {}],
      [`/api/products?category=${category}&include_inactive=true`, bearer(admin.access_token)],
    ] as const) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.status).toBe(200);
      expect(again.headers.get('Server-Timing')).not.toContain('edge');
    }
  });
  it('holds the category tree, categories, collections and suggestions, but not a collection\'s products', async () => {
    const post = async (path: string, body: unknown) => {
      const res = await rt.request(path, json(body, { method: 'POST', headers: bearer(admin.access_token) }));
      expect(res.status, path).toBe(201);
      return (await res.json()) as any;
    };
    const category = await post('/api/categories', { name: `Edge ${unique()}` });
    const collection = await post('/api/collections', { title: `Edge ${unique()}`, kind: 'manual' });
    const held = ['/api/categories', `/api/categories/${category.slug}`, '/api/collections', `/api/collections/${collection.handle}`, '/api/search/suggest?q=edg'];
    for (const path of held) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const again = await get(path);
      expect({ path, redis: again.redis, db: again.db, body: again.body }).toEqual({ path, redis: 0, db: 0, body: first.body });
      expect(again.headers.get('Server-Timing')).toContain('edge;desc="hit"');
    }
    const products = `/api/collections/${collection.handle}/products`;
    await get(products);
    const again = await get(products);
    expect(again.status).toBe(200);
    expect(again.redis).toBeGreaterThan(0);
    expect(again.headers.get('Server-Timing')).not.toContain('edge');
  });
});
