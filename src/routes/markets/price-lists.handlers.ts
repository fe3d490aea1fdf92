import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import * as q from '../../db/queries/market-admin';
import { isUniqueViolation, pgError } from '../../db/errors';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import { exponentOf, toDecimal, toMinor } from '../../markets/currency';
import type * as routes from './price-lists.routes';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const notFound = () => new ApiError('not_found', 404, 'Price list not found');
const invalid = (details: { path: string; message: string }[]) =>
  new ApiError('validation_failed', 422, 'The request is not valid', details.map((d) => ({ ...d, code: 'custom' })));

const toList = (r: q.PriceListRow) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  currency: r.currency.trim(),
  starts_at: iso(r.starts_at),
  ends_at: iso(r.ends_at),
  is_active: r.is_active,
  running: r.running,
  price_count: Number(r.price_count),
  created_at: iso(r.created_at)!,
  updated_at: iso(r.updated_at)!,
});

async function listOr404(c: Context<AppEnv>, id: number): Promise<q.PriceListRow> {
  const row = await q.findPriceList(c.var.services.db.db, id);
  if (!row) throw notFound();
  return row;
}

async function cursorKey(c: Context<AppEnv>, sort: string, cursor: string | undefined): Promise<number | null> {
  if (!cursor) return null;
  const [key] = await decodeCursor(c.var.services.env.JWT_SECRET, sort, cursor);
  return Number(key);
}

async function nextCursor<T extends { id: number }>(c: Context<AppEnv>, sort: string, rows: T[], limit: number): Promise<string | null> {
  const last = rows[limit - 1];
  return rows.length > limit && last ? encodeCursor(c.var.services.env.JWT_SECRET, sort, [last.id]) : null;
}

export const listPriceLists: RouteHandler<typeof routes.listPriceLists, AppEnv> = async (c) => {
  const { cursor, limit, ...filters } = c.req.valid('query');
  const sort = `price-lists:${filters.currency ?? ''}:${filters.kind ?? ''}`;
  const rows = await q.listPriceLists(c.var.services.db.db, { ...filters, before: await cursorKey(c, sort, cursor), limit });
  return c.json({ data: rows.slice(0, limit).map(toList), next_cursor: await nextCursor(c, sort, rows, limit) }, 200);
};

export const getPriceList: RouteHandler<typeof routes.getPriceList, AppEnv> = async (c) => c.json(toList(await listOr404(c, c.req.valid('param').id)), 200);

export const createPriceList: RouteHandler<typeof routes.createPriceList, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const { db } = c.var.services.db;
  let id: number;
  try {
    id = await q.insertPriceList(db, { ...body, starts_at: body.starts_at ?? null, ends_at: body.ends_at ?? null });
  } catch (err) {
    if (isUniqueViolation(err, 'price_lists_currency_key')) throw new ApiError('conflict', 409, `${body.currency} already has its price list; add prices to it`, { field: 'currency' });
    if (pgError(err)?.code === '23503') throw invalid([{ path: 'currency', message: `${body.currency} is not a currency of the store` }]);
    throw err;
  }
  return c.json(toList(await listOr404(c, id)), 201);
};

export const updatePriceList: RouteHandler<typeof routes.updatePriceList, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const body = c.req.valid('json');
  const row = await listOr404(c, id);
  if (row.kind === 'price' && (body.starts_at !== undefined || body.ends_at !== undefined)) {
    throw invalid([{ path: body.starts_at !== undefined ? 'starts_at' : 'ends_at', message: 'a price list has no window; only sales do' }]);
  }
  const starts = body.starts_at ?? iso(row.starts_at);
  const ends = body.ends_at === undefined ? iso(row.ends_at) : body.ends_at;
  if (starts && ends && Date.parse(ends) <= Date.parse(starts)) throw invalid([{ path: 'ends_at', message: 'must be after starts_at' }]);
  if (!(await q.updatePriceList(c.var.services.db.db, id, body))) throw notFound();
  await c.var.services.catalog.everythingChanged();
  return c.json(toList(await listOr404(c, id)), 200);
};

export const deletePriceList: RouteHandler<typeof routes.deletePriceList, AppEnv> = async (c) => {
  const repriced = await q.deletePriceList(c.var.services.db.db, c.req.valid('param').id);
  if (repriced === null) throw notFound();
  if (repriced.length) await c.var.services.catalog.productsChanged(repriced);
  return c.body(null, 204);
};

export const listPrices: RouteHandler<typeof routes.listPrices, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { cursor, limit, product_id } = c.req.valid('query');
  const list = await listOr404(c, id);
  const currency = list.currency.trim();
  const sort = `prices:${id}:${product_id ?? ''}`;
  const rows = await q.listPrices(c.var.services.db.db, id, { productId: product_id, after: await cursorKey(c, sort, cursor), limit });
  const data = rows.slice(0, limit).map((r) => ({
    product_id: r.product_id,
    variant_id: r.variant_id,
    amount: toDecimal(r.amount, currency),
    compare_at_amount: r.compare_at_amount === null ? null : toDecimal(r.compare_at_amount, currency),
    currency,
    updated_at: iso(r.updated_at)!,
  }));
  return c.json({ data, next_cursor: await nextCursor(c, sort, rows, limit) }, 200);
};

/** Refuses targets that are no product (or a variant of another one), naming each item. */
async function checkTargets(c: Context<AppEnv>, items: q.PriceTarget[]): Promise<void> {
  const missing = await q.missingTargets(c.var.services.db.db, items);
  const details = items.flatMap((it, i) =>
    missing.has(`${it.product_id}/${it.variant_id}`) ? [{ path: `items.${i}`, message: it.variant_id === null ? 'no such product' : 'no such variant of this product' }] : [],
  );
  if (details.length) throw invalid(details);
}

export const setPrices: RouteHandler<typeof routes.setPrices, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { items } = c.req.valid('json');
  const currency = (await listOr404(c, id)).currency.trim();
  const problems: { path: string; message: string }[] = [];
  const minor = (amount: number | null, path: string) => {
    if (amount === null) return null;
    const m = toMinor(amount, currency);
    if (m === null) problems.push({ path, message: `${currency} amounts have at most ${exponentOf(currency)} decimal places` });
    return m === null ? '0' : m.toString();
  };
  const rows = items.map((it, i) => ({
    product_id: it.product_id,
    variant_id: it.variant_id,
    amount: minor(it.amount, `items.${i}.amount`)!,
    compare_at_amount: minor(it.compare_at_amount, `items.${i}.compare_at_amount`),
  }));
  if (problems.length) throw invalid(problems);
  await checkTargets(c, items);
  let written: number;
  try {
    written = await q.upsertPrices(c.var.services.db.db, id, rows);
  } catch (err) {
    // A product or the list deleted since the check.
    if (pgError(err)?.code === '23503') throw new ApiError('conflict', 409, 'A product or the price list went away meanwhile; nothing was written');
    throw err;
  }
  const productIds = [...new Set(items.map((it) => it.product_id))].sort((a, b) => a - b);
  await c.var.services.catalog.productsChanged(productIds);
  return c.json({ written, product_ids: productIds }, 200);
};

export const deletePrices: RouteHandler<typeof routes.deletePrices, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  await listOr404(c, id);
  const { items } = c.req.valid('json');
  const deleted = await q.deletePrices(c.var.services.db.db, id, items);
  if (deleted) await c.var.services.catalog.productsChanged([...new Set(items.map((it) => it.product_id))]);
  return c.json({ deleted }, 200);
};
