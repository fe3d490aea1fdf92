import { type CompiledQuery, type InferResult, type Kysely, sql } from 'kysely';
import { toDecimal } from '../../markets/currency';
import type { Market } from '../../markets/market';
import type { Cart, CartItemInput, CartLine } from '../../schemas/cart';
import type { DB } from '../schema';

// Cart statements are compiled and sent as one batch with the cart view after them, so every cart
// call is one round trip and answers the cart as it is after the change. The writes that need checks
// (stock, active product, guest-cart creation and merging) are SQL functions from migration 0005.

/** Whose cart: the signed-in user's, else the guest cart of the presented token (stored hashed). */
export interface CartOwner {
  userId: number | null;
  tokenHash: string | null;
}

/** Merges the presented guest cart into the user's, when both are known. */
export function mergeQuery(db: Kysely<DB>, owner: CartOwner): CompiledQuery | null {
  if (owner.userId === null || owner.tokenHash === null) return null;
  return sql`select cart_merge(${owner.userId}::integer, ${owner.tokenHash}::text) as merged`.compile(db);
}

/** Adds to a line (or sets it), creating the cart; a new guest cart gets `newTokenHash`. */
export function putItemQuery(db: Kysely<DB>, owner: CartOwner, newTokenHash: string | null, item: CartItemInput, add: boolean) {
  return sql`select cart_put_item(${owner.userId}::integer, ${owner.tokenHash}::text, ${newTokenHash}::text,
    ${item.product_id}::integer, ${item.variant_id ?? null}::integer, ${item.quantity}::integer, ${add}::boolean) as result`.compile(db);
}

export function updateItemQuery(db: Kysely<DB>, owner: CartOwner, itemId: number, quantity: number) {
  return sql`select cart_update_item(${owner.userId}::integer, ${owner.tokenHash}::text, ${itemId}::integer, ${quantity}::integer) as done`.compile(db);
}

function ownCartId(db: Kysely<DB>, owner: CartOwner) {
  const q = db.selectFrom('carts').select('id');
  if (owner.userId !== null) return q.where('user_id', '=', owner.userId);
  return q
    .where('token_hash', '=', owner.tokenHash ?? '')
    .where('user_id', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]));
}

/**
 * Moves the caller's cart (and one the same batch may have just created) to the request's market:
 * a cart answers in the market it was last changed in, and its lines are priced in that currency.
 */
export function setMarketQuery(db: Kysely<DB>, owner: CartOwner, market: Market, extraTokenHash: string | null = null) {
  let q = db.updateTable('carts').set({ market: market.handle, currency: market.currency });
  if (owner.userId !== null) {
    q = q.where('user_id', '=', owner.userId);
  } else {
    const hashes = [owner.tokenHash, extraTokenHash].filter((h): h is string => h !== null);
    q = q.where('token_hash', 'in', hashes.length ? hashes : ['']).where('user_id', 'is', null);
  }
  return q.where((eb) => eb.or([eb('market', 'is', null), eb('market', '<>', market.handle)])).compile();
}

export function deleteItemQuery(db: Kysely<DB>, owner: CartOwner, itemId: number) {
  return db.deleteFrom('cart_items').where('id', '=', itemId).where('cart_id', '=', ownCartId(db, owner)).returning('id').compile();
}

export function clearQuery(db: Kysely<DB>, owner: CartOwner) {
  return db.deleteFrom('cart_items').where('cart_id', '=', ownCartId(db, owner)).compile();
}

/**
 * The cart with each line's current price and stock. `extraTokenHash` is a guest cart that the
 * same batch may have just created.
 */
