import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../lib/create-app';
import { ApiError } from '../../lib/errors';
import { errorResponse, jsonResponse } from '../../lib/openapi';

const Received = z.object({ received: z.literal(true) }).openapi('WebhookReceived');

export const cloudinaryWebhook = createRoute({
  method: 'post',
  path: '/api/webhooks/cloudinary',
  tags: ['Webhooks'],
  summary: 'Cloudinary notifications, verified by X-Cld-Signature and X-Cld-Timestamp (at most 2 hours old)',
  request: {
    headers: z.object({
      'x-cld-signature': z.string().optional(),
      'x-cld-timestamp': z.string().optional(),
    }),
  },
  responses: {
    200: jsonResponse(Received, 'Accepted'),
    401: errorResponse('Missing, wrong or expired signature (`invalid_signature`)'),
    503: errorResponse('Cloudinary is not configured'),
  },
});

const webhooks = createRouter().openapi(cloudinaryWebhook, async (c) => {
  const { media, log } = c.var.services;
  if (!media) throw new ApiError('upstream_unavailable', 503, 'Cloudinary is not configured');
  // The signature covers the exact bytes sent, so the raw body is verified before parsing.
  const body = await c.req.text();
  const signature = c.req.header('X-Cld-Signature') ?? '';
  const timestamp = c.req.header('X-Cld-Timestamp') ?? '';
  if (!signature || !(await media.verifyNotification(body, timestamp, signature))) {
    throw new ApiError('invalid_signature', 401, 'The notification signature is missing, wrong or too old');
  }
  let note: { notification_type?: string; public_id?: string } = {};
  try {
    note = JSON.parse(body);
  } catch {
    throw new ApiError('invalid_json', 400, 'The notification body is not JSON');
  }
  log.info('cloudinary notification', { notification_type: note.notification_type, public_id: note.public_id });
  return c.json({ received: true as const }, 200);
});

export default webhooks;
