import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { productTopic } from '../../src/clients/realtime';
import { createApp } from '../../src/lib/create-app';
import { registerRoutes } from '../../src/routes';
import { DOC_PATHS } from '../../src/routes/docs';
import { createProduct } from './catalog';
import { adminSession } from './db';
import { api, BASE, bearer, freshIp, json, testEnv } from './helpers';
import { addItem, checkout, checkoutBody } from './shop';

// The document is checked against the OpenAPI 3.1 schema in test/node/openapi.test.ts (the validator
// compiles schemas with `new Function`, which workerd forbids). Here: the served document against the
// routes the app really has, and the security each operation declares against what the route enforces.

type Response = { description: string; headers?: Record<string, unknown> };
type Operation = {
  security?: Record<string, unknown>[];
  responses: Record<string, Response>;
  parameters?: { in: string; name: string; required?: boolean }[];
};
type Doc = { openapi: string; info: { title: string; version: string }; servers: { url: string }[]; paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** App routes the document leaves out on purpose: the document and its viewer, and the HTML pages. */
const UNDOCUMENTED = new Set([...DOC_PATHS, '/', '/{page}', '/admin', '/dashboard'].map((p) => `GET ${p}`));

let doc: Doc;
beforeAll(async () => {
  const res = await api('/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Doc;
});

/** `METHOD /path/{param}` for every operation of the document. */
function documentedOperations(): Set<string> {
  const ops = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) if (METHODS.includes(method)) ops.add(`${method.toUpperCase()} ${path}`);
  }
  return ops;
}

/**
 * `METHOD /path/{param}` for every route of a freshly built app, enumerated from Hono's router
 * (so routes added by any resource are included). `app.use` middleware is skipped: it is registered
 * for `ALL` methods on a wildcard path and answers nothing itself.
 */