export function viewQuery(db: Kysely<DB>, owner: CartOwner, extraTokenHash: string | null = null) {
  let q = db
    .selectFrom('carts as c')
    .leftJoin('cart_items as ci', 'ci.cart_id', 'c.id')
    .leftJoin('products as p', 'p.id', 'ci.product_id')
    .leftJoin('product_variants as v', 'v.id', 'ci.variant_id')
    .select([
      'c.id as cart_id', 'c.currency', 'c.market', 'c.updated_at', 'ci.id as item_id', 'ci.product_id', 'ci.variant_id', 'ci.quantity',
      'p.name', 'p.slug', 'p.sku', 'p.price_cents', 'p.stock_quantity', 'p.is_active', 'p.deleted_at', 'p.has_variants',
      'p.is_digital', 'p.primary_image_url', 'v.sku as variant_sku', 'v.name as variant_name',
      'v.price_cents as variant_price_cents', 'v.stock_quantity as variant_stock', 'v.is_active as variant_active',
    ])
    // The line's price now in the cart's currency: explicit, converted or on sale (line_price, migration 0018).
    .select(sql<string | null>`(line_price(ci.product_id, ci.variant_id, c.currency::text, now())).amount`.as('unit_amount'));
  if (owner.userId !== null) {
    q = q.where('c.user_id', '=', owner.userId);
  } else {
    const hashes = [owner.tokenHash, extraTokenHash].filter((h): h is string => h !== null);
    q = q
      .where('c.token_hash', 'in', hashes.length ? hashes : [''])
      .where('c.user_id', 'is', null)
      .where((eb) => eb.or([eb('c.expires_at', 'is', null), eb('c.expires_at', '>', sql<Date>`now()`)]));
  }
  return q.orderBy('ci.id');
}

export type CartViewRow = InferResult<ReturnType<typeof viewQuery>>[number];

function toLine(r: CartViewRow, currency: string): CartLine {
  const priced = r.unit_amount !== null;
  const sellable = priced && r.is_active === true && r.deleted_at === null && (r.variant_id === null ? !r.has_variants : r.variant_active === true);
  const available = sellable ? Number(r.variant_id === null ? r.stock_quantity : r.variant_stock) : 0;
  const unitCents = BigInt(r.unit_amount ?? 0);
  const quantity = r.quantity!;
  let warning: CartLine['warning'] = null;
  if (!sellable) warning = { code: 'unavailable', message: 'This item is no longer for sale', available: 0 };
  else if (available < quantity) warning = { code: 'insufficient_stock', message: `Only ${available} in stock`, available };
  return {
    id: r.item_id!,
    product_id: r.product_id!,
    variant_id: r.variant_id,
    name: r.name!,
    variant_name: r.variant_name,
    sku: r.variant_sku ?? r.sku!,
    slug: r.slug!,
    image_url: r.primary_image_url,
    is_digital: r.is_digital === true,
    unit_price: toDecimal(unitCents, currency),
    quantity,
    line_total: toDecimal(unitCents * BigInt(quantity), currency),
    stock_quantity: available,
    warning,
  };
}

/**
 * The API cart from the view rows (none: no cart yet, shown in the request's market). `cartToken`
 * only when the cart was just created.
 */
export function toCart(rows: CartViewRow[], market: Pick<Market, 'handle' | 'currency'>, cartToken: string | null = null): Cart {
  const first = rows[0];
  const currency = first?.currency.trim() ?? market.currency;
  const lines = rows.filter((r) => r.item_id !== null);
  const items = lines.map((r) => toLine(r, currency));
  const subtotalCents = lines.reduce((sum, r) => sum + BigInt(r.unit_amount ?? 0) * BigInt(r.quantity!), 0n);
  return {
    id: first?.cart_id ?? null,
    currency,
    market: first ? (first.market ?? null) : market.handle,
    items,
    item_count: items.reduce((n, i) => n + i.quantity, 0),
    subtotal: toDecimal(subtotalCents, currency),
    has_warnings: items.some((i) => i.warning !== null),
    cart_token: cartToken,
    updated_at: first ? new Date(first.updated_at).toISOString() : null,
  };
}

/** Merges a guest cart into the user's cart (at login); one statement. */
export async function mergeGuestCart(db: Kysely<DB>, userId: number, tokenHash: string): Promise<void> {
  await db.executeQuery(mergeQuery(db, { userId, tokenHash })!);
}
