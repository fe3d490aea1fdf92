import { createRoute, z } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy, roleErrors } from '../../middleware/auth/guarded-by';
import { IdParam } from '../../schemas/common';
import { CustomerDetail, CustomerList, CustomerQuery, CustomerUpdate } from '../../schemas/customers';

const tags = ['Customers (admin)'];
const notFound = errorResponse('No such account (`not_found`)');
const badInput = errorResponse('Bad id or query (`validation_failed`)');

export const listCustomers = createRoute({
  method: 'get',
  path: '/api/admin/customers',
  tags,
  summary: 'Accounts, newest first; `q` searches the start of the email and the names',
  ...guardedBy('admin', 'staff'),
  request: { query: CustomerQuery },
  responses: { 200: jsonResponse(CustomerList, 'A page of accounts'), 400: errorResponse('Bad cursor (`invalid_cursor`)'), ...roleErrors, 422: badInput },
});

export const getCustomer = createRoute({
  method: 'get',
  path: '/api/admin/customers/{id}',
  tags,
  summary: 'One account with its order count, lifetime spend and last order',
  ...guardedBy('admin', 'staff'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(CustomerDetail, 'The account'), ...roleErrors, 404: notFound, 422: badInput },
});

export const updateCustomer = createRoute({
  method: 'patch',
  path: '/api/admin/customers/{id}',
  tags,
  summary: 'Disable or enable an account, or change its role',
  description:
    'Disabling signs the account out everywhere; a role change takes effect on its next request (tokens of the old role ' +
    'are refused). An admin cannot disable or demote their own account (409 `conflict`).',
  ...guardedBy('admin'),
  request: { params: IdParam, ...jsonBody(CustomerUpdate) },
  responses: { 200: jsonResponse(CustomerDetail, 'The account after the change'), ...bodyErrors, ...roleErrors, 404: notFound, 409: errorResponse('Your own account (`conflict`)') },
});

export const sendPasswordReset = createRoute({
  method: 'post',
  path: '/api/admin/customers/{id}/password-reset',
  tags,
  summary: 'Mail the account a password reset link',
  description: 'The link voids earlier ones; the account keeps its password until the link is used.',
  ...guardedBy('admin'),
  request: { params: IdParam },
  responses: {
    202: jsonResponse(z.object({ status: z.literal('accepted') }).openapi('Accepted'), 'The mail is queued'),
    ...roleErrors,
    404: notFound,
    409: errorResponse('The account is disabled (`conflict`)'),
    422: badInput,
  },
});
