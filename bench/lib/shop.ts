import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema';
import { signAccessToken } from '../../src/auth/tokens';
import { CREDS } from './stack';

// Arranging state for the cases through the API where a user would, and through the database
// only where the API has no cheap way (thousands of shoppers: registering hashes a password each).

export const ADDRESS = { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' };
export const CHECKOUT_BODY = JSON.stringify({ shipping_address: ADDRESS, billing_same_as_shipping: true, shipping_method: 'standard', payment_method: 'card' });

export interface Catalogue {
  /** A listed product's slug, for the detail case. */
  slug: string;
  /** Slugs not requested by any case, for uncached detail probes. */
  spareSlugs: string[];
  /** A product with 10,000,000 in stock and no variants, for checkout. */
  stockedId: number;
}

export async function pickCatalogue(db: Kysely<DB>): Promise<Catalogue> {
  const rows = await db.selectFrom('products').select(['id', 'slug']).where('is_active', '=', true).orderBy('id').limit(50).execute();
  if (rows.length < 10) throw new Error('the bench catalogue has fewer than 10 products');
  const stocked = rows[0]!;
  await db.updateTable('products').set({ stock_quantity: 10_000_000 }).where('id', '=', stocked.id).execute();
  return { slug: rows[1]!.slug, spareSlugs: rows.slice(2).map((r) => r.slug), stockedId: stocked.id };
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export async function call(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<JsonAnswer> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the error message.
  }
  return { status: res.status, headers: res.headers, body };
}

/** True unless the app answers "No route for …": lets the bench run before a route lands. */
export async function routeExists(base: string, path: string, method = 'GET'): Promise<boolean> {
  const r = await call(base, path, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
  return !(r.status === 404 && /^No route for/.test(String(r.body?.error?.message ?? '')));
}

export interface Shopper {
  token: string;
}

/**
 * `n` signed-in shoppers, each with the stocked product in their cart. Users are inserted in one
 * statement with tokens signed as login would (the checkout tests do the same); the carts are
 * filled through the API.
 */
export async function makeShoppers(db: Kysely<DB>, base: string, productId: number, n: number, concurrency = 8): Promise<Shopper[]> {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const rows = await db
    .insertInto('users')
    .values(Array.from({ length: n }, (_, i) => ({ email: `bench-${tag}-${i}@example.com`, password_hash: 'unused' })))
    .returning('id')
    .execute();
  // Each with a live session, as login makes one: tokens are checked against it.
  const sessions = rows.map((r) => ({ user_id: r.id, family_id: crypto.randomUUID(), token_hash: `unused-${crypto.randomUUID()}`, expires_at: new Date(Date.now() + 86_400_000) }));
  await db.insertInto('refresh_tokens').values(sessions).execute();
  const shoppers = await Promise.all(rows.map(async (r, i) => ({ token: await signAccessToken(CREDS.jwtSecret, r.id, 'customer', sessions[i]!.family_id) })));
  let at = 0;
  const worker = async () => {
    while (at < shoppers.length) {
      const s = shoppers[at++]!;
      const r = await call(base, '/api/cart/items', {
        method: 'POST',
        headers: { Authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ product_id: productId, quantity: 1 }),
      });
      if (r.status !== 200) throw new Error(`adding to the cart answered ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return shoppers;
}

/** One shopper the way a person becomes one: register, then add to the cart (all through the API). */
export async function registerShopper(base: string, productId: number): Promise<Shopper> {
  const email = `bench-reg-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;
  const reg = await call(base, '/api/users/register', { method: 'POST', body: JSON.stringify({ email, password: 'bench-password-123' }) });
  if (reg.status !== 201) throw new Error(`register answered ${reg.status} ${JSON.stringify(reg.body).slice(0, 200)}`);
  const token = String(reg.body.access_token);
  const add = await call(base, '/api/cart/items', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ product_id: productId, quantity: 1 }) });
  if (add.status !== 200) throw new Error(`adding to the cart answered ${add.status} ${JSON.stringify(add.body).slice(0, 200)}`);
  return { token };
}
