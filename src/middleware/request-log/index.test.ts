import { describe, expect, it } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '../../routes';
import { createProduct, PNG_64x48 } from '../../../test/worker/catalog';
import { adminSession } from '../../../test/worker/db';
import { api, BASE, bearer, captureLogs, registerUser, testEnv, unique } from '../../../test/worker/helpers';
import { parseServerTiming } from '.';

const CLOSED = 'http://127.0.0.1:9'; // nothing listens: connections are refused
const ACCESS_KEYS = ['level', 'msg', 'request_id', 'ts', 'method', 'route', 'status', 'duration_ms', 'timing', 'timing_desc', 'user_id'];

const withEnv = async (path: string, overrides: Record<string, string | undefined>, init?: RequestInit) =>
  registerRoutes(createApp()).request(`${BASE}${path}`, init, { ...testEnv, ...overrides });

/** The access lines among captured log lines. */
const accessLines = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === 'request');

describe('request log', () => {
  it('writes one JSON line per request: id, method, route pattern, status, duration and timings', async () => {
    const { result: res, lines } = await captureLogs(() => api(`/api/products?limit=1&q=${unique('log')}`));
    const access = accessLines(lines);
    expect(access).toHaveLength(1);
    const line = access[0]!;
    expect(line).toMatchObject({ level: 'info', request_id: res.headers.get('X-Request-Id'), method: 'GET', route: '/api/products', status: 200 });
    expect(typeof line.duration_ms).toBe('number');
    // The Server-Timing header's parts, as numbers.
    const timing = line.timing as Record<string, number>;
    for (const part of ['db', 'cache', 'total']) expect(typeof timing[part], part).toBe('number');
    const header = parseServerTiming(res.headers.get('Server-Timing')).timing;
    expect(Object.keys(timing).sort()).toEqual(Object.keys(header).sort());
    // Nothing beyond the access fields: no path, query, IP or user agent.
    expect(Object.keys(line).filter((k) => !ACCESS_KEYS.includes(k))).toEqual([]);
    expect(line).not.toHaveProperty('user_id');
  });

  it('names the signed-in user by id only', async () => {
    const user = await registerUser();
    const { lines } = await captureLogs(() => api('/api/users/profile', { headers: bearer(user.access_token) }));
    const [line] = accessLines(lines);
    expect(line).toMatchObject({ route: '/api/users/profile', status: 200, user_id: user.user.id });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(user.email);
    expect(text).not.toContain(user.access_token);
  });

  it('logs an unmatched request with no route, and a route pattern rather than the path', async () => {
    const { lines } = await captureLogs(async () => {
      await api('/no/such/route');
      await api('/api/products/no-such-product-slug');
    });
    const [missing, product] = accessLines(lines);
    expect(missing).toMatchObject({ route: null, status: 404, method: 'GET' });
    expect(product).toMatchObject({ route: '/api/products/:id_or_slug', status: 404 });
    expect(JSON.stringify(lines)).not.toContain('no-such-product-slug');
  });

  it('marks a degraded cache in the timings, next to the cache’s own line', async () => {
    const { lines } = await captureLogs(() => withEnv(`/api/products?limit=1&q=${unique('down')}`, { UPSTASH_REDIS_REST_URL: CLOSED }));
    const [line] = accessLines(lines);
    expect(line).toMatchObject({ status: 200, timing_desc: { cache: 'down' } });
    expect(lines.filter((l) => l.dependency === 'redis').length).toBeGreaterThanOrEqual(1);
  });

  it('adds a line naming the database when it cannot be reached', async () => {
    const { lines } = await captureLogs(() => withEnv(`/api/products?limit=1&q=${unique('dbdown')}`, { NEON_HTTP_ENDPOINT: `${CLOSED}/sql` }));
    expect(lines.filter((l) => l.msg === 'dependency degraded')).toEqual([expect.objectContaining({ level: 'warn', dependency: 'database', status: 503, code: 'service_unavailable' })]);
    expect(accessLines(lines)).toEqual([expect.objectContaining({ level: 'error', route: '/api/products', status: 503 })]);
    const password = new URL(testEnv.NEON_PSQL_URL!).password;
    expect(JSON.stringify(lines)).not.toContain(password);
  });

  it('adds a line naming Cloudinary when an upload cannot reach it', async () => {
    const admin = await adminSession();
    const product = await createProduct(admin.access_token);
    const form = new FormData();
    form.set('file', new File([PNG_64x48], 'photo.png', { type: 'image/png' }));
    const { result: res, lines } = await captureLogs(() =>
      withEnv(`/api/products/${product.id}/images`, { CLOUDINARY_API_BASE: CLOSED }, { method: 'POST', headers: bearer(admin.access_token), body: form }),
    );
    expect(res.status).toBe(503);
    expect(lines.filter((l) => l.msg === 'dependency degraded')).toEqual([
      expect.objectContaining({ dependency: 'cloudinary', code: 'upstream_unavailable', status: 503 }),
    ]);
    expect(accessLines(lines)).toEqual([expect.objectContaining({ route: '/api/products/:id/images', status: 503, user_id: admin.user.id })]);
    expect(JSON.stringify(lines)).not.toContain(testEnv.CLOUDINARY_API_SECRET);
  });
});

describe('health', () => {
  it('logs one line per degraded dependency', async () => {
    const { lines } = await captureLogs(() => withEnv('/health', { UPSTASH_REDIS_REST_URL: CLOSED, OPEN_ROUTER_API_KEY: 'sk-or-wrong' }));
    const degraded = lines.filter((l) => l.msg === 'dependency degraded').map((l) => l.dependency);
    expect(degraded.sort()).toEqual(['cache', 'openrouter']);
    expect(JSON.stringify(lines)).not.toContain('sk-or-wrong');
  });
});

describe('parseServerTiming', () => {
  it('reads durations as numbers and descriptions apart', () => {
    expect(parseServerTiming('db;dur=4.2, cache;dur=0.0;desc="down", total;dur=6.1')).toEqual({
      timing: { db: 4.2, cache: 0, total: 6.1 },
      timing_desc: { cache: 'down' },
    });
    expect(parseServerTiming(null)).toEqual({ timing: {} });
  });
});
