import { shop } from '../lib/shop.js';

// How the store reads an order: the owner with their session, a guest with the short-lived view token
// that POST /api/orders/lookup answers (kept in sessionStorage: this tab, until it closes or expires).

const key = (orderId) => `edge-commerce:order-view:${orderId}`;

/** Keeps a view token for `order`, from its number and email (right after a guest checkout). */
export async function rememberOrderView(order, email) {
  const found = await shop.lookupOrder({ order_number: order.order_number, email });
  keepViewToken(found);
  return found;
}

/** Keeps the token of a lookup answer (`{ view_token, expires_at, order }`). */
export function keepViewToken(found) {
  sessionStorage.setItem(key(found.order.id), JSON.stringify({ token: found.view_token, expires_at: found.expires_at }));
}

/** The kept view token of an order, if it has not expired. */
export function viewToken(orderId) {
  try {
    const kept = JSON.parse(sessionStorage.getItem(key(orderId)) ?? 'null');
    return kept && Date.parse(kept.expires_at) > Date.now() ? kept.token : null;
  } catch {
    return null;
  }
}

const notes = new Map();

/** A message for the order's page, shown once (e.g. a declined card after checkout). */
export function flash(orderId, text) {
  notes.set(orderId, text);
}

/** The order page's message, if any; read once. */
export function takeFlash(orderId) {
  const text = notes.get(orderId) ?? null;
  notes.delete(orderId);
  return text;
}
