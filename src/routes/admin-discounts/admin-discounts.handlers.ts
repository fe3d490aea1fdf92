import type { RouteHandler } from '@hono/zod-openapi';
import type { Updateable } from 'kysely';
import { isUniqueViolation, pgError } from '../../db/errors';
import * as q from '../../db/queries/discounts';
import type { DiscountsTable } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import { fromCents, toCents } from '../../markets/money';
import type { AppEnv } from '../../lib/types';
import type { DiscountUpdate } from '../../schemas/discounts';
import type * as routes from './admin-discounts.routes';

const SORT = 'admin-discounts:newest';
const iso = (d: Date | string) => new Date(d).toISOString();
const notFound = () => new ApiError('not_found', 404, 'Discount not found');

/** Whether checkout takes the code now, and why not, by the database's clock. */
function stateOf(r: q.DiscountRow) {
  const now = new Date(r.now).getTime();
  if (!r.is_active) return 'inactive' as const;
  if (new Date(r.starts_at).getTime() > now) return 'scheduled' as const;
  if (r.ends_at && new Date(r.ends_at).getTime() <= now) return 'expired' as const;
  if (r.usage_limit !== null && r.usage_count >= r.usage_limit) return 'used_up' as const;
  return 'active' as const;
}

const toDiscount = (r: q.DiscountRow) => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  description: r.description,
  percent_off: r.percent_off === null ? null : Number(r.percent_off),
  amount_off: r.amount_off_cents === null ? null : fromCents(r.amount_off_cents),
  min_subtotal: fromCents(r.min_subtotal_cents),
  starts_at: iso(r.starts_at),
  ends_at: r.ends_at ? iso(r.ends_at) : null,
  usage_limit: r.usage_limit,
  usage_count: r.usage_count,
  per_customer_limit: r.per_customer_limit,
  is_active: r.is_active,
  state: stateOf(r),
  created_at: iso(r.created_at),
  updated_at: iso(r.updated_at),
});

// The table checks of migration 0005, in their order: the kind's amount, the window, the usage limit.
const CHECKS: Record<string, string> = { discounts_check: 'amount_off', discounts_check1: 'ends_at', discounts_check2: 'usage_limit' };

/** The database refuses what the body alone cannot know (the window against the stored start, a limit under the usage). */
function refused(err: unknown): unknown {
  if (isUniqueViolation(err, 'discounts_code_key')) return new ApiError('conflict', 409, 'A discount with this code exists', [{ path: 'code', code: 'custom', message: 'taken' }]);
  const info = pgError(err);
  if (info?.code === '23514') {
    return new ApiError('validation_failed', 422, 'The change contradicts the discount as stored', [
      { path: CHECKS[info.constraint ?? ''] ?? 'body', code: 'custom', message: 'conflicts with the stored values (window, kind or usage so far)' },
    ]);
  }
  return err;
}

function columns(b: DiscountUpdate): Updateable<DiscountsTable> {
  return {
    description: b.description,
    percent_off: b.percent_off,
    amount_off_cents: b.amount_off === undefined ? undefined : toCents(b.amount_off),
    min_subtotal_cents: b.min_subtotal === undefined ? undefined : toCents(b.min_subtotal),
    starts_at: b.starts_at,
    ends_at: b.ends_at,
    usage_limit: b.usage_limit,
    per_customer_limit: b.per_customer_limit,
    is_active: b.is_active,
  };
}

export const createDiscount: RouteHandler<typeof routes.createDiscount, AppEnv> = async (c) => {
  const { code, kind, ...rest } = c.req.valid('json');
  const row = await q
    .insertDiscount(c.var.services.db.db, { code, kind, ...columns(rest), min_subtotal_cents: toCents(rest.min_subtotal) } as never)
    .catch((err) => Promise.reject(refused(err)));
  return c.json(toDiscount(row), 201);
};

export const listDiscounts: RouteHandler<typeof routes.listDiscounts, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const { limit, cursor, ...filters } = c.req.valid('query');
  const after = cursor ? Number((await decodeCursor(env.JWT_SECRET, SORT, cursor))[0]) : null;
  const rows = await q.listDiscounts(db.db, filters, limit, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? await encodeCursor(env.JWT_SECRET, SORT, [last.id]) : null;
  c.header('Cache-Control', 'no-store');
  return c.json({ data: page.map(toDiscount), next_cursor: next }, 200);
};

export const getDiscount: RouteHandler<typeof routes.getDiscount, AppEnv> = async (c) => {
  const row = await q.findDiscount(c.var.services.db.db, c.req.valid('param').id);
  if (!row) throw notFound();
  return c.json(toDiscount(row), 200);
};

export const updateDiscount: RouteHandler<typeof routes.updateDiscount, AppEnv> = async (c) => {
  const row = await q.updateDiscount(c.var.services.db.db, c.req.valid('param').id, columns(c.req.valid('json'))).catch((err) => Promise.reject(refused(err)));
  if (!row) throw notFound();
  return c.json(toDiscount(row), 200);
};

export const deactivateDiscount: RouteHandler<typeof routes.deactivateDiscount, AppEnv> = async (c) => {
  const row = await q.updateDiscount(c.var.services.db.db, c.req.valid('param').id, { is_active: false });
  if (!row) throw notFound();
  return c.json(toDiscount(row), 200);
};
