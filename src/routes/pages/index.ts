import type { Context } from 'hono';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';

/**
 * The HTML pages of public/ (the example store, the account link pages) come through the Worker
 * (`run_worker_first` in wrangler.toml), so they get the security headers and the page CSP like /docs.
 * Kept out of the OpenAPI document: they are pages, not API.
 */
export const PAGE_PATHS = ['/', '/:page{[A-Za-z0-9_-]+\\.html}'] as const;

/** The store dashboard (public/dashboard/) at /admin/: its folder is named apart from the older admin.html page. */
export const DASHBOARD_PATHS = ['/admin', '/dashboard'] as const;

async function serveAsset(c: Context<AppEnv>, path?: string) {
  const assets = c.env.ASSETS as { fetch(request: Request): Promise<Response> } | undefined;
  if (!assets) throw new ApiError('not_found', 404, 'No pages are served here');
  const res = await assets.fetch(path ? new Request(new URL(path, c.req.url), c.req.raw) : c.req.raw);
  // A fetched answer's headers are immutable; the security headers are added to a copy.
  return new Response(res.body, res);
}

const pages = createRouter();
for (const path of PAGE_PATHS) pages.get(path, (c) => serveAsset(c));
for (const path of DASHBOARD_PATHS) pages.get(path, (c) => serveAsset(c, '/dashboard/'));

export default pages;
