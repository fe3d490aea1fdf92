import type { RouteHandler } from '@hono/zod-openapi';
import { updateAccount } from '../../auth/account-state';
import { issuePasswordReset } from '../../auth/password-reset';
import * as q from '../../db/queries/customers';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import { toDecimal } from '../../markets/currency';
import type * as routes from './admin-customers.routes';

const SORT = 'admin-customers:newest';
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const notFound = () => new ApiError('not_found', 404, 'Account not found');

type SummaryRow = Awaited<ReturnType<typeof q.listCustomers>>[number];
const summary = (r: Omit<SummaryRow, 'created_at_key'>) => ({
  id: r.id,
  email: r.email,
  first_name: r.first_name,
  last_name: r.last_name,
  role: r.role,
  is_active: r.is_active,
  is_verified: r.is_verified,
  last_login: iso(r.last_login),
  created_at: iso(r.created_at)!,
});

export const listCustomers: RouteHandler<typeof routes.listCustomers, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { limit, cursor, ...filters } = c.req.valid('query');
  const after = cursor ? ((await decodeCursor(env.JWT_SECRET, SORT, cursor)) as [string, number]) : null;
  const rows = await q.listCustomers(db.db, filters, limit, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, SORT, [last.created_at_key, last.id]) : null;
  c.header('Cache-Control', 'no-store');
  return c.json({ data: page.map(summary), next_cursor: next }, 200);
};

async function detail(db: AppEnv['Variables']['services']['db'], id: number) {
  const row = await q.findCustomer(db.db, id);
  if (!row) throw notFound();
  return {
    ...summary(row),
    phone: row.phone,
    order_count: row.order_count,
    lifetime_spend: row.spend.map((s) => ({ currency: s.currency, amount: toDecimal(s.minor, s.currency) })),
    last_order: row.last_order ? { ...row.last_order, created_at: iso(row.last_order.created_at)! } : null,
  };
}

export const getCustomer: RouteHandler<typeof routes.getCustomer, AppEnv> = async (c) => {
  return c.json(await detail(c.var.services.db, c.req.valid('param').id), 200);
};

export const updateCustomer: RouteHandler<typeof routes.updateCustomer, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const change = c.req.valid('json');
  if (id === c.var.auth.userId && (change.is_active === false || (change.role && change.role !== 'admin'))) {
    throw new ApiError('conflict', 409, 'You cannot disable or demote your own account');
  }
  const user = await updateAccount(c.var.services, id, change);
  if (!user) throw notFound();
  return c.json(await detail(c.var.services.db, id), 200);
};

export const sendPasswordReset: RouteHandler<typeof routes.sendPasswordReset, AppEnv> = async (c) => {
  const { db, env, clock } = c.var.services;
  const row = await q.findCustomer(db.db, c.req.valid('param').id);
  if (!row) throw notFound();
  if (!row.is_active) throw new ApiError('conflict', 409, 'The account is disabled; enable it first');
  await issuePasswordReset(db, env.JWT_SECRET, row.email, clock());
  return c.json({ status: 'accepted' as const }, 202);
};
