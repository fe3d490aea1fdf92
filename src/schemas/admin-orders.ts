import { z } from '@hono/zod-openapi';
import { Id, Timestamp } from './common';
import { FulfillmentStatus, Order, OrderEvent, OrderStatus, PaymentStatus } from './orders';

const amount = z.coerce.number().min(0).max(1e13).optional();

/** Filters of the admin order list and its CSV export. */
export const AdminOrderFilters = z.object({
  status: OrderStatus.optional(),
  payment_status: PaymentStatus.optional(),
  fulfillment_status: FulfillmentStatus.optional(),
  created_from: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Placed at or after (inclusive)' }),
  created_to: z.iso.datetime({ offset: true }).optional().openapi({ description: 'Placed before (exclusive)' }),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'An order number, an email address, or the start of a customer name' }),
  customer_id: z.coerce.number().pipe(Id).optional(),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional(),
  total_min: amount.openapi({ description: 'Total at least this, in `currency` (required with a total range)' }),
  total_max: amount.openapi({ description: 'Total at most this, in `currency`' }),
});
export type AdminOrderFilters = z.infer<typeof AdminOrderFilters>;

export const AdminOrderQuery = AdminOrderFilters.extend({
  sort: z.enum(['newest', 'total']).default('newest').openapi({ description: '`newest` first, or the largest `total` first' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2048).optional().openapi({ description: 'The `next_cursor` of the previous page' }),
});

export const AdminOrderSummary = z
  .object({
    id: z.number().int(),
    order_number: z.string(),
    status: OrderStatus,
    payment_status: PaymentStatus,
    fulfillment_status: FulfillmentStatus,
    currency: z.string(),
    total_amount: z.number(),
    item_count: z.number().int(),
    email: z.string().nullable(),
    customer: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
    created_at: Timestamp,
  })
  .openapi('AdminOrderSummary');
export type AdminOrderSummary = z.infer<typeof AdminOrderSummary>;

export const AdminOrderList = z.object({ data: z.array(AdminOrderSummary), next_cursor: z.string().nullable() }).openapi('AdminOrderList');

export const AdminOrderDetail = Order.extend({
  customer: z.object({ id: z.number().int(), email: z.string(), name: z.string().nullable() }).nullable(),
  events: z.array(OrderEvent.extend({ actor_user_id: z.number().int().nullable() })),
}).openapi('AdminOrderDetail');
