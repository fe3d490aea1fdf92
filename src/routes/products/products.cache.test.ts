import { beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { bearer, captureLogs, json, type Session, unique } from '../../../test/worker/helpers';
import { countingClient } from '../../../test/worker/round-trips';

// Round trips counted at stand-ins only this file uses (see test/worker/round-trips.ts).
const rt = countingClient('catalog');
let admin: Session;
let product: any;
const category = unique('cache-');

beforeAll(async () => {
  admin = await adminSession();
  product = await createProduct(admin.access_token, { category });
});

async function measure(path: string, init?: RequestInit) {
  await rt.reset();
  const res = await rt.request(path, init);
  return { res, counts: await rt.counts() };
}

describe('catalogue caching, by round trips', () => {
  it('list: a miss costs 1 database round trip (rows and cursor), a hit costs none', async () => {
    const path = `/api/products?category=${category}&limit=1`;
    const miss = await measure(path);
    expect(miss.res.status).toBe(200);
    // Redis: one pipelined lookup (version + entry), then the fill after the response.
    expect(miss.counts).toEqual({ db: 1, redis: 2, supabase: 0, openrouter: 0 });
    const hit = await measure(path);
    expect(hit.counts).toEqual({ db: 0, redis: 1, supabase: 0, openrouter: 0 });
    expect(await hit.res.json()).toEqual(await miss.res.json());
    expect(hit.res.headers.get('ETag')).toBe(miss.res.headers.get('ETag'));
  });

  it('detail: a miss costs 1 database round trip (product, images, variants), a hit costs none', async () => {
    const path = `/api/products/${product.slug}`;
    const miss = await measure(path);
    expect(miss.res.status).toBe(200);
    expect(miss.counts.db).toBe(1);
    const hit = await measure(path);
    expect(hit.counts).toEqual({ db: 0, redis: 1, supabase: 0, openrouter: 0 });
  });

  it('a write bumps the catalogue version: the next read misses and shows the change', async () => {
    const path = `/api/products/${product.id}`;
    await measure(path);
    expect((await measure(path)).counts.db).toBe(0);
    const put = await rt.request(`/api/products/${product.id}`, json({ name: 'Renamed Headphones' }, { method: 'PUT', headers: bearer(admin.access_token) }));
    expect(put.status).toBe(200);
    const after = await measure(path);
    expect(after.counts.db).toBe(1);
    expect(((await after.res.json()) as any).name).toBe('Renamed Headphones');
  });

  it('serves from the database when Redis is down, marks Server-Timing and logs once', async () => {
    const down = (on: boolean) => fetch(`${new URL(rt.env.UPSTASH_REDIS_REST_URL!).origin}/__standin/down`, { method: 'POST', body: JSON.stringify({ down: on }) });
    await down(true);
    try {
      const { result, lines } = await captureLogs(() => measure(`/api/products?category=${category}`));
      expect(result.res.status).toBe(200);
      expect(result.counts.db).toBe(1);
      expect(result.res.headers.get('Server-Timing')).toMatch(/cache;dur=[\d.]+;desc="down"/);
      expect(lines.filter((l) => l.msg === 'cache unavailable, serving without it')).toHaveLength(1);
      expect(((await result.res.json()) as any).data).toHaveLength(1);
    } finally {
      await down(false);
    }
  });
});
