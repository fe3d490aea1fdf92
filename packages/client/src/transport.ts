import type { Sessions, RawFetch } from './session.js';
import type { TokenStorage } from './storage.js';

export const CART_TOKEN_KEY = 'cart_token';
/** The market the shopper chose (a handle), sent as `X-Market` on every request. */
export const MARKET_KEY = 'market';

// Requests that take the guest cart token: the cart, checkout, and sign-in (which merges the guest cart).
const takesCartToken = (method: string, path: string) =>
  /\/api\/cart(\/|$)/.test(path) || (method === 'POST' && /\/api\/(orders|users\/login)$/.test(path));
// Requests that carry credentials of their own in the body.
const ownCredentials = (path: string) => /\/api\/users\/(login|register|refresh|logout)$/.test(path);

/**
 * The fetch under the typed client: attaches the session's access token, the guest cart token and the
 * chosen market,
 * keeps the cart token the API hands out, and after a rejected access token refreshes the session
 * once and repeats the request.
 */
export function createTransport(rawFetch: RawFetch, storage: TokenStorage, sessions: Sessions): RawFetch {
  return async (request) => {
    const path = new URL(request.url).pathname;
    const market = await storage.get(MARKET_KEY);
    if (market && !request.headers.has('X-Market')) request.headers.set('X-Market', market);
    const cartToken = takesCartToken(request.method, path) ? await storage.get(CART_TOKEN_KEY) : null;
    if (cartToken && !request.headers.has('X-Cart-Token')) request.headers.set('X-Cart-Token', cartToken);
    let bearer: string | null = null;
    if (!request.headers.has('Authorization') && !ownCredentials(path)) {
      bearer = (await sessions.current())?.access_token ?? null;
      if (bearer) request.headers.set('Authorization', `Bearer ${bearer}`);
    }
    // Kept before sending: the body of a request can be read once.
    const retry = bearer ? request.clone() : null;
    let response = await rawFetch(request);
    if (retry && bearer && (await tokenRejected(response))) {
      const fresh = await sessions.refreshAfter(bearer);
      if (fresh) {
        retry.headers.set('Authorization', `Bearer ${fresh}`);
        response = await rawFetch(retry);
      }
    }
    await keepCartToken(storage, request, path, response);
    return response;
  };
}

/** A 401 about the bearer token (not a wrong password or a bad view token). */
async function tokenRejected(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  if (/^Bearer\b/i.test(response.headers.get('WWW-Authenticate') ?? '')) return true;
  // Cross-origin, WWW-Authenticate is readable only when exposed by CORS; the body always is.
  const body = (await response.clone().json().catch(() => null)) as { error?: { code?: unknown } } | null;
  return body?.error?.code === 'unauthenticated';
}

async function keepCartToken(storage: TokenStorage, request: Request, path: string, response: Response): Promise<void> {
  // The header, or (cross-origin, where CORS may not expose it) the `cart_token` of the cart that answered.
  let issued = response.headers.get('X-Cart-Token');
  if (!issued && response.ok && request.method === 'POST' && /\/api\/cart\/items$/.test(path)) {
    const cart = (await response.clone().json().catch(() => null)) as { cart_token?: unknown } | null;
    if (typeof cart?.cart_token === 'string') issued = cart.cart_token;
  }
  if (issued) return storage.set(CART_TOKEN_KEY, issued);
  if (!response.ok || !request.headers.has('X-Cart-Token')) return;
  // Signed in with a guest cart: the API merged it into the user's cart, so the token is spent.
  if (request.headers.has('Authorization') || /\/api\/users\/login$/.test(path)) await storage.remove(CART_TOKEN_KEY);
}
