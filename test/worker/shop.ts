import { signAccessToken } from '../../src/auth/tokens';
import { testDb } from './db';
import { api, bearer, json, testEnv, unique } from './helpers';

// Arranging cart and checkout tests: products, variants and users straight into the database (no
// dependency on demo data or on the catalog routes), and small callers for the cart and order API.

export const ADDRESS = { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' };

export interface ProductSpec {
  price_cents?: number;
  stock?: number;
  is_active?: boolean;
  is_digital?: boolean;
  /** Variants hold the stock when given. */
  variants?: { price_cents?: number | null; stock: number; is_active?: boolean }[];
}

export interface MadeProduct {
  id: number;
  sku: string;
  name: string;
  variants: { id: number; sku: string; name: string }[];
}

export async function makeProduct(spec: ProductSpec = {}): Promise<MadeProduct> {
  const db = testDb();
  const sku = unique('SKU-').toUpperCase();
  const name = `Test product ${sku}`;
  const p = await db
    .insertInto('products')
    .values({
      name,
      slug: sku.toLowerCase(),
      sku,
      price_cents: spec.price_cents ?? 1000,
      stock_quantity: spec.stock ?? 10,
      is_active: spec.is_active ?? true,
      is_digital: spec.is_digital ?? false,
      tags: [],
      meta_keywords: [],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const variants = [];
  for (const [i, v] of (spec.variants ?? []).entries()) {
    const row = await db
      .insertInto('product_variants')
      .values({ product_id: p.id, sku: `${sku}-V${i}`, name: `Size ${i}`, options: JSON.stringify({ size: String(i) }), price_cents: v.price_cents ?? null, stock_quantity: v.stock, is_active: v.is_active ?? true, position: i })
      .returning(['id', 'sku', 'name'])
      .executeTakeFirstOrThrow();
    variants.push(row);
  }
  return { id: p.id, sku, name, variants };
}

export async function stockOf(productId: number, variantId?: number): Promise<number> {
  const db = testDb();
  if (variantId !== undefined) {
    return (await db.selectFrom('product_variants').select('stock_quantity').where('id', '=', variantId).executeTakeFirstOrThrow()).stock_quantity;
  }
  return (await db.selectFrom('products').select('stock_quantity').where('id', '=', productId).executeTakeFirstOrThrow()).stock_quantity;
}

export interface Shopper {
  id: number;
  token: string;
  email: string;
}

/** Users made in one insert, with access tokens signed as login would (much faster than registering 50). */
export async function makeUsers(n: number, role: 'customer' | 'staff' | 'admin' = 'customer', extra: { first_name?: string; last_name?: string } = {}): Promise<Shopper[]> {
  const rows = await testDb()
    .insertInto('users')
    .values(Array.from({ length: n }, () => ({ email: `${unique('shop')}@example.com`, password_hash: 'unused', role, ...extra })))
    .returning(['id', 'email'])
    .execute();
  // Each with a live session, as login makes one: tokens are checked against it.
  const sessions = rows.map((r) => ({ user_id: r.id, family_id: crypto.randomUUID(), token_hash: `unused-${crypto.randomUUID()}`, expires_at: new Date(Date.now() + 86_400_000) }));
  await testDb().insertInto('refresh_tokens').values(sessions).execute();
  return Promise.all(
    rows.map(async (r, i) => ({ id: r.id, email: r.email, token: await signAccessToken(testEnv.JWT_SECRET!, r.id, role, sessions[i]!.family_id) })),
  );
}

export const makeUser = async () => (await makeUsers(1))[0]!;
export const makeAdmin = async () => (await makeUsers(1, 'admin'))[0]!;
export const makeStaff = async () => (await makeUsers(1, 'staff'))[0]!;

/** Who calls: a user token and/or a guest cart token. */
export interface Caller {
  token?: string;
  cart?: string;
}

export function headersOf(who: Caller, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(who.token ? bearer(who.token) : {}), ...(who.cart ? { 'X-Cart-Token': who.cart } : {}), ...extra };
}

export async function cartCall(who: Caller, path: string, init: RequestInit = {}) {
  const res = await api(`/api/cart${path}`, { ...init, headers: headersOf(who, init.headers as Record<string, string>) });
  return { res, body: (res.status === 204 ? null : await res.json()) as any };
}

export const addItem = (who: Caller, item: { product_id: number; variant_id?: number; quantity?: number }) => cartCall(who, '/items', json(item));

/** A checkout body with a literal address, billed to the same. */
export function checkoutBody(extra: Record<string, unknown> = {}) {
  return { shipping_address: ADDRESS, billing_same_as_shipping: true, shipping_method: 'standard', payment_method: 'card', ...extra };
}

export async function checkout(who: Caller, body: unknown = checkoutBody(), key: string | null = crypto.randomUUID()) {
  const res = await api('/api/orders', json(body, { headers: headersOf(who, key === null ? {} : { 'Idempotency-Key': key }) }));
  return { res, body: (await res.json()) as any };
}

export async function setStatus(adminToken: string, orderId: number, body: Record<string, unknown>) {
  const res = await api(`/api/orders/${orderId}/status`, json(body, { method: 'PUT', headers: bearer(adminToken) }));
  return { res, body: (await res.json()) as any };
}

export async function makeDiscount(values: {
  kind: 'percent' | 'fixed';
  percent_off?: number;
  amount_off_cents?: number;
  min_subtotal_cents?: number;
  usage_limit?: number | null;
  starts_at?: Date;
  ends_at?: Date | null;
}): Promise<string> {
  const code = unique('D').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 30);
  await testDb()
    .insertInto('discounts')
    .values({ code, ...values, percent_off: values.percent_off ?? null, amount_off_cents: values.amount_off_cents ?? null })
    .execute();
  return code;
}

export async function discountUsage(code: string): Promise<number> {
  return (await testDb().selectFrom('discounts').select('usage_count').where('code', '=', code).executeTakeFirstOrThrow()).usage_count;
}
