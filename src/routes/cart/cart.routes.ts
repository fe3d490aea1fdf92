import { createRoute } from '@hono/zod-openapi';
import { databaseBusyResponse, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { optionalUser } from '../../middleware/auth';
import { market } from '../../middleware/market';
import { Cart, CartHeaders, CartItemInput, CartItemUpdate } from '../../schemas/cart';
import { IdParam } from '../../schemas/common';

const tags = ['Cart'];
// Signed in or not: either no credentials or a bearer token.
const optionalSecurity: Record<string, string[]>[] = [{}, { bearerAuth: [] }];
// Guests and users alike: a bearer token is optional, and a guest cart travels in X-Cart-Token.
const open = { middleware: [optionalUser(), market()], security: optionalSecurity };
const badToken = errorResponse('A bearer token was sent but is invalid or expired (`unauthenticated`)');
const invalid = (what: string) => errorResponse(`${what} fails validation (\`validation_failed\`, issues in \`details\`)`);
const malformedJson = errorResponse('Malformed JSON (`invalid_json`)');
const stockErrors = {
  404: errorResponse('No such product, variant or cart line (`not_found`)'),
  409: errorResponse('More than the stock (`insufficient_stock`, with `available`), or not for sale (`product_unavailable`)'),
};
const cartErrors = { 401: badToken, 503: databaseBusyResponse };

export const getCart = createRoute({
  method: 'get',
  path: '/api/cart',
  tags,
  summary: 'Your cart, at current prices, with a warning on each line that cannot be bought as it is',
  description: 'A guest cart presented with a user token is merged into the user’s cart first.',
  ...open,
  request: { headers: CartHeaders },
  responses: { 200: jsonResponse(Cart, 'The cart (empty when there is none yet)'), ...cartErrors, 422: invalid('X-Cart-Token') },
});

export const addItem = createRoute({
  method: 'post',
  path: '/api/cart/items',
  tags,
  summary: 'Add to the cart (quantities add up); creates a guest cart and returns its token when needed',
  ...open,
  request: { headers: CartHeaders, ...jsonBody(CartItemInput) },
  responses: {
    200: jsonResponse(Cart, 'The cart after the change', 'X-Cart-Token'),
    400: malformedJson,
    ...cartErrors,
    ...stockErrors,
    422: invalid('The body or X-Cart-Token'),
  },
});

export const updateItem = createRoute({
  method: 'patch',
  path: '/api/cart/items/{id}',
  tags,
  summary: 'Change a line’s quantity (0 removes it); raising it is checked against the stock',
  ...open,
  request: { headers: CartHeaders, params: IdParam, ...jsonBody(CartItemUpdate) },
  responses: { 200: jsonResponse(Cart, 'The cart after the change'), 400: malformedJson, ...cartErrors, ...stockErrors, 422: invalid('The id, body or X-Cart-Token') },
});

export const deleteItem = createRoute({
  method: 'delete',
  path: '/api/cart/items/{id}',
  tags,
  summary: 'Remove a line',
  ...open,
  request: { headers: CartHeaders, params: IdParam },
  responses: { 200: jsonResponse(Cart, 'The cart after the change'), ...cartErrors, 404: errorResponse('No such line in your cart (`not_found`)'), 422: invalid('The id or X-Cart-Token') },
});

export const clearCart = createRoute({
  method: 'delete',
  path: '/api/cart',
  tags,
  summary: 'Empty the cart',
  ...open,
  request: { headers: CartHeaders },
  responses: { 204: { description: 'Emptied' }, ...cartErrors, 422: invalid('X-Cart-Token') },
});

