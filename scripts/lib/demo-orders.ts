import { type Kysely, sql } from 'kysely';
import { placeOrder, setOrderStatus } from '../../src/db/queries/orders';
import type { DB } from '../../src/db/schema';
import { hashPassword } from '../../src/auth/password';
import { ORDER_TRANSITIONS } from '../../src/orders/status';

const SHIP_TO = { first_name: 'Casey', last_name: 'Customer', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' };

// Each demo order walks to its final state through the same transitions the admin API allows.
const JOURNEYS: { status: string; extra?: Record<string, string> }[][] = [
  [],
  [{ status: 'confirmed' }],
  [{ status: 'confirmed' }, { status: 'processing' }, { status: 'shipped', extra: { carrier: 'ups', tracking_number: '1Z999AA10123456784' } }],
  [{ status: 'confirmed' }, { status: 'processing' }, { status: 'shipped', extra: { carrier: 'usps', tracking_number: '9400111899223197428490' } }, { status: 'delivered' }],
  [{ status: 'cancelled', extra: { note: 'Customer changed their mind' } }],
];

/** Ensures a demo customer exists; returns its id. */
export async function ensureCustomer(db: Kysely<DB>, email: string, password: string): Promise<number> {
  const found = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (found) return found.id;
  const row = await db
    .insertInto('users')
    .values({ email, password_hash: await hashPassword(password), first_name: 'Casey', last_name: 'Customer', is_verified: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Places a few orders for the customer through the checkout function (stock, totals and snapshots
 * as a real checkout) and moves them to various states. Skipped when the customer has orders.
 */
export async function seedDemoOrders(db: Kysely<DB>, customerId: number, adminId: number): Promise<number> {
  const has = await db.selectFrom('orders').select('id').where('user_id', '=', customerId).limit(1).executeTakeFirst();
  if (has) return 0;
  const products = await db
    .selectFrom('products')
    .select('id')
    .where('is_active', '=', true)
    .where('has_variants', '=', false)
    .where('is_digital', '=', false)
    .where('stock_quantity', '>', 5)
    .orderBy('id')
    .limit(JOURNEYS.length)
    .execute();
  let placed = 0;
  for (const [i, journey] of JOURNEYS.entries()) {
    const product = products[i];
    if (!product) break;
    const cart = await sql<{ id: number }>`
      insert into carts (user_id) values (${customerId})
      on conflict (user_id) where user_id is not null do update set updated_at = now() returning id`.execute(db);
    await db.insertInto('cart_items').values({ cart_id: cart.rows[0]!.id, product_id: product.id, quantity: 1 + (i % 2) }).execute();
    const result = await placeOrder(db, {
      scope: `user:${customerId}`,
      key: `demo-order-${i}`,
      request_hash: `demo-order-${i}`,
      wait_ms: 1000,
      user_id: customerId,
      cart_token_hash: null,
      shipping_address: SHIP_TO,
      billing_same_as_shipping: true,
      shipping_method: i % 2 ? 'express' : 'standard',
      payment_method: 'card',
    });
    for (const step of journey) {
      await setOrderStatus(db, { order_id: result.order.id, status: step.status, actor_user_id: adminId, transitions: ORDER_TRANSITIONS, ...step.extra });
    }
    placed++;
  }
  return placed;
}

/** The demo customer with a few orders, from CUSTOMER_EMAIL / CUSTOMER_PASSWORD; returns orders placed. */
export async function seedDemoCustomer(db: Kysely<DB>, vars: Record<string, string | undefined>, adminEmail: string): Promise<number> {
  const email = vars.CUSTOMER_EMAIL;
  const password = vars.CUSTOMER_PASSWORD;
  if (!email || !password) return 0;
  const admin = await db.selectFrom('users').select('id').where('email', '=', adminEmail.toLowerCase()).executeTakeFirst();
  if (!admin) return 0;
  return seedDemoOrders(db, await ensureCustomer(db, email.toLowerCase(), password), admin.id);
}
