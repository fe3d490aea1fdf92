import { z } from '@hono/zod-openapi';
import { Id, Timestamp } from './common';

export const MovementReason = z.enum(['initial', 'sale', 'cancel', 'refund', 'received', 'damaged', 'correction', 'recount', 'edit']);
export const AdjustmentReason = z.enum(['received', 'damaged', 'correction', 'recount']);
export type AdjustmentReason = z.infer<typeof AdjustmentReason>;

const STOCK_MAX = 10_000_000;

export const AdjustmentInput = z
  .object({
    product_id: Id,
    variant_id: Id.optional().openapi({ description: 'Required for a product with variants: stock is held by its variants' }),
    reason: AdjustmentReason,
    quantity: z
      .number()
      .int()
      .min(-STOCK_MAX)
      .max(STOCK_MAX)
      .openapi({
        description: '`received`: units added (> 0); `damaged`: units removed (> 0); `correction`: the change, signed, not 0; `recount`: the stock counted (>= 0)',
      }),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', path: ['quantity'], message });
    if ((b.reason === 'received' || b.reason === 'damaged') && b.quantity <= 0) bad(`must be more than 0 for ${b.reason}`);
    if (b.reason === 'correction' && b.quantity === 0) bad('a correction must change the stock');
    if (b.reason === 'recount' && b.quantity < 0) bad('a count cannot be negative');
  })
  .openapi('InventoryAdjustment', { example: { product_id: 42, reason: 'received', quantity: 24, note: 'PO 1187' } });

export const Movement = z
  .object({
    id: z.number().int(),
    product_id: z.number().int(),
    variant_id: z.number().int().nullable(),
    delta: z.number().int(),
    stock_after: z.number().int(),
    reason: MovementReason,
    note: z.string().nullable(),
    actor_user_id: z.number().int().nullable(),
    order_id: z.number().int().nullable(),
    created_at: Timestamp,
  })
  .openapi('InventoryMovement');

export const AdjustmentResult = z
  .object({
    stock_quantity: z.number().int(),
    movement: Movement.nullable().openapi({ description: 'null for a recount that matched the stock' }),
  })
  .openapi('InventoryAdjustmentResult');

export const MovementQuery = z.object({
  product_id: z.coerce.number().pipe(Id).optional(),
  variant_id: z.coerce.number().pipe(Id).optional(),
  order_id: z.coerce.number().pipe(Id).optional(),
  reason: MovementReason.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});

export const MovementList = z.object({ data: z.array(Movement), next_cursor: z.string().nullable() }).openapi('InventoryMovementList');

export const LowStockQuery = z.object({
  threshold: z.coerce.number().int().min(0).max(STOCK_MAX).optional().openapi({ description: "Instead of each product's own low_stock_threshold" }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2048).optional(),
});

export const LowStockItem = z
  .object({
    product_id: z.number().int(),
    variant_id: z.number().int().nullable(),
    name: z.string(),
    sku: z.string(),
    stock_quantity: z.number().int(),
    threshold: z.number().int(),
  })
  .openapi('LowStockItem', { example: { product_id: 42, variant_id: null, name: 'Linen shirt', sku: 'LS-001', stock_quantity: 2, threshold: 5 } });

export const LowStockList = z.object({ data: z.array(LowStockItem), next_cursor: z.string().nullable() }).openapi('LowStockList');
