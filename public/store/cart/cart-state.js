import { shop, unwrap } from '../lib/shop.js';

// The cart as the header shows it. The guest cart token lives in localStorage (the client package keeps
// it), and signing in hands it to the API, which merges the guest cart into the customer's.

const listeners = new Set();

function changed(cart) {
  for (const fn of listeners) fn(cart);
  return cart;
}

/** Calls `fn(cart)` after each cart change seen by the store. */
export function onCartChange(fn) {
  listeners.add(fn);
}

/** The visitor's cart (an empty one for a guest without a token yet). */
export async function loadCart() {
  return changed(await unwrap(shop.api.GET('/api/cart', { params: { header: {} } })));
}

/** Adds a line: `{ product_id, variant_id, quantity }`. */
export async function addToCart(item) {
  return changed(await unwrap(shop.api.POST('/api/cart/items', { params: { header: {} }, body: item })));
}

/** Sets a line's quantity (0 removes it). */
export async function setQuantity(lineId, quantity) {
  return changed(await unwrap(shop.api.PATCH('/api/cart/items/{id}', { params: { path: { id: lineId }, header: {} }, body: { quantity } })));
}

/** Removes a line. */
export async function removeLine(lineId) {
  return changed(await unwrap(shop.api.DELETE('/api/cart/items/{id}', { params: { path: { id: lineId }, header: {} } })));
}

/** Tells the header the cart is now empty (after checkout). */
export function cartEmptied(currency = 'USD') {
  changed({ items: [], item_count: 0, subtotal: 0, currency });
}