function appOperations(): Set<string> {
  const app = registerRoutes(createApp());
  const ops = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' && r.path.endsWith('*')) continue;
    const path = r.path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
    ops.add(`${r.method} ${path}`);
  }
  return ops;
}

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 with info, this deployment as server and the bearer scheme', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.servers).toEqual([{ url: new URL(BASE).origin, description: expect.any(String) }]);
    expect(doc.components.securitySchemes?.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas?.Error).toBeTruthy();
  });

  it('documents every route the app serves, and no route it lacks', () => {
    const app = appOperations();
    const documented = documentedOperations();
    const missing = [...app].filter((op) => !documented.has(op) && !UNDOCUMENTED.has(op));
    const extra = [...documented].filter((op) => !app.has(op));
    expect(missing, 'routes without documentation').toEqual([]);
    expect(extra, 'documented routes the app does not have').toEqual([]);
    // The excluded routes exist, so the exclusion list cannot go stale silently.
    for (const op of UNDOCUMENTED) expect(app.has(op), op).toBe(true);
    // Static assets (public/) are answered before the Worker and never appear among its routes.
    expect([...documented].filter((op) => / \/(vendor\/|index\.html|$)/.test(op))).toEqual([]);
  });

  it('gives every operation the shared error body for 500, and 422 where it takes input', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(op.responses['500'], `${method} ${path}`).toBeTruthy();
        if (op.parameters?.length) expect(op.responses['422'], `${method} ${path}`).toBeTruthy();
        const bearer = op.security?.some((s) => 'bearerAuth' in s);
        if (bearer) expect(op.responses['401'], `${method} ${path}`).toBeTruthy();
      }
    }
  });

  it('declares bearer security exactly on the routes that check a token', async () => {
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        // Any value passes the path patterns; the auth middleware runs before validation.
        const url = path.replace(/\{[^}]+\}/g, '1');
        const call = (headers: Record<string, string>) =>
          api(url, { method: method.toUpperCase(), headers: { 'CF-Connecting-IP': freshIp(), ...headers } });
        const security = op.security ?? [];
        const takesBearer = security.some((s) => 'bearerAuth' in s);
        const optional = security.length === 0 || security.some((s) => Object.keys(s).length === 0);
        // A bad token is refused (401 with a Bearer challenge) exactly where a token is read.
        const bad = await call({ Authorization: 'Bearer not.a.token' });
        await bad.body?.cancel();
        const refused = bad.status === 401 && bad.headers.get('WWW-Authenticate') === 'Bearer';
        if (refused !== takesBearer) wrong.push(`${method} ${path}: bad token answered ${bad.status}, declared ${JSON.stringify(security)}`);
        if (takesBearer && !optional) {
          const none = await call({});
          await none.body?.cancel();
          if (none.status !== 401) wrong.push(`${method} ${path}: no token answered ${none.status}, but it declares bearer only`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** Headers generated clients need to know about; each must be declared on every answer that sends it. */
const WATCHED = ['ETag', 'Cache-Control', 'X-Cart-Token', 'Idempotent-Replayed', 'Retry-After'];

describe('the document tells generators the truth', () => {
  it('declares ETag, Cache-Control, X-Cart-Token, Idempotent-Replayed and Retry-After on the answers that send them', async () => {
    const seen: { op: string; status: number; header: string }[] = [];
    const observe = async (method: string, path: string, res: Response | globalThis.Response) => {
      const answer = res as globalThis.Response;
      for (const header of WATCHED) if (answer.headers.has(header)) seen.push({ op: `${method} ${path}`, status: answer.status, header });
      if (!answer.bodyUsed) await answer.body?.cancel();
      return answer;
    };
    const admin = await adminSession();
    const product = await createProduct(admin.access_token, { stock_quantity: 20 });
    await observe('post', '/api/products', await api('/api/products', json((await import('./catalog')).productBody(), { headers: bearer(admin.access_token) })));
    await observe('put', '/api/products/{id}', await api(`/api/products/${product.id}`, json({ short_description: 'Updated' }, { method: 'PUT', headers: bearer(admin.access_token) })));
    const list = await observe('get', '/api/products', await api('/api/products?limit=2'));
    await observe('get', '/api/products', await api('/api/products?limit=2', { headers: { 'If-None-Match': list.headers.get('ETag')! } }));
    const one = await observe('get', '/api/products/{id_or_slug}', await api(`/api/products/${product.id}`));
    await observe('get', '/api/products/{id_or_slug}', await api(`/api/products/${product.id}`, { headers: { 'If-None-Match': one.headers.get('ETag')! } }));
    await observe('get', '/api/search/products', await api('/api/search/products?q=headphones'));
    await observe('get', '/api/client-config', await api('/api/client-config'));
    await observe('get', '/health', await api('/health'));
    const added = await observe('post', '/api/cart/items', (await addItem({}, { product_id: product.id, quantity: 1 })).res);
    const guest = { cart: added.headers.get('X-Cart-Token')! };
    const key = crypto.randomUUID();
    const body = checkoutBody({ email: 'headers@example.com' });
    await observe('post', '/api/orders', (await checkout(guest, body, key)).res);
    await observe('post', '/api/orders', (await checkout(guest, body, key)).res);
    // A rate limit of one attempt: the second login from this address is a 429.
    const app = registerRoutes(createApp());
    const ip = freshIp();
    const login = () =>
      app.request(`${BASE}/api/users/login`, json({ email: 'nobody@example.com', password: 'a-long-password-1' }, { headers: { 'CF-Connecting-IP': ip } }), {
        ...testEnv,
        RATE_LIMITS: 'login_ip=1/3600',
      });
    await observe('post', '/api/users/login', await login());
    await observe('post', '/api/users/login', await login());

    // Every watched header was met at least once, so the check below covers each of them.
    expect(new Set(seen.map((s) => s.header))).toEqual(new Set(WATCHED));
    expect(seen.some((s) => s.status === 304)).toBe(true);
    const undeclared = seen.filter(({ op, status, header }) => {
      const [method, path] = op.split(' ') as [string, string];
      return !doc.paths[path]?.[method]?.responses[String(status)]?.headers?.[header];
    });
    expect(undeclared).toEqual([]);
  });

  it('marks Idempotency-Key required on checkout, which refuses a request without one', async () => {
    const param = doc.paths['/api/orders']!.post!.parameters!.find((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
    expect(param?.required).toBe(true);
    const { res, body } = await checkout({}, checkoutBody(), null);
    expect(res.status).toBe(400);
    expect(body.error.code).toBe('idempotency_key_required');
  });

  it('describes the cart’s 401 as the bearer token’s, and nothing else', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/cart')) continue;
      for (const [method, op] of Object.entries(item)) {
        const description = op.responses['401']?.description ?? '';
        expect(description, `${method} ${path}`).toMatch(/unauthenticated/);
        expect(description, `${method} ${path}`).not.toMatch(/422|validation_failed|X-Cart-Token/);
      }
    }
  });
});

describe('GET /docs', () => {
  it('serves Swagger UI from the Worker’s own static assets, reading /openapi.json', async () => {
    const res = await api('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    // Started by public/docs.js (no inline script, for the page's CSP).
    expect(html).toContain('<script src="/docs.js"></script>');
    expect(await (await assets().fetch(`${BASE}/docs.js`)).text()).toContain("url: '/openapi.json'");
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.filter((src) => src.startsWith('/vendor/')).length).toBeGreaterThanOrEqual(2);
    // Its own icon, so the browser does not ask for a /favicon.ico the Worker would answer with a 404.
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
    for (const src of scripts) {
      expect(src, 'no CDN: same-origin paths only').toMatch(/^\/(?!\/)/);
      // The pool calls the Worker directly; the asset binding reaches public/ as the edge would.
      const asset = await assets().fetch(`${BASE}${src}`);
      expect(asset.status, src).toBe(200);
      const bytes = (await asset.arrayBuffer()).byteLength;
      expect(bytes, src).toBeGreaterThan(src.startsWith('/vendor/') ? 1000 : 100);
    }
  });
});

describe('GET /api/client-config', () => {
  it('hands out the public Supabase key only, and the Realtime topic the broadcaster uses', async () => {
    const res = await api('/api/client-config');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(Object.keys(body).sort()).toEqual(['cloudinary_cloud_name', 'realtime', 'stripe_api_base', 'stripe_publishable_key', 'supabase_key', 'supabase_url']);
    // Card payments are off in this env: no Stripe key at all.
    expect([body.stripe_publishable_key, body.stripe_api_base]).toEqual([null, null]);
    expect(body.cloudinary_cloud_name).toBe((env as Record<string, unknown>).CLOUDINARY_CLOUD_NAME);
    expect(JSON.stringify(body)).not.toContain((env as Record<string, string>).SUPABASE_API_KEY);
    expect(body.realtime.stock_topic.replace('{id}', '42')).toBe(productTopic(42));
    expect(body.realtime.stock_event).toBe('stock');
  });

  it('turns realtime on with SUPABASE_ANON_KEY, and off without it', async () => {
    const app = registerRoutes(createApp());
    const base = env as Record<string, unknown>;
    const off = (await (await app.request(`${BASE}/api/client-config`, undefined, { ...base, SUPABASE_ANON_KEY: undefined })).json()) as any;
    expect(off).toMatchObject({ supabase_url: null, supabase_key: null });
    const on = (await (await app.request(`${BASE}/api/client-config`, undefined, { ...base, SUPABASE_ANON_KEY: 'public-anon-key' })).json()) as any;
    expect(on).toMatchObject({ supabase_url: base.SUPABASE_URL, supabase_key: 'public-anon-key' });
  });
});

describe('static assets', () => {
  it('serve the example page and the vendored supabase-js', async () => {
    const page = await assets().fetch(`${BASE}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/vendor/supabase/supabase.js');
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
    expect((await assets().fetch(`${BASE}/favicon.svg`)).status).toBe(200);
    // Served by the Worker, the page calls the API on its own origin.
    expect(await (await assets().fetch(`${BASE}/config.js`)).text()).toMatch(/export const API_BASE = '';/);
    const sb = await assets().fetch(`${BASE}/vendor/supabase/supabase.js`);
    expect(sb.status).toBe(200);
    expect(await sb.text()).toContain('createClient');
  });
});

/** The `ASSETS` binding of wrangler.toml's `[assets]`. */
function assets(): Fetcher {
  const binding = (env as Record<string, unknown>).ASSETS as Fetcher | undefined;
  if (!binding) throw new Error('no ASSETS binding: is [assets] binding = "ASSETS" in wrangler.toml?');
  return binding;
}
