import { API_BASE } from '../../config.js';
import { createShopClient, unwrap, webStorage } from '../../vendor/client/index.js';

// The one client of the API for the whole store (the client package, served from /vendor/client/).
// It keeps the guest cart token and the session in localStorage, so a cart survives a reload and joins
// the customer's cart at sign-in.

const listeners = new Set();

export const apiBase = API_BASE || location.origin;

export const shop = createShopClient({
  baseUrl: apiBase,
  storage: webStorage(localStorage),
  onSessionChange: (session) => {
    for (const fn of listeners) fn(session);
  },
});

export { unwrap };

/** Calls `fn(session | null)` whenever the customer signs in or out (or the session ends). */
export function onSessionChange(fn) {
  listeners.add(fn);
}

let config;
/** GET /api/client-config, once per page: Realtime and payment settings. Null when unreachable. */
export function clientConfig() {
  config ??= unwrap(shop.api.GET('/api/client-config')).catch(() => null);
  return config;
}
