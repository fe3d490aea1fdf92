import { z } from '@hono/zod-openapi';
import { Id, Timestamp } from './common';


/** The guest cart token: 256 random bits, base64url. */
export const CartToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'must be the token returned in X-Cart-Token')
  .openapi({ description: 'Guest cart token, as returned in the `X-Cart-Token` response header' });

/** `X-Cart-Token`, accepted by every cart route and by checkout. */
export const CartHeaders = z.object({ 'x-cart-token': CartToken.optional() });

export const CartItemInput = z
  .object({
    product_id: Id,
    variant_id: Id.nullish().openapi({ description: 'Required for products with variants' }),
    quantity: z.number().int().min(1).max(999).default(1),
  })
  .strict()
  .openapi('CartItemInput', { example: { product_id: 42, quantity: 2 } });
export type CartItemInput = z.infer<typeof CartItemInput>;

export const CartItemUpdate = z
  .object({ quantity: z.number().int().min(0).max(999).openapi({ description: '0 removes the line' }) })
  .strict()
  .openapi('CartItemUpdate', { example: { quantity: 3 } });

export const CartLineWarning = z
  .object({
    code: z.enum(['insufficient_stock', 'unavailable']),
    message: z.string(),
    available: z.number().int(),
  })
  .openapi('CartLineWarning');

export const CartLine = z
  .object({
    id: z.number().int(),
    product_id: z.number().int(),
    variant_id: z.number().int().nullable(),
    name: z.string(),
    variant_name: z.string().nullable(),
    sku: z.string(),
    slug: z.string(),
    image_url: z.string().nullable(),
    is_digital: z.boolean(),
    unit_price: z.number().openapi({ description: 'The current price in the cart currency (sales included)' }),
    quantity: z.number().int(),
    line_total: z.number(),
    stock_quantity: z.number().int().openapi({ description: 'What can be bought now (0 when not for sale)' }),
    warning: CartLineWarning.nullable().openapi({ description: 'Set when the line cannot be bought as it is' }),
  })
  .openapi('CartLine');
export type CartLine = z.infer<typeof CartLine>;

export const Cart = z
  .object({
    id: z.number().int().nullable().openapi({ description: 'null until something is added' }),
    currency: z.string().openapi({ description: "The cart's market's currency; every amount is in it" }),
    market: z.string().nullable().openapi({
      description: 'The market the cart is priced in: the one it was last changed in (null: the default, for carts older than markets). A change made in another market moves it there',
    }),
    items: z.array(CartLine),
    item_count: z.number().int(),
    subtotal: z.number(),
    has_warnings: z.boolean(),
    cart_token: z.string().nullable().openapi({ description: 'Set only on the response that created a guest cart' }),
    updated_at: Timestamp.nullable(),
  })
  .openapi('Cart');
export type Cart = z.infer<typeof Cart>;
