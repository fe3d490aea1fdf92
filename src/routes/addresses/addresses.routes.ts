import { createRoute } from '@hono/zod-openapi';
import { authErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { bearerSecurity, requireUser } from '../../middleware/auth';
import { Address, AddressInput, AddressList, AddressUpdate } from '../../schemas/addresses';
import { IdParam } from '../../schemas/common';
import { PageQuery } from '../../schemas/pagination';

const tags = ['Addresses'];
const guarded = { middleware: requireUser(), security: bearerSecurity };
const notFound = errorResponse('No such address of yours (`not_found`)');

export const listAddresses = createRoute({
  method: 'get',
  path: '/api/users/addresses',
  tags,
  summary: 'Your address book',
  ...guarded,
  request: { query: PageQuery },
  responses: { 200: jsonResponse(AddressList, 'A page of addresses'), ...authErrors, 400: errorResponse('Bad cursor (`invalid_cursor`)'), 422: errorResponse('Bad query') },
});

export const createAddress = createRoute({
  method: 'post',
  path: '/api/users/addresses',
  tags,
  summary: 'Add an address; your first one becomes the default for shipping and billing',
  ...guarded,
  request: jsonBody(AddressInput),
  responses: { 201: jsonResponse(Address, 'The new address'), ...bodyErrors, ...authErrors },
});

export const getAddress = createRoute({
  method: 'get',
  path: '/api/users/addresses/{id}',
  tags,
  summary: 'One of your addresses',
  ...guarded,
  request: { params: IdParam },
  responses: { 200: jsonResponse(Address, 'The address'), ...authErrors, 404: notFound, 422: errorResponse('Bad id') },
});

export const updateAddress = createRoute({
  method: 'put',
  path: '/api/users/addresses/{id}',
  tags,
  summary: 'Change an address, or make it a default',
  ...guarded,
  request: { params: IdParam, ...jsonBody(AddressUpdate) },
  responses: { 200: jsonResponse(Address, 'The updated address'), ...bodyErrors, ...authErrors, 404: notFound },
});

export const deleteAddress = createRoute({
  method: 'delete',
  path: '/api/users/addresses/{id}',
  tags,
  summary: 'Delete an address',
  ...guarded,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...authErrors, 404: notFound, 422: errorResponse('Bad id') },
});
