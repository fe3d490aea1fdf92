import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../lib/create-app';
import { jsonResponse } from '../../lib/openapi';
import { ClientConfig } from '../../schemas/client-config';

export const getClientConfig = createRoute({
  method: 'get',
  path: '/api/client-config',
  tags: ['System'],
  summary: 'Public settings for browser clients: the Supabase Realtime URL and anon key, the Cloudinary cloud, the Stripe publishable key',
  responses: { 200: jsonResponse(ClientConfig, 'The settings (cacheable for 5 minutes)', 'Cache-Control') },
});

const clientConfig = createRouter().openapi(getClientConfig, (c) => {
  const { env } = c.var.services;
  // Realtime needs both halves; the service key (SUPABASE_API_KEY) is never handed out.
  const realtime = Boolean(env.SUPABASE_URL && env.SUPABASE_ANON_KEY);
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(
    {
      supabase_url: realtime ? env.SUPABASE_URL! : null,
      supabase_key: realtime ? env.SUPABASE_ANON_KEY! : null,
      cloudinary_cloud_name: env.CLOUDINARY_CLOUD_NAME ?? null,
      // Card payments need the whole Stripe setup; the secret key and webhook secret are never handed out.
      stripe_publishable_key: env.STRIPE_SECRET_KEY ? (env.STRIPE_PUBLISHABLE_KEY ?? null) : null,
      stripe_api_base: env.STRIPE_SECRET_KEY ? (env.STRIPE_API_BASE ?? null) : null,
      realtime: { stock_topic: 'product:{id}', stock_event: 'stock' },
    },
    200,
  );
});

export default clientConfig;
