import { z } from '@hono/zod-openapi';

export const ShippingMethod = z
  .object({
    code: z.string().openapi({ description: 'What checkout takes as `shipping_method`' }),
    name: z.string(),
    rate: z.number().openapi({ description: 'The price of shipping an order, in the catalogue’s currency' }),
    free_over: z.number().nullable().openapi({ description: 'Orders whose subtotal after discount reaches this ship free; null: never free' }),
    min_days: z.number().int(),
    max_days: z.number().int(),
  })
  .openapi('ShippingMethod');
export type ShippingMethod = z.infer<typeof ShippingMethod>;

export const ShippingMethodList = z
  .object({ data: z.array(ShippingMethod) })
  .openapi('ShippingMethodList', {
    example: { data: [{ code: 'standard', name: 'Standard shipping', rate: 5.99, free_over: 50, min_days: 3, max_days: 7 }] },
  });
