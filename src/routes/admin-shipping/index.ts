import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { isUniqueViolation, pgError } from '../../db/errors';
import * as q from '../../db/queries/shipping-methods';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import { fromCents, toCents } from '../../markets/money';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import type { AppEnv } from '../../lib/types';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { AdminShippingMethod, AdminShippingMethodList, ShippingCodeParam, ShippingMethodInput, ShippingMethodUpdate } from '../../schemas/settings';

// Admin only: shipping methods are a setting. Checkout reads the table on every order, so a change
// applies to the next checkout.
const tags = ['Shipping methods (admin)'];
const notFound = errorResponse('No such shipping method (`not_found`)');
const missing = () => new ApiError('not_found', 404, 'Shipping method not found');
const cents = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : toCents(v));

type Row = Awaited<ReturnType<typeof q.listShippingMethods>>[number];
const toMethod = (r: Row) => ({
  code: r.code,
  name: r.name,
  rate: fromCents(r.rate_cents),
  free_over: r.free_over_cents === null ? null : fromCents(r.free_over_cents),
  min_days: r.min_days,
  max_days: r.max_days,
  is_active: r.is_active,
  position: r.position,
  updated_at: new Date(r.updated_at).toISOString(),
});

const list = createRoute({
  method: 'get',
  path: '/api/admin/shipping-methods',
  tags,
  summary: 'Every shipping method, active or not, in display order',
  ...guardedBy('admin'),
  responses: { 200: jsonResponse(AdminShippingMethodList, 'The methods'), ...roleErrors },
});

const create = createRoute({
  method: 'post',
  path: '/api/admin/shipping-methods',
  tags,
  summary: 'Add a shipping method',
  ...guardedBy('admin'),
  request: jsonBody(ShippingMethodInput),
  responses: { 201: jsonResponse(AdminShippingMethod, 'The method'), ...bodyErrors, ...roleErrors, 409: errorResponse('The code exists (`conflict`)') },
});

const update = createRoute({
  method: 'patch',
  path: '/api/admin/shipping-methods/{code}',
  tags,
  summary: 'Change a shipping method: name, rate, free-over threshold, delivery days, position, active',
  ...guardedBy('admin'),
  request: { params: ShippingCodeParam, ...jsonBody(ShippingMethodUpdate) },
  responses: { 200: jsonResponse(AdminShippingMethod, 'The method after the change'), ...bodyErrors, ...roleErrors, 404: notFound },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/admin/shipping-methods/{code}',
  tags,
  summary: 'Delete a shipping method; orders keep the code they were placed with',
  ...guardedBy('admin'),
  request: { params: ShippingCodeParam },
  responses: { 204: { description: 'Deleted' }, ...roleErrors, 404: notFound, 422: errorResponse('Bad code (`validation_failed`)') },
});

const daysRefused = (err: unknown) =>
  pgError(err)?.code === '23514'
    ? new ApiError('validation_failed', 422, 'The request is not valid', [{ path: 'max_days', code: 'custom', message: 'must be at least min_days' }])
    : err;

const onList: RouteHandler<typeof list, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json({ data: (await q.listShippingMethods(c.var.services.db.db)).map(toMethod) }, 200);
};

const onCreate: RouteHandler<typeof create, AppEnv> = async (c) => {
  const b = c.req.valid('json');
  const row = await q
    .insertShippingMethod(c.var.services.db.db, {
      code: b.code, name: b.name, rate_cents: toCents(b.rate), free_over_cents: cents(b.free_over), min_days: b.min_days,
      max_days: b.max_days, is_active: b.is_active, position: b.position,
    })
    .catch((err) =>
      Promise.reject(isUniqueViolation(err, 'shipping_methods_pkey') ? new ApiError('conflict', 409, 'A shipping method with this code exists', [{ path: 'code', code: 'custom', message: 'taken' }]) : err),
    );
  return c.json(toMethod(row), 201);
};

const onUpdate: RouteHandler<typeof update, AppEnv> = async (c) => {
  const { rate, free_over, ...rest } = c.req.valid('json');
  const row = await q
    .updateShippingMethod(c.var.services.db.db, c.req.valid('param').code, { ...rest, rate_cents: cents(rate) ?? undefined, free_over_cents: cents(free_over) })
    .catch((err) => Promise.reject(daysRefused(err)));
  if (!row) throw missing();
  return c.json(toMethod(row), 200);
};

const onRemove: RouteHandler<typeof remove, AppEnv> = async (c) => {
  if (!(await q.deleteShippingMethod(c.var.services.db.db, c.req.valid('param').code))) throw missing();
  return c.body(null, 204);
};

const adminShipping = createRouter().openapi(list, onList).openapi(create, onCreate).openapi(update, onUpdate).openapi(remove, onRemove);

export default adminShipping;
