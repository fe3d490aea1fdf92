import { env as bindings } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '../../routes';
import { api, BASE, testEnv } from '../../../test/worker/helpers';
import { API_CSP } from '.';

const directives = (csp: string | null) => Object.fromEntries((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
const inlineScripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\bsrc=/.test(m[1]!));

describe('security headers', () => {
  it('puts nosniff, no framing, a referrer policy and a deny-all CSP on API answers, errors included', async () => {
    for (const res of [await api('/api/products?limit=1'), await api('/api/nope'), await api('/api/orders')]) {
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('Content-Security-Policy')).toBe(API_CSP);
      expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-site');
      // What only a document acts on stays off JSON.
      expect(res.headers.get('Cross-Origin-Opener-Policy')).toBeNull();
      expect(res.headers.get('X-XSS-Protection')).toBeNull();
      // Not in development or tests: a local http origin must not be pinned to https.
      expect(res.headers.get('Strict-Transport-Security')).toBeNull();
    }
  });

  it('sends HSTS in production', async () => {
    const app = registerRoutes(createApp());
    const res = await app.request(`${BASE}/health`, {}, { ...testEnv, ENVIRONMENT: 'production' });
    expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('serves /docs, the store page and the dashboard with a CSP allowing only the Worker\'s own scripts and styles, and no inline script', async () => {
    for (const path of ['/docs', '/', '/admin/']) {
      const res = await api(path);
      expect(res.status, path).toBe(200);
      const csp = directives(res.headers.get('Content-Security-Policy'));
      expect(csp['script-src'], path).toEqual(["'self'"]);
      expect(csp['style-src'], path).toEqual(["'self'"]);
      expect(csp['frame-ancestors'], path).toEqual(["'none'"]);
      expect(csp['object-src'], path).toEqual(["'none'"]);
      expect(csp['connect-src'], path).toContain("'self'");
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(res.headers.get('Cross-Origin-Opener-Policy'), path).toBe('same-origin');
      expect(res.headers.get('X-Frame-Options'), path).toBe('DENY');
      expect(inlineScripts(await res.text()), path).toEqual([]);
    }
    // The Swagger UI is started by a file of the Worker's assets.
    const docsJs = await (bindings as unknown as { ASSETS: Fetcher }).ASSETS.fetch(`${BASE}/docs.js`);
    expect(docsJs.status).toBe(200);
    expect(await docsJs.text()).toContain('SwaggerUIBundle');
  });
});
