import { z } from '@hono/zod-openapi';

/** What a browser client needs to reach the public services directly; never a secret. */
export const ClientConfig = z
  .object({
    supabase_url: z.string().nullable().openapi({ description: 'Supabase project URL for Realtime; null when live updates are off' }),
    supabase_key: z.string().nullable().openapi({ description: 'The public (anon) key; null when SUPABASE_ANON_KEY is not set' }),
    cloudinary_cloud_name: z.string().nullable().openapi({ description: 'Cloudinary cloud of the product images; null when uploads are off' }),
    stripe_publishable_key: z.string().nullable().openapi({ description: 'Stripe publishable key (pk_…) for Stripe.js; null when card payments are off' }),
    stripe_api_base: z.string().nullable().openapi({ description: 'Local development only: the Stripe stand-in a page confirms payments against instead of Stripe.js; null in production' }),
    realtime: z
      .object({
        stock_topic: z.string().openapi({ description: 'Topic of a product’s stock, `{id}` replaced by the product id' }),
        stock_event: z.string(),
      })
      .openapi({ description: 'Broadcast channel of live stock levels; payload `{product_id, variant_id, stock_quantity, in_stock}`' }),
  })
  .openapi('ClientConfig', {
    example: {
      supabase_url: 'https://abcdefgh.supabase.co',
      supabase_key: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.anon…',
      cloudinary_cloud_name: 'demo',
      stripe_publishable_key: 'pk_live_…',
      stripe_api_base: null,
      realtime: { stock_topic: 'product:{id}', stock_event: 'stock' },
    },
  });
export type ClientConfig = z.infer<typeof ClientConfig>;
