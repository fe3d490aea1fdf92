import { createRoute } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse, responseHeaders } from '../../lib/openapi';
import { bearerSecurity, requireAdmin } from '../../middleware/auth';
import { Category, CategoryCreate, CategoryDetail, CategorySlugParam, CategoryTree, CategoryUpdate } from '../../schemas/categories';
import { IdParam } from '../../schemas/common';

const tags = ['Categories'];
const notModified = { 304: { description: 'Not modified (If-None-Match matched the ETag)', headers: responseHeaders('ETag', 'Cache-Control') } };

export const listCategories = createRoute({
  method: 'get',
  path: '/api/categories',
  tags,
  summary: 'The category tree, depth first (cached like the catalogue)',
  responses: { 200: jsonResponse(CategoryTree, 'Every category', 'ETag', 'Cache-Control'), ...notModified },
});

export const getCategory = createRoute({
  method: 'get',
  path: '/api/categories/{slug}',
  tags,
  summary: 'A category with its breadcrumb and children; its products are GET /api/products?category={slug}',
  request: { params: CategorySlugParam },
  responses: {
    200: jsonResponse(CategoryDetail, 'The category', 'ETag', 'Cache-Control'),
    ...notModified,
    404: errorResponse('No such category'),
    422: errorResponse('Bad slug'),
  },
});

const admin = { middleware: requireAdmin(), security: bearerSecurity };

export const createCategory = createRoute({
  method: 'post',
  path: '/api/categories',
  tags,
  summary: 'Create a category (admin)',
  ...admin,
  request: jsonBody(CategoryCreate),
  responses: {
    201: jsonResponse(Category, 'The category'),
    ...bodyErrors,
    ...adminErrors,
    409: errorResponse('The slug is in use (`slug_taken`)'),
  },
});

export const updateCategory = createRoute({
  method: 'put',
  path: '/api/categories/{id}',
  tags,
  summary: 'Partly update a category (admin): a new parent_id moves its subtree, position reorders it',
  ...admin,
  request: { params: IdParam, ...jsonBody(CategoryUpdate) },
  responses: {
    200: jsonResponse(Category, 'The updated category'),
    ...bodyErrors,
    ...adminErrors,
    404: errorResponse('No such category'),
    409: errorResponse('The slug is in use (`slug_taken`)'),
  },
});

export const deleteCategory = createRoute({
  method: 'delete',
  path: '/api/categories/{id}',
  tags,
  summary: 'Delete a category (admin); refused while it has children or products',
  ...admin,
  request: { params: IdParam },
  responses: {
    204: { description: 'Deleted' },
    ...adminErrors,
    404: errorResponse('No such category'),
    409: errorResponse('It still has subcategories or products (`conflict`): move or delete them first'),
    422: errorResponse('Bad id'),
  },
});
