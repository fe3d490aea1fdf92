import { z } from '@hono/zod-openapi';
import { PostalAddress } from './addresses';
import { CartToken } from './cart';
import { Id, Timestamp } from './common';

const Code = z.string().trim().toLowerCase().regex(/^[a-z0-9_]{1,32}$/, 'must be a lowercase code');

export const OrderStatus = z.enum(['pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded']);
export const PaymentStatus = z.enum(['pending', 'authorized', 'paid', 'failed', 'refunded', 'voided']);
export const FulfillmentStatus = z.enum(['unfulfilled', 'processing', 'shipped', 'delivered', 'cancelled', 'returned']);

/**
 * Checkout headers: the idempotency key and the guest cart. The key is required (the document says so), but
 * checked by the handler rather than here, so that a missing one is its own 400 `idempotency_key_required`.
 */
export const CheckoutHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { required: true },
      description: '1-255 visible ASCII characters, unique per checkout attempt (e.g. a UUID); retries reuse it',
      minLength: 1,
      maxLength: 255,
      pattern: '^[\\x21-\\x7E]+$',
    }),
  'x-cart-token': CartToken.optional(),
});

export const CheckoutInput = z
  .object({
    shipping_address: PostalAddress.optional(),
    shipping_address_id: Id.optional().openapi({ description: 'One of your saved addresses, instead of shipping_address' }),
    billing_address: PostalAddress.optional(),
    billing_address_id: Id.optional(),
    billing_same_as_shipping: z.boolean().optional(),
    shipping_method: Code.default('standard').openapi({ description: '`standard` or `express` by default; ignored for all-digital orders' }),
    discount_code: z.string().trim().toUpperCase().regex(/^[A-Z0-9_-]{3,32}$/, 'is not a discount code').optional(),
    payment_method: Code.openapi({ example: 'card' }),
    email: z.email().max(254).transform((e) => e.toLowerCase()).optional().openapi({ description: 'Required for guests' }),
    notes: z.string().trim().max(1000).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const one = (keys: (keyof typeof b)[], label: string) => {
      const given = keys.filter((k) => b[k] !== undefined && b[k] !== false);
      if (given.length !== 1) ctx.addIssue({ code: 'custom', path: [keys[0]!], message: `give exactly one of ${label}` });
    };
    one(['shipping_address', 'shipping_address_id'], 'shipping_address, shipping_address_id');
    one(['billing_address', 'billing_address_id', 'billing_same_as_shipping'], 'billing_address, billing_address_id, billing_same_as_shipping: true');
  })
  .openapi('CheckoutInput', {
    example: {
      shipping_address: { first_name: 'Ada', line1: '1 Market St', city: 'San Francisco', region: 'CA', postal_code: '94105', country: 'US' },
      billing_same_as_shipping: true,
      shipping_method: 'standard',
      discount_code: 'WELCOME10',
      payment_method: 'card',
    },
  });
export type CheckoutInput = z.infer<typeof CheckoutInput>;

const OrderAddress = z.record(z.string(), z.string()).openapi('OrderAddress', { description: 'A PostalAddress as snapshotted at checkout' });

export const OrderItem = z
  .object({
    id: z.number().int(),
    product_id: z.number().int().nullable(),
    variant_id: z.number().int().nullable(),
    product_name: z.string(),
    sku: z.string(),
    variant_name: z.string().nullable(),
    unit_price: z.number().openapi({ description: "In the order's currency; gross in a tax-inclusive market" }),
    quantity: z.number().int(),
    total_price: z.number(),
    discount_amount: z.number().openapi({ description: "The line's share of the order discount (tax-inclusive orders; else 0)" }),
    tax_amount: z.number().nullable().openapi({ description: 'Tax included in the line (tax-inclusive orders; else null)' }),
    net_amount: z.number().nullable().openapi({ description: 'total_price - discount_amount - tax_amount (tax-inclusive orders; else null)' }),
  })
  .openapi('OrderItem');

export const OrderPayment = z
  .object({
    provider: z.enum(['stripe', 'manual']),
    intent_id: z.string().nullable().openapi({ description: "The provider's payment (a Stripe PaymentIntent id)" }),
    status: z.string().nullable().openapi({ description: "The PaymentIntent's status as Stripe last reported it (`requires_payment_method`, `requires_action`, `requires_capture`, `succeeded`, `canceled`…)" }),
    client_secret: z.string().nullable().openapi({ description: "For the order's owner only: confirm the PaymentIntent with it (Stripe.js `confirmCardPayment`); null for anyone else" }),
    capture_method: z.enum(['automatic', 'manual']).nullable(),
    amount_authorized: z.number(),
    amount_captured: z.number(),
    amount_refunded: z.number(),
  })
  .openapi('OrderPayment');

