import type { RouteHandler } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listMarkets as listRegistryMarkets } from '../../db/queries/markets';
import * as q from '../../db/queries/market-admin';
import { isUniqueViolation, pgError } from '../../db/errors';
import { raising } from '../../db/raised';
import { ApiError } from '../../lib/errors';
import type { AppEnv } from '../../lib/types';
import { exponentOf } from '../../markets/currency';
import { describeMarket } from '../../markets/market';
import { marketRegistry } from '../../markets/registry';
import type * as routes from './markets.routes';

const iso = (d: Date | string) => new Date(d).toISOString();
const invalid = (path: string, message: string) => new ApiError('validation_failed', 422, 'The request is not valid', [{ path, code: 'custom', message }]);
const conflict = (message: string, details?: unknown) => new ApiError('conflict', 409, message, details);

const toMarket = (r: q.MarketRow) => ({
  id: r.id,
  handle: r.handle,
  name: r.name,
  currency: r.currency.trim(),
  countries: r.countries,
  tax_inclusive: r.tax_inclusive,
  default_locale: r.default_locale,
  is_active: r.is_active,
  is_default: r.is_default,
  created_at: iso(r.created_at),
  updated_at: iso(r.updated_at),
});

const toCurrency = (r: q.CurrencyRow) => ({
  code: r.code.trim(),
  exponent: r.exponent,
  rounding_increment: Number(r.rounding_increment),
  rounding_ending: Number(r.rounding_ending),
  updated_at: iso(r.updated_at),
});

const toRate = (r: q.RateRow) => ({ base: r.base.trim(), quote: r.quote.trim(), rate: r.rate.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''), updated_at: iso(r.updated_at) });

/** Markets and prices changed: choose from the new list at once here, and drop cached prices. */
async function pricesMoved(c: Context<AppEnv>): Promise<void> {
  marketRegistry.clear();
  await c.var.services.catalog.everythingChanged();
}

/** A market's currency must exist and, unless it is the default market's, be convertible from it. */
async function checkCurrency(c: Context<AppEnv>, currency: string, selfId: number | null): Promise<void> {
  const { db } = c.var.services.db;
  const [currencies, rates, markets] = await Promise.all([q.listCurrencies(db), q.listRates(db), q.listAllMarkets(db)]);
  if (!currencies.some((r) => r.code.trim() === currency)) throw invalid('currency', `${currency} is not a currency of the store; add it with PUT /api/admin/currencies/${currency}`);
  const base = markets.find((m) => m.is_default && m.id !== selfId)?.currency.trim();
  if (base && base !== currency && !rates.some((r) => r.base.trim() === base && r.quote.trim() === currency)) {
    throw invalid('currency', `no exchange rate from ${base} to ${currency}; set one with PUT /api/admin/exchange-rates/${base}/${currency}`);
  }
}

/** Writes a market; the rules checked at commit (one default, a country in one active market) answer 409. */
async function save(c: Context<AppEnv>, id: number | null, values: Parameters<typeof q.saveMarket>[2], makeDefault: boolean) {
  try {
    const row = await raising(q.saveMarket(c.var.services.db, id, values, makeDefault));
    await pricesMoved(c);
    return row;
  } catch (err) {
    if (isUniqueViolation(err, 'markets_handle_key')) throw conflict('A market has this handle', { field: 'handle' });
    if (pgError(err)?.code === '23514') throw conflict('The default market must stay active');
    throw err;
  }
}

export const listPublicMarkets: RouteHandler<typeof routes.listPublicMarkets, AppEnv> = async (c) => {
  const { db, env } = c.var.services;
  const markets = await marketRegistry.get(env.NEON_PSQL_URL, () => listRegistryMarkets(db.db));
  const data = markets.filter((m) => m.isActive).map((m) => ({ ...describeMarket(m), countries: m.countries, is_default: m.isDefault }));
  return c.json({ data, current: c.var.market.handle }, 200);
};

export const listMarkets: RouteHandler<typeof routes.listMarkets, AppEnv> = async (c) => {
  const rows = await q.listAllMarkets(c.var.services.db.db);
  return c.json({ data: rows.map(toMarket) }, 200);
};

export const getMarket: RouteHandler<typeof routes.getMarket, AppEnv> = async (c) => {
  const row = await q.findMarket(c.var.services.db.db, c.req.valid('param').id);
  if (!row) throw new ApiError('not_found', 404, 'Market not found');
  return c.json(toMarket(row), 200);
};

export const createMarket: RouteHandler<typeof routes.createMarket, AppEnv> = async (c) => {
  const { is_default, ...values } = c.req.valid('json');
  if (is_default && !values.is_active) throw conflict('The default market must be active');
  await checkCurrency(c, values.currency, null);
  return c.json(toMarket(await save(c, null, values, is_default)), 201);
};

export const updateMarket: RouteHandler<typeof routes.updateMarket, AppEnv> = async (c) => {
  const { id } = c.req.valid('param');
  const { is_default, ...values } = c.req.valid('json');
  const row = await q.findMarket(c.var.services.db.db, id);
  if (!row) throw new ApiError('not_found', 404, 'Market not found');
  const active = values.is_active ?? row.is_active;
  if ((is_default || row.is_default) && !active) throw conflict('The default market must stay active; make another market the default first');
  if (values.currency && values.currency !== row.currency.trim()) await checkCurrency(c, values.currency, id);
  return c.json(toMarket(await save(c, id, values, Boolean(is_default) && !row.is_default)), 200);
};

export const listCurrencies: RouteHandler<typeof routes.listCurrencies, AppEnv> = async (c) => {
  const rows = await q.listCurrencies(c.var.services.db.db);
  return c.json({ data: rows.map(toCurrency) }, 200);
};

export const putCurrency: RouteHandler<typeof routes.putCurrency, AppEnv> = async (c) => {
  const { code } = c.req.valid('param');
  const body = c.req.valid('json');
  const row = await q.upsertCurrency(c.var.services.db.db, { code, exponent: exponentOf(code), ...body });
  await pricesMoved(c);
  return c.json(toCurrency(row), 200);
};

export const listRates: RouteHandler<typeof routes.listRates, AppEnv> = async (c) => {
  const rows = await q.listRates(c.var.services.db.db);
  return c.json({ data: rows.map(toRate) }, 200);
};

export const putRate: RouteHandler<typeof routes.putRate, AppEnv> = async (c) => {
  const { base, quote } = c.req.valid('param');
  const { rate } = c.req.valid('json');
  const known = new Set((await q.listCurrencies(c.var.services.db.db)).map((r) => r.code.trim()));
  for (const [path, code] of [['base', base], ['quote', quote]] as const) {
    if (!known.has(code)) throw invalid(path, `${code} is not a currency of the store; add it with PUT /api/admin/currencies/${code}`);
  }
  const row = await q.upsertRate(c.var.services.db.db, base, quote, rate);
  await pricesMoved(c);
  return c.json(toRate(row), 200);
};

export const deleteRate: RouteHandler<typeof routes.deleteRate, AppEnv> = async (c) => {
  const { base, quote } = c.req.valid('param');
  const { db } = c.var.services.db;
  const markets = await q.listAllMarkets(db);
  const defaultCurrency = markets.find((m) => m.is_default)?.currency.trim();
  const user = markets.find((m) => m.currency.trim() === quote);
  if (base === defaultCurrency && user) throw conflict(`The ${user.handle} market prices in ${quote} through this rate; change its currency first`, { market: user.handle });
  if (!(await q.deleteRate(db, base, quote))) throw new ApiError('not_found', 404, 'Exchange rate not found');
  await pricesMoved(c);
  return c.body(null, 204);
};
