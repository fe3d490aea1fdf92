import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy } from '../../middleware/auth/guarded-by';
import { Variant, VariantCreate, VariantUpdate } from '../../schemas/variants';
import { pathId } from '../../schemas/common';

const tags = ['Variants'];
const admin = guardedBy('admin');
const ProductParam = z.object({ id: pathId('id') });
const VariantParams = ProductParam.extend({
  variant_id: pathId('variant_id'),
});
const taken = errorResponse('The sku is in use (`sku_taken`)');

export const createVariant = createRoute({
  method: 'post',
  path: '/api/products/{id}/variants',
  tags,
  summary: "Add a variant (admin); from the first variant on, the product's stock is its variants' total",
  ...admin,
  request: { params: ProductParam, ...jsonBody(VariantCreate) },
  responses: { 201: jsonResponse(Variant, 'The variant'), ...bodyErrors, ...adminErrors, 404: errorResponse('No such product'), 409: taken },
});

export const updateVariant = createRoute({
  method: 'put',
  path: '/api/products/{id}/variants/{variant_id}',
  tags,
  summary: 'Change a variant: sku, name, options, price override, stock (admin)',
  ...admin,
  request: { params: VariantParams, ...jsonBody(VariantUpdate) },
  responses: { 200: jsonResponse(Variant, 'The variant'), ...bodyErrors, ...adminErrors, 404: errorResponse('No such variant'), 409: taken },
});

export const deleteVariant = createRoute({
  method: 'delete',
  path: '/api/products/{id}/variants/{variant_id}',
  tags,
  summary: 'Delete a variant (admin)',
  ...admin,
  request: { params: VariantParams },
  responses: { 204: { description: 'Deleted' }, ...adminErrors, 404: errorResponse('No such variant'), 422: errorResponse('Bad id') },
});