export const Order = z
  .object({
    id: z.number().int(),
    order_number: z.string().openapi({ example: 'EC-7K3QX9MP' }),
    status: OrderStatus,
    payment_status: PaymentStatus,
    fulfillment_status: FulfillmentStatus,
    currency: z.string().openapi({ description: 'ISO 4217; every amount of the order is in it, with its decimal places' }),
    market: z.string().nullable().openapi({ description: 'The market the order was placed in (null before markets)' }),
    tax_inclusive: z.boolean().openapi({ description: 'Prices were gross: tax_amount is included in the total, not added to it' }),
    subtotal: z.number(),
    discount_amount: z.number(),
    shipping_amount: z.number(),
    tax_amount: z.number(),
    shipping_tax_amount: z.number().nullable().openapi({ description: 'Tax included in the shipping (tax-inclusive orders)' }),
    net_amount: z.number().openapi({ description: 'total_amount - tax_amount' }),
    total_amount: z.number(),
    discount_code: z.string().nullable(),
    shipping_method: z.string().nullable(),
    email: z.string().nullable(),
    shipping_address: OrderAddress.nullable(),
    billing_address: OrderAddress.nullable(),
    carrier: z.string().nullable(),
    tracking_number: z.string().nullable(),
    estimated_delivery: Timestamp.nullable(),
    actual_delivery: Timestamp.nullable(),
    shipped_at: Timestamp.nullable(),
    payment_method: z.string().nullable(),
    payment_id: z.string().nullable(),
    paid_at: Timestamp.nullable(),
    payment: OrderPayment.nullable().openapi({ description: 'The payment at its provider, from the payment ledger; null until a provider took part (or when Stripe was unreachable at checkout: POST /api/orders/{id}/payment-intent)' }),
    notes: z.string().nullable(),
    items: z.array(OrderItem),
    realtime_topic: z.string().nullable().openapi({ description: "The owner's Realtime topic for live status updates" }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Order');
export type Order = z.infer<typeof Order>;

export const OrderSummary = z
  .object({
    id: z.number().int(),
    order_number: z.string(),
    status: OrderStatus,
    payment_status: PaymentStatus,
    fulfillment_status: FulfillmentStatus,
    currency: z.string(),
    total_amount: z.number(),
    item_count: z.number().int(),
    created_at: Timestamp,
  })
  .openapi('OrderSummary');
export type OrderSummary = z.infer<typeof OrderSummary>;

export const OrderList = z.object({ data: z.array(OrderSummary), next_cursor: z.string().nullable() }).openapi('OrderList');

export const OrderStatusUpdate = z
  .object({
    status: OrderStatus,
    note: z.string().trim().min(1).max(1000).optional(),
    carrier: z.string().trim().min(1).max(50).optional().openapi({ example: 'ups' }),
    tracking_number: z.string().trim().min(1).max(100).optional(),
    estimated_delivery: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Default: shipped + the method’s max days' }),
    actual_delivery: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Default: now' }),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.status === 'shipped') {
      for (const k of ['carrier', 'tracking_number'] as const) {
        if (!b[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'required when shipping' });
      }
    }
  })
  .openapi('OrderStatusUpdate', { example: { status: 'shipped', carrier: 'ups', tracking_number: '1Z999AA10123456784' } });
export type OrderStatusUpdate = z.infer<typeof OrderStatusUpdate>;

export const PaymentUpdate = z
  .object({
    payment_status: z.enum(['authorized', 'paid', 'refunded']),
    payment_id: z.string().trim().min(1).max(200).openapi({ description: "The payment provider's id" }),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict()
  .openapi('PaymentUpdate', { example: { payment_status: 'paid', payment_id: 'pi_3Nxyz' } });

export const RefundInput = z
  .object({
    amount: z.number().positive().optional().openapi({ description: "In the order's currency; default: all that was captured and not yet refunded" }),
    reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent']).default('requested_by_customer'),
    note: z.string().trim().min(1).max(1000).optional(),
    restock: z.boolean().default(false).openapi({ description: 'Put the lines back in stock (shipped or delivered orders; once per order)' }),
  })
  .strict()
  .openapi('RefundInput', { example: { amount: 10, reason: 'requested_by_customer', restock: false } });
export type RefundInput = z.infer<typeof RefundInput>;

export const IdempotencyHeaders = z.object({
  'idempotency-key': CheckoutHeaders.shape['idempotency-key'],
});

export const OrderEvent = z
  .object({
    kind: z.enum(['status', 'payment']),
    from_status: z.string().nullable(),
    to_status: z.string(),
    note: z.string().nullable(),
    at: Timestamp,
  })
  .openapi('OrderEvent');

export const OrderTracking = z
  .object({
    order_id: z.number().int(),
    order_number: z.string(),
    status: OrderStatus,
    fulfillment_status: FulfillmentStatus,
    carrier: z.string().nullable(),
    tracking_number: z.string().nullable(),
    tracking_url: z.string().nullable().openapi({ description: 'For known carriers' }),
    shipped_at: Timestamp.nullable(),
    estimated_delivery: Timestamp.nullable(),
    actual_delivery: Timestamp.nullable(),
    events: z.array(OrderEvent),
  })
  .openapi('OrderTracking');
