import { createRoute } from '@hono/zod-openapi';
import { bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { optionalUser } from '../../middleware/auth';
import { Cart, CartHeaders, CartItemInput, CartItemUpdate } from '../../schemas/cart';
import { IdParam } from '../../schemas/common';

const tags = ['Cart'];
// Signed in or not: either no credentials or a bearer token.
const optionalSecurity: Record<string, string[]>[] = [{}, { bearerAuth: [] }];
// Guests and users alike: a bearer token is optional, and a guest cart travels in X-Cart-Token.
const open = { middleware: optionalUser(), security: optionalSecurity };
const cartToken = {
  'X-Cart-Token': { description: 'Set when this response created a guest cart: send it back on later cart calls', schema: { type: 'string' as const } },
};
const cartResponse = (description: string) => ({ ...jsonResponse(Cart, description), headers: cartToken });
const badToken = errorResponse('Bad token (`unauthenticated`), or a malformed X-Cart-Token (`validation_failed`, 422)');
const stockErrors = {
  404: errorResponse('No such product, variant or cart line (`not_found`)'),
  409: errorResponse('More than the stock (`insufficient_stock`, with `available`), or not for sale (`product_unavailable`)'),
};

export const getCart = createRoute({
  method: 'get',
  path: '/api/cart',
  tags,
  summary: 'Your cart, at current prices, with a warning on each line that cannot be bought as it is',
  description: 'A guest cart presented with a user token is merged into the user’s cart first.',
  ...open,
  request: { headers: CartHeaders },
  responses: { 200: jsonResponse(Cart, 'The cart (empty when there is none yet)'), 401: badToken, 422: errorResponse('Malformed X-Cart-Token') },
});

export const addItem = createRoute({
  method: 'post',
  path: '/api/cart/items',
  tags,
  summary: 'Add to the cart (quantities add up); creates a guest cart and returns its token when needed',
  ...open,
  request: { headers: CartHeaders, ...jsonBody(CartItemInput) },
  responses: { 200: cartResponse('The cart after the change'), ...bodyErrors, 401: badToken, ...stockErrors },
});

export const updateItem = createRoute({
  method: 'patch',
  path: '/api/cart/items/{id}',
  tags,
  summary: 'Change a line’s quantity (0 removes it); raising it is checked against the stock',
  ...open,
  request: { headers: CartHeaders, params: IdParam, ...jsonBody(CartItemUpdate) },
  responses: { 200: jsonResponse(Cart, 'The cart after the change'), ...bodyErrors, 401: badToken, ...stockErrors },
});

export const deleteItem = createRoute({
  method: 'delete',
  path: '/api/cart/items/{id}',
  tags,
  summary: 'Remove a line',
  ...open,
  request: { headers: CartHeaders, params: IdParam },
  responses: { 200: jsonResponse(Cart, 'The cart after the change'), 401: badToken, 404: errorResponse('No such line in your cart (`not_found`)'), 422: errorResponse('Bad id or token') },
});

export const clearCart = createRoute({
  method: 'delete',
  path: '/api/cart',
  tags,
  summary: 'Empty the cart',
  ...open,
  request: { headers: CartHeaders },
  responses: { 204: { description: 'Emptied' }, 401: badToken, 422: errorResponse('Malformed X-Cart-Token') },
});

