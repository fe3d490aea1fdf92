import { createRoute } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { IdParam } from '../../schemas/common';
import { Discount, DiscountInput, DiscountList, DiscountQuery, DiscountUpdate } from '../../schemas/discounts';

const tags = ['Discounts (admin)'];
const notFound = errorResponse('No such discount (`not_found`)');
const badInput = errorResponse('Bad id or query (`validation_failed`)');

export const createDiscount = createRoute({
  method: 'post',
  path: '/api/admin/discounts',
  tags,
  summary: 'Create a discount code: percent or fixed, with a minimum subtotal, a validity window and usage limits',
  ...guardedBy('admin'),
  request: jsonBody(DiscountInput),
  responses: { 201: jsonResponse(Discount, 'The discount'), ...bodyErrors, ...roleErrors, 409: errorResponse('The code exists, in any case (`conflict`)') },
});

export const listDiscounts = createRoute({
  method: 'get',
  path: '/api/admin/discounts',
  tags,
  summary: 'Discount codes, newest first, with their usage and whether checkout takes them now',
  ...guardedBy('admin'),
  request: { query: DiscountQuery },
  responses: { 200: jsonResponse(DiscountList, 'A page of discounts'), 400: errorResponse('Bad cursor (`invalid_cursor`)'), ...roleErrors, 422: badInput },
});

export const getDiscount = createRoute({
  method: 'get',
  path: '/api/admin/discounts/{id}',
  tags,
  summary: 'One discount with its usage',
  ...guardedBy('admin'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(Discount, 'The discount'), ...roleErrors, 404: notFound, 422: badInput },
});

export const updateDiscount = createRoute({
  method: 'patch',
  path: '/api/admin/discounts/{id}',
  tags,
  summary: 'Change a discount; the code and kind stay (orders refer to the code)',
  ...guardedBy('admin'),
  request: { params: IdParam, ...jsonBody(DiscountUpdate) },
  responses: { 200: jsonResponse(Discount, 'The discount after the change'), ...bodyErrors, ...roleErrors, 404: notFound },
});

export const deactivateDiscount = createRoute({
  method: 'delete',
  path: '/api/admin/discounts/{id}',
  tags,
  summary: 'Deactivate a discount: checkout refuses it from now on; it stays listed with its usage',
  ...guardedBy('admin'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(Discount, 'The discount, inactive'), ...roleErrors, 404: notFound, 422: badInput },
});
