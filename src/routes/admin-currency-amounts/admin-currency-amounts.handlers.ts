import type { RouteHandler } from '@hono/zod-openapi';
import { pgError } from '../../db/errors';
import * as q from '../../db/queries/currency-amounts';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import type * as routes from './admin-currency-amounts.routes';

const invalid = (path: string, message: string) => new ApiError('validation_failed', 422, 'The request is not valid', [{ path, code: 'custom', message }]);
const iso = (d: Date | string) => new Date(d).toISOString();
const int = (v: string | null) => (v === null ? null : Number(v));

/** The currency must be one of the store's and not the base one, whose amounts live on the owner itself. */
function checkCurrency(ctx: q.MoneyContext, currency: string, baseHome: string) {
  if (ctx.exponent === null) throw invalid('currency', `${currency} is not a currency of the store (GET /api/admin/currencies)`);
  if (ctx.base === currency) throw invalid('currency', `${currency} is the base currency: its amounts are ${baseHome}`);
}

const wentAway = (what: string) => (err: unknown) =>
  Promise.reject(pgError(err)?.code === '23503' ? new ApiError('conflict', 409, `The ${what} or the currency went away meanwhile; nothing was written`) : err);

const toRate = (code: string) => (r: q.ShippingRateRow) => ({
  method_code: code,
  currency: r.currency,
  currency_exponent: r.exponent,
  rate_minor: Number(r.rate),
  free_over_minor: int(r.free_over),
  updated_at: iso(r.updated_at),
});

const toAmount = (id: number) => (r: q.DiscountAmountRow) => ({
  discount_id: id,
  currency: r.currency,
  currency_exponent: r.exponent,
  amount_off_minor: int(r.amount_off),
  min_subtotal_minor: Number(r.min_subtotal),
  updated_at: iso(r.updated_at),
});

export const listShippingRates: RouteHandler<typeof routes.listShippingRates, AppEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const rows = await q.listShippingRates(c.var.services.db.db, code);
  if (!rows) throw new ApiError('not_found', 404, 'Shipping method not found');
  c.header('Cache-Control', 'no-store');
  return c.json({ data: rows.map(toRate(code)) }, 200);
};

export const putShippingRate: RouteHandler<typeof routes.putShippingRate, AppEnv> = async (c) => {
  const { code, currency } = c.req.valid('param');
  const body = c.req.valid('json');
  const { db } = c.var.services.db;
  const ctx = await q.shippingRateContext(db, code, currency);
  if (ctx.owner === null) throw new ApiError('not_found', 404, 'Shipping method not found');
  checkCurrency(ctx, currency, "the method's own rate and free_over (PATCH /api/admin/shipping-methods/{code})");
  const row = await q.upsertShippingRate(db, code, currency, body.rate_minor, body.free_over_minor).catch(wentAway('shipping method'));
  return row.created ? c.json(toRate(code)(row), 201) : c.json(toRate(code)(row), 200);
};

export const deleteShippingRate: RouteHandler<typeof routes.deleteShippingRate, AppEnv> = async (c) => {
  const { code, currency } = c.req.valid('param');
  if (!(await q.deleteShippingRate(c.var.services.db.db, code, currency))) throw new ApiError('not_found', 404, `No ${currency} rate for this shipping method`);
  return c.body(null, 204);
};

export const listDiscountAmounts: RouteHandler<typeof routes.listDiscountAmounts, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const rows = await q.listDiscountAmounts(c.var.services.db.db, id);
  if (!rows) throw new ApiError('not_found', 404, 'Discount not found');
  c.header('Cache-Control', 'no-store');
  return c.json({ data: rows.map(toAmount(id)) }, 200);
};

export const putDiscountAmount: RouteHandler<typeof routes.putDiscountAmount, AppEnv> = async (c) => {
  const { id, currency } = c.req.valid('param');
  const body = c.req.valid('json');
  const { db } = c.var.services.db;
  const ctx = await q.discountAmountContext(db, id, currency);
  if (ctx.owner === null) throw new ApiError('not_found', 404, 'Discount not found');
  checkCurrency(ctx, currency, "the discount's own amount_off and min_subtotal (PATCH /api/admin/discounts/{id})");
  if (ctx.owner === 'fixed' && body.amount_off_minor === null) throw invalid('amount_off_minor', 'a fixed discount needs its amount off in this currency');
  if (ctx.owner === 'percent' && body.amount_off_minor !== null) throw invalid('amount_off_minor', 'a percent discount takes only a minimum subtotal per currency');
  const row = await q.upsertDiscountAmount(db, id, currency, body.amount_off_minor, body.min_subtotal_minor).catch(wentAway('discount'));
  return row.created ? c.json(toAmount(id)(row), 201) : c.json(toAmount(id)(row), 200);
};

export const deleteDiscountAmount: RouteHandler<typeof routes.deleteDiscountAmount, AppEnv> = async (c) => {
  const { id, currency } = c.req.valid('param');
  if (!(await q.deleteDiscountAmount(c.var.services.db.db, id, currency))) throw new ApiError('not_found', 404, `No ${currency} amounts for this discount`);
  return c.body(null, 204);
};
