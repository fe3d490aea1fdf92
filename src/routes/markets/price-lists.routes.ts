import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { bearerSecurity, requireAdmin } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { PriceList, PriceListInput, PriceListPage, PriceListQuery, PriceListUpdate, PricePage, PriceQuery, PricesDelete, PricesSet, PricesWritten } from '../../schemas/market-admin';

// Admin-only: every route here sits behind requireAdmin.
const tags = ['Markets (admin)'];
const admin = { middleware: requireAdmin(), security: bearerSecurity };
const notFound = errorResponse('No such price list (`not_found`)');
const badQuery = errorResponse('Bad id or query (`validation_failed`)');
const badCursor = errorResponse('Bad cursor (`invalid_cursor`)');

export const listPriceLists = createRoute({
  method: 'get',
  path: '/api/admin/price-lists',
  tags,
  summary: 'Price lists, newest first: one explicit list per currency, and sales',
  ...admin,
  request: { query: PriceListQuery },
  responses: { 200: jsonResponse(PriceListPage, 'A page of price lists'), ...adminErrors, 400: badCursor, 422: badQuery },
});

export const createPriceList = createRoute({
  method: 'post',
  path: '/api/admin/price-lists',
  tags,
  summary: 'Create the explicit price list of a currency, or a sale with a start (and an end)',
  ...admin,
  request: jsonBody(PriceListInput),
  responses: { 201: jsonResponse(PriceList, 'The list'), ...bodyErrors, ...adminErrors, 409: errorResponse('The currency already has its price list (`conflict`)') },
});

export const getPriceList = createRoute({
  method: 'get',
  path: '/api/admin/price-lists/{id}',
  tags,
  summary: 'One price list, with how many prices it holds and whether it runs now',
  ...admin,
  request: { params: IdParam },
  responses: { 200: jsonResponse(PriceList, 'The list'), ...adminErrors, 404: notFound, 422: badQuery },
});

export const updatePriceList = createRoute({
  method: 'patch',
  path: '/api/admin/price-lists/{id}',
  tags,
  summary: "Rename a list, move a sale's window, or switch a list on or off (prices follow at once)",
  ...admin,
  request: { params: IdParam, ...jsonBody(PriceListUpdate) },
  responses: { 200: jsonResponse(PriceList, 'The list after the change'), ...bodyErrors, ...adminErrors, 404: notFound },
});

export const deletePriceList = createRoute({
  method: 'delete',
  path: '/api/admin/price-lists/{id}',
  tags,
  summary: 'Delete a list and its prices (products fall back to converted prices)',
  ...admin,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...adminErrors, 404: notFound, 422: badQuery },
});

export const listPrices = createRoute({
  method: 'get',
  path: '/api/admin/price-lists/{id}/prices',
  tags,
  summary: "A list's prices in the list's currency, optionally of one product",
  ...admin,
  request: { params: IdParam, query: PriceQuery },
  responses: { 200: jsonResponse(PricePage, 'A page of prices'), ...adminErrors, 400: badCursor, 404: notFound, 422: badQuery },
});

export const setPrices = createRoute({
  method: 'put',
  path: '/api/admin/price-lists/{id}/prices',
  tags,
  summary: 'Set up to 1,000 prices at once (products and variants), in one transaction',
  description:
    "Amounts are decimals in the list's currency with at most its decimal places (none for JPY). A target that is no product, or a variant " +
    'of another product, refuses the whole request (422 naming the item); nothing is written.',
  ...admin,
  request: { params: IdParam, ...jsonBody(PricesSet) },
  responses: { 200: jsonResponse(PricesWritten, 'How many prices changed, and the products re-priced'), ...bodyErrors, ...adminErrors, 404: notFound },
});

export const deletePrices = createRoute({
  method: 'post',
  path: '/api/admin/price-lists/{id}/prices/remove',
  tags,
  summary: 'Remove up to 1,000 prices from a list',
  ...admin,
  request: { params: IdParam, ...jsonBody(PricesDelete) },
  responses: { 200: jsonResponse(z.object({ deleted: z.number().int() }).openapi('PricesDeleted', { example: { deleted: 1 } }), 'How many went'), ...bodyErrors, ...adminErrors, 404: notFound },
});
