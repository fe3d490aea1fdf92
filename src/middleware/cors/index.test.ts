import { describe, expect, it } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '../../routes';
import { BASE, testEnv } from '../../../test/worker/helpers';
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS } from '.';

const app = registerRoutes(createApp());
const env = (extra: Record<string, string> = {}) => ({ ...testEnv, CORS_ORIGINS: 'https://shop.example.com, https://*.brand.example', ...extra });
const call = (path: string, init: RequestInit, e = env()) => app.request(`${BASE}${path}`, init, e);
const preflight = (origin: string, method = 'POST', e = env()) =>
  call('/api/cart/items', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization,content-type,x-cart-token' } }, e);
const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));
const list = (value: string | null) => (value ?? '').split(',').map((s) => s.trim().toLowerCase());

describe('CORS', () => {
  it('answers a preflight from an allowed origin with 204, the methods and headers the API takes, cached, without credentials', async () => {
    const res = await preflight('https://shop.example.com', 'DELETE');
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example.com');
    expect(list(res.headers.get('Access-Control-Allow-Methods'))).toEqual(expect.arrayContaining(['get', 'post', 'put', 'patch', 'delete']));
    expect(list(res.headers.get('Access-Control-Allow-Headers'))).toEqual(CORS_ALLOW_HEADERS.map((h) => h.toLowerCase()));
    expect(res.headers.get('Access-Control-Max-Age')).toBe('7200');
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(list(res.headers.get('Vary'))).toContain('origin');
  });

  it('lets an allowed origin read answers, errors included, and the headers a storefront needs', async () => {
    const origin = 'https://shop.example.com';
    const added = await call('/api/cart/items', { method: 'POST', headers: { Origin: origin, 'content-type': 'application/json' }, body: JSON.stringify({ product_id: 2_147_483_000, quantity: 1 }) });
    const missing = await call('/api/nope', { headers: { Origin: origin } });
    const unauthenticated = await call('/api/orders', { headers: { Origin: origin } });
    for (const res of [added, missing, unauthenticated]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(list(res.headers.get('Access-Control-Expose-Headers'))).toEqual(CORS_EXPOSE_HEADERS.map((h) => h.toLowerCase()));
      expect(list(res.headers.get('Vary'))).toContain('origin');
    }
  });

  it('matches subdomain patterns, never the bare domain, another scheme or a look-alike', async () => {
    for (const origin of ['https://eu.brand.example', 'https://a.b.brand.example']) {
      expect((await preflight(origin)).headers.get('Access-Control-Allow-Origin'), origin).toBe(origin);
    }
    for (const origin of ['https://brand.example', 'http://eu.brand.example', 'https://evilbrand.example', 'https://eu.brand.example.evil.com', 'https://shop.example.com.evil.com', 'null']) {
      const res = await preflight(origin);
      expect(corsHeaders(res), origin).toEqual([]);
    }
  });

  it('gives a disallowed origin no CORS header at all', async () => {
    const res = await call('/api/products?limit=1', { headers: { Origin: 'https://elsewhere.example' } });
    expect(res.status).toBe(200);
    expect(corsHeaders(res)).toEqual([]);
    expect(list(res.headers.get('Vary'))).toContain('origin');
    expect(corsHeaders(await preflight('https://elsewhere.example'))).toEqual([]);
  });

  it('allows localhost origins by default in development only', async () => {
    const dev = env({ ENVIRONMENT: 'development', CORS_ORIGINS: '' });
    expect((await preflight('http://localhost:5173', 'POST', dev)).headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    expect((await preflight('http://127.0.0.1:8788', 'POST', dev)).headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:8788');
    for (const environment of ['production', 'test']) {
      expect(corsHeaders(await preflight('http://localhost:5173', 'POST', env({ ENVIRONMENT: environment, CORS_ORIGINS: '' }))), environment).toEqual([]);
    }
  });

  it('refuses a CORS_ORIGINS entry that is no origin, naming the variable', async () => {
    for (const bad of ['https://shop.example.com/', '*', 'shop.example.com', 'https://shop.example.com/path']) {
      const res = await call('/health', {}, env({ CORS_ORIGINS: bad }));
      expect(res.status, bad).toBe(500);
      expect(((await res.json()) as any).error.message, bad).toContain('CORS_ORIGINS');
    }
  });
  it('allows every request header the API document declares, and exposes every response header it declares', async () => {
    const doc = (await (await call('/openapi.json', {})).json()) as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; responses?: Record<string, { headers?: Record<string, unknown> }> }>> };
    const sent = new Set<string>();
    const read = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths)) {
      // Provider webhooks are called server to server, never by a browser.
      if (path.startsWith('/api/webhooks/')) continue;
      for (const op of Object.values(item)) {
        for (const p of op.parameters ?? []) if (p.in === 'header') sent.add(p.name.toLowerCase());
        for (const r of Object.values(op.responses ?? {})) for (const h of Object.keys(r.headers ?? {})) read.add(h.toLowerCase());
      }
    }
    // CF-* headers are set by Cloudflare's edge, never by a browser; Cache-Control is readable without CORS,
    // and Vary only matters to caches.
    const allowed = CORS_ALLOW_HEADERS.map((h) => h.toLowerCase());
    const exposed = [...CORS_EXPOSE_HEADERS.map((h) => h.toLowerCase()), 'cache-control', 'vary'];
    expect(sent).toContain('x-order-token');
    expect(read).toContain('x-market');
    expect([...sent].filter((h) => !h.startsWith('cf-') && !allowed.includes(h))).toEqual([]);
    expect([...read].filter((h) => !exposed.includes(h))).toEqual([]);
  });
});
