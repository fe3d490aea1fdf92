import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { listAudit } from '../../db/queries/audit';
import { createRouter } from '../../lib/create-app';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { errorResponse, jsonResponse } from '../../lib/openapi';
import type { AppEnv } from '../../lib/types';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { AuditList, AuditQuery } from '../../schemas/audit';

// Admin only: who changed what, when, with the fields before and after.
const SORT = 'audit:newest';

const listRoute = createRoute({
  method: 'get',
  path: '/api/admin/audit',
  tags: ['Audit (admin)'],
  summary: 'Every write made by a staff or admin account, newest first',
  description: 'Recorded in the same transaction as the write. Secrets and password hashes are never recorded.',
  ...guardedBy('admin'),
  request: { query: AuditQuery },
  responses: {
    200: jsonResponse(AuditList, 'A page of entries'),
    400: errorResponse('Bad cursor (`invalid_cursor`)'),
    ...roleErrors,
    422: errorResponse('A filter is not valid (`validation_failed`)'),
  },
});

const list: RouteHandler<typeof listRoute, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { limit, cursor, ...filters } = c.req.valid('query');
  const after = cursor ? String((await decodeCursor(env.JWT_SECRET, SORT, cursor))[0]) : null;
  const rows = await listAudit(db.db, filters, limit, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, SORT, [last.id]) : null;
  c.header('Cache-Control', 'no-store');
  return c.json({ data: page.map((r) => ({ ...r, id: Number(r.id), created_at: new Date(r.created_at).toISOString() })), next_cursor: next }, 200);
};

const adminAudit = createRouter().openapi(listRoute, list);

export default adminAudit;
