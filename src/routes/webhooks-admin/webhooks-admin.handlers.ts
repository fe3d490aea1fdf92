import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import * as q from '../../db/queries/webhooks';
import { publishEvents } from '../../events/outbox';
import { targetPolicy } from '../../events/runtime';
import { newWebhookSecret } from '../../events/signing';
import { checkTarget } from '../../events/ssrf';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import { seal } from '../../lib/sealed';
import type { AppEnv } from '../../lib/types';
import type * as routes from './webhooks-admin.routes';

/** How long the previous secret keeps signing after a rotation. */
const ROTATION_WINDOW_MS = 24 * 3600 * 1000;

const notFound = () => new ApiError('not_found', 404, 'Webhook endpoint not found');

/** The target rules, on save: a refused URL is a 422 naming `url`; a resolver outage a 503. */
async function checkUrl(c: Context<AppEnv>, url: string): Promise<void> {
  let verdict;
  try {
    verdict = await checkTarget(url, targetPolicy(c.var.services.env));
  } catch {
    throw new ApiError('upstream_unavailable', 503, 'The URL could not be checked: DNS is unavailable; retry', undefined, { 'Retry-After': '5' });
  }
  if (!verdict.ok) {
    throw new ApiError('validation_failed', 422, 'The request is not valid', [{ path: 'url', code: 'custom', message: `refused: ${verdict.reason}` }]);
  }
}

async function page<T extends { id: number | string }>(c: Context<AppEnv>, sort: string, rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(c.var.services.env.JWT_SECRET, sort, [String(last.id)]) : null;
  return { data, next };
}

async function after(c: Context<AppEnv>, sort: string, cursor: string | undefined): Promise<string | null> {
  if (!cursor) return null;
  const [id] = await decodeCursor(c.var.services.env.JWT_SECRET, sort, cursor);
  return String(id);
}

export const createEndpoint: RouteHandler<typeof routes.createEndpoint, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const body = c.req.valid('json');
  await checkUrl(c, body.url);
  const secret = newWebhookSecret();
  const row = await q.insertEndpoint(db.db, {
    url: body.url,
    topics: body.topics,
    description: body.description ?? null,
    active: body.active,
    secret_sealed: await seal(env.JWT_SECRET, 'webhook-secret', secret),
  });
  return c.json({ ...q.toWebhookEndpoint(row), secret }, 201);
};

export const listEndpoints: RouteHandler<typeof routes.listEndpoints, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const before = await after(c, 'webhooks:newest', cursor);
  const rows = await q.listEndpoints(c.var.services.db.db, limit, before === null ? null : Number(before));
  const { data, next } = await page(c, 'webhooks:newest', rows, limit);
  return c.json({ data: data.map((r) => q.toWebhookEndpoint(r)), next_cursor: next }, 200);
};

export const getEndpoint: RouteHandler<typeof routes.getEndpoint, AppEnv> = async (c) => {
  const row = await q.findEndpoint(c.var.services.db.db, c.req.valid('param').id);
  if (!row) throw notFound();
  return c.json(q.toWebhookEndpoint(row), 200);
};

export const updateEndpoint: RouteHandler<typeof routes.updateEndpoint, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  if (body.url !== undefined) await checkUrl(c, body.url);
  const row = await q.updateEndpoint(c.var.services.db.db, c.req.valid('param').id, body, new Date());
  if (!row) throw notFound();
  return c.json(q.toWebhookEndpoint(row), 200);
};

export const deleteEndpoint: RouteHandler<typeof routes.deleteEndpoint, AppEnv> = async (c) => {
  if (!(await q.deleteEndpoint(c.var.services.db.db, c.req.valid('param').id))) throw notFound();
  return c.body(null, 204);
};

export const rotateSecret: RouteHandler<typeof routes.rotateSecret, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const secret = newWebhookSecret();
  const row = await q.rotateSecret(db.db, c.req.valid('param').id, await seal(env.JWT_SECRET, 'webhook-secret', secret), new Date(Date.now() + ROTATION_WINDOW_MS));
  if (!row) throw notFound();
  return c.json({ secret, previous_secret_expires_at: new Date(row.previous_secret_expires_at!).toISOString() }, 200);
};

export const listDeliveries: RouteHandler<typeof routes.listDeliveries, AppEnv> = async (c) => {
  const { db } = c.var.services;
  const { id } = c.req.valid('param');
  const { limit, cursor, status } = c.req.valid('query');
  const sort = `webhook-deliveries:${id}`;
  const before = await after(c, sort, cursor);
  const [endpoint, rows] = await Promise.all([q.findEndpoint(db.db, id), q.listDeliveries(db.db, id, status, limit, before)]);
  if (!endpoint) throw notFound();
  const { data, next } = await page(c, sort, rows, limit);
  return c.json({ data: data.map(q.toWebhookDelivery), next_cursor: next }, 200);
};

export const replayDelivery: RouteHandler<typeof routes.replayDelivery, AppEnv> = async (c) => {
  const result = await q.replayDelivery(c.var.services.db.db, c.req.valid('param').id, new Date());
  if (result.outcome === 'missing') throw new ApiError('not_found', 404, 'Webhook delivery not found');
  if (result.outcome === 'endpoint_inactive') throw new ApiError('conflict', 409, 'The endpoint is switched off: switch it on first (PUT active: true)');
  if (result.outcome === 'in_flight') throw new ApiError('conflict', 409, 'An attempt at this delivery is running right now; try again in a minute', undefined, { 'Retry-After': '60' });
  publishEvents(c, [{ id: result.delivery.event_id }]);
  return c.json(q.toWebhookDelivery(result.delivery), 202);
};
