import { api, bearer, json } from '../../../test/worker/helpers';
import { cartCall, checkoutBody, type Caller } from '../../../test/worker/shop';

// Calls the per-currency money routes' tests share: an admin call, and a checkout in a market.

export async function call(token: string | null, path: string, init: RequestInit = {}) {
  const headers = { ...(token ? bearer(token) : {}), ...(init.headers as Record<string, string>) };
  const res = await api(path, { ...init, headers });
  return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
}

export const put = (token: string | null, path: string, body: unknown) => call(token, path, json(body, { method: 'PUT' }));

export const ADDRESSES = {
  eu: { first_name: 'Ada', line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' },
  uk: { first_name: 'Ada', line1: '1 Strand', city: 'London', postal_code: 'WC2N 5DN', country: 'GB' },
};

/** Puts one product in the caller's cart in market `m` and checks out there. */
export async function buyIn(who: Caller, m: 'eu' | 'uk', productId: number, extra: Record<string, unknown> = {}) {
  await cartCall(who, '/items', { method: 'POST', headers: { 'content-type': 'application/json', 'X-Market': m }, body: JSON.stringify({ product_id: productId }) });
  const headers: Record<string, string> = { 'Idempotency-Key': crypto.randomUUID(), 'X-Market': m };
  if (who.token) headers.Authorization = `Bearer ${who.token}`;
  if (who.cart) headers['X-Cart-Token'] = who.cart;
  const res = await api('/api/orders', json(checkoutBody({ shipping_address: ADDRESSES[m], ...extra }), { headers }));
  return { status: res.status, body: (await res.json()) as any };
}
