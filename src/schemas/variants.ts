import { z } from '@hono/zod-openapi';
import { changesSomething, NOTHING_TO_CHANGE, Text, Timestamp } from './common';
import { Money } from './money';

/** A product's or variant's SKU. */
export const Sku = z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1-64 letters, digits, dots, dashes or underscores');

export const Variant = z
  .object({
    id: z.number().int(),
    product_id: z.number().int(),
    sku: z.string(),
    name: z.string(),
    options: z.record(z.string(), z.string()),
    price: z.number().nullable().openapi({ description: 'Overrides the product price when set' }),
    effective_price: z.number(),
    stock_quantity: z.number().int(),
    in_stock: z.boolean(),
    is_active: z.boolean(),
    position: z.number().int(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .openapi('Variant');
export type Variant = z.infer<typeof Variant>;

export const VariantCreate = z
  .object({
    sku: Sku,
    name: Text(200),
    options: z.record(z.string().trim().min(1).max(40), z.string().trim().min(1).max(100)).default({}).openapi({ example: { size: 'M', color: 'Black' } }),
    price: Money.nullish().openapi({ description: 'Overrides the product price' }),
    stock_quantity: z.number().int().min(0).max(10_000_000).default(0),
    is_active: z.boolean().default(true),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .openapi('VariantCreate');
export type VariantCreate = z.infer<typeof VariantCreate>;

export const VariantUpdate = z
  .object({
    sku: Sku,
    name: Text(200),
    options: z.record(z.string().trim().min(1).max(40), z.string().trim().min(1).max(100)),
    price: Money.nullable(),
    stock_quantity: z.number().int().min(0).max(10_000_000),
    is_active: z.boolean(),
    position: z.number().int().min(0).max(10_000),
  })
  .partial()
  .strict()
  .refine(changesSomething, NOTHING_TO_CHANGE)
  .openapi('VariantUpdate');
export type VariantUpdate = z.infer<typeof VariantUpdate>;
