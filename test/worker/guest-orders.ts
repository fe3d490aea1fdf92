import { createApp } from '../../src/lib/create-app';
import { registerRoutes } from '../../src/routes';
import { BASE, freshIp, json, testEnv, unique } from './helpers';
import { addItem, checkout, checkoutBody, makeProduct } from './shop';

export interface GuestOrder {
  id: number;
  order_number: string;
  email: string;
}

/** A guest checkout of one product, placed with a unique email. */
export async function placeGuestOrder(): Promise<GuestOrder> {
  const email = `${unique('guest')}@example.com`;
  const product = await makeProduct({ stock: 3 });
  const { res } = await addItem({}, { product_id: product.id });
  const cart = res.headers.get('X-Cart-Token')!;
  const { res: placed, body } = await checkout({ cart }, checkoutBody({ email }));
  if (placed.status !== 201) throw new Error(`guest checkout failed: ${placed.status} ${JSON.stringify(body)}`);
  return { id: body.id, order_number: body.order_number, email };
}

/** POST /api/orders/lookup from `ip` (a fresh address by default), on the app with `env` overrides. */
export async function lookup(body: unknown, opts: { ip?: string; env?: Record<string, string> } = {}) {
  const init = json(body, { headers: { 'CF-Connecting-IP': opts.ip ?? freshIp() } });
  const app = registerRoutes(createApp());
  const res = await app.request(`${BASE}/api/orders/lookup`, init, { ...testEnv, ...opts.env });
  return { res, body: (await res.json()) as any };
}

/** GET /api/orders/{id}/view with `token` in X-Order-Token. */
export async function viewOrder(id: number, token: string | null, headers: Record<string, string> = {}) {
  const app = registerRoutes(createApp());
  const res = await app.request(`${BASE}/api/orders/${id}/view`, { headers: { ...(token === null ? {} : { 'X-Order-Token': token }), ...headers } }, testEnv);
  return { res, body: (await res.json()) as any };
}
