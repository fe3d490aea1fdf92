import { createRoute } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { AdjustmentInput, AdjustmentResult, LowStockList, LowStockQuery, MovementList, MovementQuery } from '../../schemas/inventory';

const tags = ['Inventory (admin)'];
const badQuery = errorResponse('A filter is not valid (`validation_failed`)');
const badCursor = errorResponse('Bad cursor (`invalid_cursor`)');

export const createAdjustment = createRoute({
  method: 'post',
  path: '/api/admin/inventory/adjustments',
  tags,
  summary: 'Record stock received, damaged, corrected or recounted',
  description:
    'Changes the stock and writes its movement in one transaction. A product with variants is adjusted per variant. ' +
    'An adjustment that would leave the stock below 0 is refused (409 `insufficient_stock`).',
  ...guardedBy('admin', 'staff'),
  request: jsonBody(AdjustmentInput),
  responses: {
    201: jsonResponse(AdjustmentResult, 'The stock after the adjustment, and its movement'),
    ...bodyErrors,
    ...roleErrors,
    404: errorResponse('No such product or variant (`not_found`)'),
    409: errorResponse('Not enough stock, or the product’s stock is held by its variants (`insufficient_stock`, `conflict`)'),
  },
});

export const listMovements = createRoute({
  method: 'get',
  path: '/api/admin/inventory/movements',
  tags,
  summary: 'The inventory ledger, newest first: every stock change with its reason, actor and order',
  ...guardedBy('admin', 'staff'),
  request: { query: MovementQuery },
  responses: { 200: jsonResponse(MovementList, 'A page of movements'), 400: badCursor, ...roleErrors, 422: badQuery },
});

export const listLowStock = createRoute({
  method: 'get',
  path: '/api/admin/inventory/low-stock',
  tags,
  summary: "Products and variants at or under their product's low-stock threshold (or `threshold`), lowest first",
  ...guardedBy('admin', 'staff'),
  request: { query: LowStockQuery },
  responses: { 200: jsonResponse(LowStockList, 'A page of stock items'), 400: badCursor, ...roleErrors, 422: badQuery },
});
