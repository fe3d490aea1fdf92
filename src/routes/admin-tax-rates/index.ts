import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../db/errors';
import * as q from '../../db/queries/tax-rates';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import type { AppEnv } from '../../lib/types';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { IdParam } from '../../schemas/common';
import { TaxRate, TaxRateInput, TaxRateList, TaxRateQuery, TaxRateUpdate } from '../../schemas/settings';

// Admin only: tax rates are a setting. Checkout reads the table on every order (a region's rate wins
// over its country's), so a change applies to the next checkout.
const tags = ['Tax rates (admin)'];
const notFound = errorResponse('No such tax rate (`not_found`)');
const missing = () => new ApiError('not_found', 404, 'Tax rate not found');

type Row = Awaited<ReturnType<typeof q.listTaxRates>>[number];
const toRate = (r: Row) => ({
  id: r.id,
  country: r.country,
  region: r.region,
  rate: Number(r.rate),
  applies_to_shipping: r.applies_to_shipping,
  updated_at: new Date(r.updated_at).toISOString(),
});

const list = createRoute({
  method: 'get',
  path: '/api/admin/tax-rates',
  tags,
  summary: 'Tax rates by country and region',
  ...guardedBy('admin'),
  request: { query: TaxRateQuery },
  responses: { 200: jsonResponse(TaxRateList, 'The rates'), ...roleErrors, 422: errorResponse('Bad country (`validation_failed`)') },
});

const create = createRoute({
  method: 'post',
  path: '/api/admin/tax-rates',
  tags,
  summary: 'Add a tax rate for a country, or for one of its regions',
  ...guardedBy('admin'),
  request: jsonBody(TaxRateInput),
  responses: { 201: jsonResponse(TaxRate, 'The rate'), ...bodyErrors, ...roleErrors, 409: errorResponse('This country and region have a rate (`conflict`)') },
});

const update = createRoute({
  method: 'patch',
  path: '/api/admin/tax-rates/{id}',
  tags,
  summary: 'Change a rate, or whether it taxes shipping',
  ...guardedBy('admin'),
  request: { params: IdParam, ...jsonBody(TaxRateUpdate) },
  responses: { 200: jsonResponse(TaxRate, 'The rate after the change'), ...bodyErrors, ...roleErrors, 404: notFound },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/admin/tax-rates/{id}',
  tags,
  summary: 'Delete a tax rate: orders to that place are untaxed, or taxed at the country’s rate for a region',
  ...guardedBy('admin'),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...roleErrors, 404: notFound, 422: errorResponse('Bad id (`validation_failed`)') },
});

const onList: RouteHandler<typeof list, AppEnv> = async (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json({ data: (await q.listTaxRates(c.var.services.db.db, c.req.valid('query').country)).map(toRate) }, 200);
};

const onCreate: RouteHandler<typeof create, AppEnv> = async (c) => {
  const row = await q.insertTaxRate(c.var.services.db.db, c.req.valid('json')).catch((err) =>
    Promise.reject(isUniqueViolation(err, 'tax_rates_key') ? new ApiError('conflict', 409, 'This country and region already have a rate', [{ path: 'region', code: 'custom', message: 'taken' }]) : err),
  );
  return c.json(toRate(row), 201);
};

const onUpdate: RouteHandler<typeof update, AppEnv> = async (c) => {
  const row = await q.updateTaxRate(c.var.services.db.db, c.req.valid('param').id, c.req.valid('json'));
  if (!row) throw missing();
  return c.json(toRate(row), 200);
};

const onRemove: RouteHandler<typeof remove, AppEnv> = async (c) => {
  if (!(await q.deleteTaxRate(c.var.services.db.db, c.req.valid('param').id))) throw missing();
  return c.body(null, 204);
};

const adminTaxRates = createRouter().openapi(list, onList).openapi(create, onCreate).openapi(update, onUpdate).openapi(remove, onRemove);

export default adminTaxRates;
