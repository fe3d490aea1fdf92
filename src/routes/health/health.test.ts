import { describe, expect, it } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';
import { api, BASE, testEnv } from '../../../test/worker/helpers';

const CLOSED = 'http://127.0.0.1:9'; // discard port: nothing listens, so connections are refused

const withEnv = (overrides: Record<string, string | undefined>) =>
  registerRoutes(createApp()).request(`${BASE}/health`, undefined, { ...testEnv, ...overrides });

describe('GET /health', () => {
  it('reports every dependency up with its latency', async () => {
    const res = await api('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = (await res.json()) as any;
    expect(body.status).toBe('ok');
    expect(body.degraded).toEqual([]);
    expect(body.dependencies.database).toMatchObject({ status: 'up' });
    for (const dep of ['database', 'cache', 'supabase', 'cloudinary', 'openrouter']) {
      expect(body.dependencies[dep], dep).toMatchObject({ status: 'up' });
      expect(typeof body.dependencies[dep].latency_ms).toBe('number');
    }
  });

  it('answers 200 degraded when the cache is down', async () => {
    const res = await withEnv({ UPSTASH_REDIS_REST_URL: CLOSED });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.status).toBe('degraded');
    expect(body.degraded).toEqual(['cache']);
    expect(body.dependencies.cache.status).toBe('down');
    expect(body.dependencies.cache.error).toBeTruthy();
  });

  it('lists unconfigured services as such', async () => {
    const res = await withEnv({ SUPABASE_URL: undefined, SUPABASE_API_KEY: undefined, OPEN_ROUTER_API_KEY: undefined });
    const body = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(body.dependencies.supabase).toEqual({ status: 'not_configured', latency_ms: null });
    expect(body.dependencies.openrouter).toEqual({ status: 'not_configured', latency_ms: null });
  });

  it('reports a wrong Cloudinary secret and a wrong OpenRouter key as down', async () => {
    const res = await withEnv({ CLOUDINARY_API_SECRET: 'wrong-secret', OPEN_ROUTER_API_KEY: 'sk-or-wrong' });
    const body = (await res.json()) as any;
    expect(res.status).toBe(200);
    expect(body.degraded.sort()).toEqual(['cloudinary', 'openrouter']);
    expect(JSON.stringify(body)).not.toContain('wrong-secret');
  });

  it('answers 503 when the database is down, without leaking its URL', async () => {
    const res = await withEnv({ NEON_HTTP_ENDPOINT: `${CLOSED}/sql` });
    expect(res.status).toBe(503);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.status).toBe('down');
    expect(body.dependencies.database.status).toBe('down');
    expect(text).not.toContain(testEnv.NEON_PSQL_URL!.split('@')[0]!.split(':')[2]!);
  });

  it('answers 503 when the database rejects the credentials', async () => {
    const res = await withEnv({ NEON_PSQL_URL: 'postgres://app:wrong-password@db.localtest.me/neondb' });
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain('wrong-password');
  });
});
