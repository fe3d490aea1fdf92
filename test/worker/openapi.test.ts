import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { productTopic } from '../../src/clients/realtime';
import { createApp } from '../../src/lib/create-app';
import { registerRoutes } from '../../src/routes';
import { DOC_PATHS } from '../../src/routes/docs';
import { api, BASE, freshIp } from './helpers';

// The document is checked against the OpenAPI 3.1 schema in test/node/openapi.test.ts (the validator
// compiles schemas with `new Function`, which workerd forbids). Here: the served document against the
// routes the app really has, and the security each operation declares against what the route enforces.

type Operation = { security?: Record<string, unknown>[]; responses: Record<string, unknown>; parameters?: { in: string; name: string }[] };
type Doc = { openapi: string; info: { title: string; version: string }; servers: { url: string }[]; paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, unknown>> };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** App routes the document leaves out on purpose: the document and its viewer. */
const UNDOCUMENTED = new Set(DOC_PATHS.map((p) => `GET ${p}`));

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

describe('GET /docs', () => {
  it('serves Swagger UI from the Worker’s own static assets, reading /openapi.json', async () => {
    const res = await api('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("url: '/openapi.json'");
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const src of scripts) {
      expect(src, 'no CDN').toMatch(/^\/vendor\//);
      // The pool calls the Worker directly; the asset binding reaches public/ as the edge would.
      const asset = await assets().fetch(`${BASE}${src}`);
      expect(asset.status, src).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, src).toBeGreaterThan(1000);
    }
  });
});

describe('GET /api/client-config', () => {
  it('hands out the public Supabase key only, and the Realtime topic the broadcaster uses', async () => {
    const res = await api('/api/client-config');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(Object.keys(body).sort()).toEqual(['cloudinary_cloud_name', 'realtime', 'supabase_key', 'supabase_url']);
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
