import { createRoute } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse, responseHeaders } from '../../lib/openapi';
import { optionalBearerSecurity, optionalUser } from '../../middleware/auth';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { market } from '../../middleware/market';
import {
  Collection,
  CollectionCreate,
  CollectionHandleParam,
  CollectionList,
  CollectionListQuery,
  CollectionProductsQuery,
  CollectionProductsResult,
  CollectionProductsSet,
  CollectionUpdate,
} from '../../schemas/collections';
import { IdParam } from '../../schemas/common';
import { ProductList } from '../../schemas/product-list';

const tags = ['Collections'];
const notModified = { 304: { description: 'Not modified (If-None-Match matched the ETag)', headers: responseHeaders('ETag', 'Cache-Control') } };
const badToken = { 401: errorResponse('A bearer token was sent but is invalid or expired (`unauthenticated`)') };

export const listCollections = createRoute({
  method: 'get',
  path: '/api/collections',
  tags,
  summary: 'The active collections by position (cached like the catalogue)',
  middleware: [optionalUser()] as const,
  security: optionalBearerSecurity,
  request: { query: CollectionListQuery },
  responses: {
    200: jsonResponse(CollectionList, 'A page of collections', 'ETag', 'Cache-Control'),
    ...notModified,
    400: errorResponse('Tampered cursor (`invalid_cursor`)'),
    ...badToken,
    403: errorResponse('include_inactive without being an admin (`forbidden`)'),
    422: errorResponse('Bad query parameters'),
  },
});

export const getCollection = createRoute({
  method: 'get',
  path: '/api/collections/{handle}',
  tags,
  summary: 'A collection; its products are GET /api/collections/{handle}/products (admins also see inactive ones)',
  middleware: [optionalUser()] as const,
  security: optionalBearerSecurity,
  request: { params: CollectionHandleParam },
  responses: {
    200: jsonResponse(Collection, 'The collection', 'ETag', 'Cache-Control'),
    ...notModified,
    ...badToken,
    404: errorResponse('No such active collection'),
    422: errorResponse('Bad handle'),
  },
});

export const getCollectionProducts = createRoute({
  method: 'get',
  path: '/api/collections/{handle}/products',
  tags,
  summary: "A collection's products, with the product list's keyset pages and sorts, priced in the market",
  middleware: [optionalUser(), market()] as const,
  security: optionalBearerSecurity,
  request: { params: CollectionHandleParam, query: CollectionProductsQuery },
  responses: {
    200: jsonResponse(ProductList, 'A page of products', 'ETag', 'Cache-Control', 'X-Market', 'Vary'),
    ...notModified,
    400: errorResponse('Tampered cursor or one of another sort (`invalid_cursor`)'),
    ...badToken,
    404: errorResponse('No such active collection'),
    422: errorResponse('Bad query parameters, an unknown market, or `sort=manual` on an automatic collection'),
  },
});

const admin = guardedBy('admin');

export const createCollection = createRoute({
  method: 'post',
  path: '/api/collections',
  tags,
  summary: 'Create a collection (admin): manual with its products in order, or automatic with rules',
  ...admin,
  request: jsonBody(CollectionCreate),
  responses: {
    201: jsonResponse(Collection, 'The collection'),
    ...bodyErrors,
    ...roleErrors,
    409: errorResponse('The handle is in use (`slug_taken`)'),
  },
});

export const updateCollection = createRoute({
  method: 'put',
  path: '/api/collections/{id}',
  tags,
  summary: 'Partly update a collection (admin)',
  ...admin,
  request: { params: IdParam, ...jsonBody(CollectionUpdate) },
  responses: {
    200: jsonResponse(Collection, 'The updated collection'),
    ...bodyErrors,
    ...roleErrors,
    404: errorResponse('No such collection'),
    409: errorResponse('The handle is in use (`slug_taken`)'),
  },
});

export const deleteCollection = createRoute({
  method: 'delete',
  path: '/api/collections/{id}',
  tags,
  summary: 'Delete a collection (admin); its products stay in the catalogue',
  ...admin,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...roleErrors, 404: errorResponse('No such collection'), 422: errorResponse('Bad id') },
});

export const setCollectionProducts = createRoute({
  method: 'put',
  path: '/api/collections/{id}/products',
  tags,
  summary: "Set and order a manual collection's products (admin): the whole list, in order",
  ...admin,
  request: { params: IdParam, ...jsonBody(CollectionProductsSet) },
  responses: {
    200: jsonResponse(CollectionProductsResult, 'The list as stored'),
    ...bodyErrors,
    ...roleErrors,
    404: errorResponse('No such collection'),
    409: errorResponse('An automatic collection has no list (`conflict`)'),
  },
});
