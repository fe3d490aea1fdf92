import { createRoute } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { bearerSecurity, optionalBearerSecurity, optionalUser, requireAdmin } from '../../middleware/auth';
import { market } from '../../middleware/market';
import { IdParam } from '../../schemas/common';
import {
  AdminMarket,
  AdminMarketList,
  Currency,
  CurrencyInput,
  CurrencyList,
  CurrencyPath,
  ExchangeRate,
  ExchangeRateInput,
  ExchangeRateList,
  MarketInput,
  MarketUpdate,
  PublicMarketList,
  RatePath,
} from '../../schemas/market-admin';

export const listPublicMarkets = createRoute({
  method: 'get',
  path: '/api/markets',
  tags: ['Markets'],
  summary: "The store's active markets (for a currency switcher), and the one this request was given",
  description: 'Send a handle back in `X-Market` (or `?market=`) to see prices in that market. Read from the per-isolate market list: no database round trip.',
  middleware: [optionalUser(), market()] as const,
  security: optionalBearerSecurity,
  request: {},
  responses: { 200: jsonResponse(PublicMarketList, 'The markets', 'X-Market', 'Vary'), 422: errorResponse('Unknown market in X-Market or `market` (`validation_failed`)') },
});

// Admin-only from here: every route sits behind requireAdmin.
const tags = ['Markets (admin)'];
const admin = { middleware: requireAdmin(), security: bearerSecurity };
const notFound = errorResponse('No such market (`not_found`)');
const conflict = errorResponse('Would leave no default market, or put a country in two active markets, or the handle is taken (`conflict`)');

export const listMarkets = createRoute({
  method: 'get',
  path: '/api/admin/markets',
  tags,
  summary: 'Every market, the default first, inactive ones included',
  ...admin,
  responses: { 200: jsonResponse(AdminMarketList, 'The markets'), ...adminErrors },
});

export const createMarket = createRoute({
  method: 'post',
  path: '/api/admin/markets',
  tags,
  summary: 'Open a market: a currency, its countries, and whether its prices include tax',
  description: 'The currency must exist (PUT /api/admin/currencies/{code}) and, unless it is the default currency, have an exchange rate from it. Every product is re-priced in it at once.',
  ...admin,
  request: jsonBody(MarketInput),
  responses: { 201: jsonResponse(AdminMarket, 'The market'), ...bodyErrors, ...adminErrors, 409: conflict },
});

export const getMarket = createRoute({
  method: 'get',
  path: '/api/admin/markets/{id}',
  tags,
  summary: 'One market',
  ...admin,
  request: { params: IdParam },
  responses: { 200: jsonResponse(AdminMarket, 'The market'), ...adminErrors, 404: notFound, 422: errorResponse('Bad id (`validation_failed`)') },
});

export const updateMarket = createRoute({
  method: 'patch',
  path: '/api/admin/markets/{id}',
  tags,
  summary: 'Change a market; `is_default: true` moves the default to it',
  description: 'Markets are deactivated (`is_active: false`), never deleted: orders and carts keep naming them.',
  ...admin,
  request: { params: IdParam, ...jsonBody(MarketUpdate) },
  responses: { 200: jsonResponse(AdminMarket, 'The market after the change'), ...bodyErrors, ...adminErrors, 404: notFound, 409: conflict },
});

export const listCurrencies = createRoute({
  method: 'get',
  path: '/api/admin/currencies',
  tags,
  summary: 'Currencies prices can be in, with their rounding rules',
  ...admin,
  responses: { 200: jsonResponse(CurrencyList, 'The currencies'), ...adminErrors },
});

export const putCurrency = createRoute({
  method: 'put',
  path: '/api/admin/currencies/{code}',
  tags,
  summary: 'Add a currency or change how converted prices in it are rounded',
  description: 'The exponent is ISO 4217\'s and not settable. A rounding change re-prices every product.',
  ...admin,
  request: { params: CurrencyPath, ...jsonBody(CurrencyInput) },
  responses: { 200: jsonResponse(Currency, 'The currency'), ...bodyErrors, ...adminErrors },
});

export const listRates = createRoute({
  method: 'get',
  path: '/api/admin/exchange-rates',
  tags,
  summary: 'Exchange rates used to convert prices without an explicit one',
  ...admin,
  responses: { 200: jsonResponse(ExchangeRateList, 'The rates'), ...adminErrors },
});

export const putRate = createRoute({
  method: 'put',
  path: '/api/admin/exchange-rates/{base}/{quote}',
  tags,
  summary: 'Set a rate: one `base` buys `rate` of `quote`; every converted price is recomputed',
  ...admin,
  request: { params: RatePath, ...jsonBody(ExchangeRateInput) },
  responses: { 200: jsonResponse(ExchangeRate, 'The rate'), ...bodyErrors, ...adminErrors },
});

export const deleteRate = createRoute({
  method: 'delete',
  path: '/api/admin/exchange-rates/{base}/{quote}',
  tags,
  summary: 'Remove a rate (products then have no converted price in `quote`, only explicit ones)',
  ...admin,
  request: { params: RatePath },
  responses: { 204: { description: 'Removed' }, ...adminErrors, 404: errorResponse('No such rate (`not_found`)'), 422: errorResponse('Bad currency code (`validation_failed`)') },
});
