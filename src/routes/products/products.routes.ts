import { createRoute, z } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse, responseHeaders } from '../../lib/openapi';
import { optionalBearerSecurity, optionalUser } from '../../middleware/auth';
import { guardedBy } from '../../middleware/auth/guarded-by';
import { market } from '../../middleware/market';
import { IdParam } from '../../schemas/common';
import { ProductList, ProductListQuery } from '../../schemas/product-list';
import { Product, ProductCreate, ProductUpdate } from '../../schemas/products';

const tags = ['Products'];
const IdOrSlug = z.object({
  id_or_slug: z.string().min(1).max(200).openapi({ param: { name: 'id_or_slug', in: 'path' }, example: 'wireless-bluetooth-headphones' }),
});
const notModified = { 304: { description: 'Not modified (If-None-Match matched the ETag)', headers: responseHeaders('ETag', 'Cache-Control') } };
const IfMatch = z.object({
  'if-match': z.string().optional().openapi({ description: 'The product ETag, or its updated_at; a stale one is a 412' }),
});

export const listProducts = createRoute({
  method: 'get',
  path: '/api/products',
  tags,
  summary: 'Browse the catalogue: filters, sorts and keyset pagination, priced in the market',
  middleware: [optionalUser(), market()] as const,
  security: optionalBearerSecurity,
  request: { query: ProductListQuery },
  responses: {
    200: jsonResponse(ProductList, 'A page of products', 'ETag', 'Cache-Control', 'X-Market', 'Vary'),
    ...notModified,
    400: errorResponse('Tampered cursor or one of another sort (`invalid_cursor`)'),
    401: errorResponse('A bearer token was sent but is invalid or expired (`unauthenticated`)'),
    403: errorResponse('include_inactive without being an admin (`forbidden`)'),
    422: errorResponse('Bad query parameters'),
  },
});

export const getProduct = createRoute({
  method: 'get',
  path: '/api/products/{id_or_slug}',
  tags,
  summary: 'A product with its images and variants, priced in the market',
  middleware: [optionalUser(), market()] as const,
  security: optionalBearerSecurity,
  request: { params: IdOrSlug },
  responses: {
    200: jsonResponse(Product, 'The product', 'ETag', 'Cache-Control', 'X-Market', 'Vary'),
    ...notModified,
    422: errorResponse('An unknown market (`validation_failed`)'),
    401: errorResponse('A bearer token was sent but is invalid or expired (`unauthenticated`)'),
    404: errorResponse('No such product'),
  },
});

const admin = guardedBy('admin');

export const createProduct = createRoute({
  method: 'post',
  path: '/api/products',
  tags,
  summary: 'Create a product (admin)',
  ...admin,
  request: jsonBody(ProductCreate),
  responses: {
    201: jsonResponse(Product, 'The product', 'ETag'),
    ...bodyErrors,
    ...adminErrors,
    409: errorResponse('The sku (`sku_taken`) or the slug (`slug_taken`) is in use'),
  },
});

export const updateProduct = createRoute({
  method: 'put',
  path: '/api/products/{id}',
  tags,
  summary: 'Partly update a product (admin), with optimistic concurrency',
  ...admin,
  request: { params: IdParam, headers: IfMatch, ...jsonBody(ProductUpdate) },
  responses: {
    200: jsonResponse(Product, 'The updated product', 'ETag', 'Cache-Control'),
    ...bodyErrors,
    ...adminErrors,
    404: errorResponse('No such product'),
    409: errorResponse('The sku or slug is in use'),
    412: errorResponse('If-Match is stale (`precondition_failed`)'),
  },
});

export const deleteProduct = createRoute({
  method: 'delete',
  path: '/api/products/{id}',
  tags,
  summary: 'Soft-delete a product (admin); orders keep their snapshots',
  ...admin,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...adminErrors, 404: errorResponse('No such product'), 422: errorResponse('Bad id') },
});
