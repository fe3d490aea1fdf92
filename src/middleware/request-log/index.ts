import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { matchedRoutes } from 'hono/route';
import { ApiError } from '../../lib/errors';
import { createLogger, type LogFields } from '../../lib/logger';
import type { AppEnv } from '../../lib/types';

/**
 * One JSON line per request after the response is built: request id, method, route pattern (never
 * the raw path or query, which can carry personal data), status, duration, the `Server-Timing` parts
 * as numbers, and the user id when signed in. A failure caused by an outside service adds a
 * `dependency degraded` line naming it.
 */
export function requestLog() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const log = c.get('log') ?? createLogger({ request_id: c.get('requestId') });
    const status = c.res.status;
    const dependency = degradedDependency(c.error);
    if (dependency) log.warn('dependency degraded', { dependency, status, ...(c.error instanceof ApiError ? { code: c.error.code } : {}) });
    const fields: LogFields = {
      method: c.req.method,
      route: routePattern(c),
      status,
      duration_ms: round(performance.now() - started),
      ...(c.get('timing')?.fields() ?? parseServerTiming(c.res.headers.get('Server-Timing'))),
    };
    const userId = c.get('auth')?.userId;
    if (userId !== undefined) fields.user_id = userId;
    if (status >= 500) log.error('request', fields);
    else log.info('request', fields);
  });
}

/** The pattern of the route that answered (`/api/products/:id_or_slug`); null when none matched. */
function routePattern(c: Context<AppEnv>): string | null {
  const route = matchedRoutes(c)[c.req.routeIndex];
  // Only `app.use` middleware ran (a 404, or a failure before routing): no route to name.
  if (!route || route.method === 'ALL') return null;
  return route.path;
}

/** `db;dur=4.2, cache;dur=0.8;desc="down", total;dur=6.1` → `{timing: {db: 4.2, ...}, timing_desc: {cache: 'down'}}`. */
export function parseServerTiming(header: string | null): { timing: Record<string, number>; timing_desc?: Record<string, string> } {
  const timing: Record<string, number> = {};
  const desc: Record<string, string> = {};
  for (const part of header?.split(',') ?? []) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    for (const p of params) {
      const [key, value = ''] = p.split('=');
      if (key === 'dur' && Number.isFinite(Number(value))) timing[name] = Number(value);
      if (key === 'desc') desc[name] = value.replace(/^"|"$/g, '');
    }
  }
  return Object.keys(desc).length ? { timing, timing_desc: desc } : { timing };
}

/** The outside service behind a failed request, if it was one. */
function degradedDependency(err: unknown): string | null {
  if (err instanceof ApiError) {
    const d = err.details as { dependency?: unknown } | undefined;
    return typeof d?.dependency === 'string' ? d.dependency : null;
  }
  // The Neon client's error without a SQLSTATE: the database was not reached (or did not answer).
  if (err instanceof Error && err.name === 'NeonDbError' && !(err as { code?: unknown }).code) return 'database';
  return null;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
